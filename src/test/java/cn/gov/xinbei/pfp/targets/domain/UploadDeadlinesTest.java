package cn.gov.xinbei.pfp.targets.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadDeadlinesTest {

    private final UploadDeadlines deadlines = new UploadDeadlines(10);

    @Test
    void aMonthIsDueOnTheDueDayOfTheNextMonth() {
        assertThat(deadlines.dueDate(YearMonth.of(2012, 1))).isEqualTo(LocalDate.of(2012, 2, 10));
        assertThat(deadlines.dueDate(YearMonth.of(2012, 12))).isEqualTo(LocalDate.of(2013, 1, 10));
        // A due day beyond the month's length is its last day.
        assertThat(new UploadDeadlines(31).dueDate(YearMonth.of(2012, 1))).isEqualTo(LocalDate.of(2012, 2, 29));
    }

    @Test
    void onlyMonthsWhoseDueDayHasComeAreExpected() {
        ReportPeriod soFar = new ReportPeriod(2012, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 4, 15));
        // 15 April: January (due 10 Feb), February (10 Mar), March (10 Apr); April is due 10 May, not yet.
        assertThat(deadlines.expectedMonths(soFar, LocalDate.of(2012, 4, 15)))
                .containsExactly(YearMonth.of(2012, 1), YearMonth.of(2012, 2), YearMonth.of(2012, 3));
        // On the due day itself the month is expected.
        assertThat(deadlines.expectedMonths(soFar, LocalDate.of(2012, 4, 10))).hasSize(3);
        assertThat(deadlines.expectedMonths(soFar, LocalDate.of(2012, 4, 9))).hasSize(2);
    }

    @Test
    void timelyIsOnOrBeforeTheDueDay() {
        YearMonth feb = YearMonth.of(2012, 2);
        assertThat(deadlines.timely(feb, LocalDate.of(2012, 3, 10))).isTrue();
        assertThat(deadlines.timely(feb, LocalDate.of(2012, 3, 11))).isFalse();
        assertThat(deadlines.timely(feb, null)).isFalse();
        assertThatThrownBy(() -> new UploadDeadlines(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
