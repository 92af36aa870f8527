package cn.gov.xinbei.pfp.departmentdata.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one due-day rule of the departments' monthly data (upload list and 信息及时率 alike). */
class ReportDueDateTest {

    @Test
    void aMonthIsDueOnTheDueDayOfTheNextMonth() {
        assertThat(ReportDueDate.of(YearMonth.of(2012, 1), 10)).isEqualTo(LocalDate.of(2012, 2, 10));
        assertThat(ReportDueDate.of(YearMonth.of(2012, 12), 10)).isEqualTo(LocalDate.of(2013, 1, 10));
        // A due day beyond the month's length is its last day.
        assertThat(ReportDueDate.of(YearMonth.of(2012, 1), 31)).isEqualTo(LocalDate.of(2012, 2, 29));
    }

    @Test
    void onlyMonthsWhoseDueDayHasComeAreExpected() {
        YearMonth jan = YearMonth.of(2012, 1);
        YearMonth apr = YearMonth.of(2012, 4);
        // 15 April: January (due 10 Feb), February (10 Mar), March (10 Apr); April is due 10 May, not yet.
        assertThat(ReportDueDate.dueMonths(jan, apr, 10, LocalDate.of(2012, 4, 15)))
                .containsExactly(YearMonth.of(2012, 1), YearMonth.of(2012, 2), YearMonth.of(2012, 3));
        // On the due day itself the month is expected.
        assertThat(ReportDueDate.dueMonths(jan, apr, 10, LocalDate.of(2012, 4, 10))).hasSize(3);
        assertThat(ReportDueDate.dueMonths(jan, apr, 10, LocalDate.of(2012, 4, 9))).hasSize(2);
    }

    @Test
    void onTimeIsOnOrBeforeTheDueDay() {
        YearMonth feb = YearMonth.of(2012, 2);
        assertThat(ReportDueDate.onTime(feb, 10, LocalDate.of(2012, 3, 10))).isTrue();
        assertThat(ReportDueDate.onTime(feb, 10, LocalDate.of(2012, 3, 11))).isFalse();
        assertThat(ReportDueDate.onTime(feb, 10, null)).isFalse();
        assertThatThrownBy(() -> ReportDueDate.of(feb, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
