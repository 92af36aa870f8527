package cn.gov.xinbei.pfp.calendar.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

    private static final LocalDate JAN_12 = LocalDate.of(2027, 1, 12);
    private static final LocalDate FEB_15 = LocalDate.of(2027, 2, 15);

    @Test
    void theTextFormReadsBackAndAnythingElseIsEmpty() {
        Period period = new Period(JAN_12, 20, DeadlineUnit.WORKING_DAYS);
        assertThat(period.text()).isEqualTo("2027-01-12+20+WORKING_DAYS");
        assertThat(Period.parse(period.text())).hasValue(period);
        assertThat(Period.parse("2027-01-12+20")).isEmpty();
        assertThat(Period.parse("2027-13-12+20+WORKING_DAYS")).isEmpty();
        assertThat(Period.parse("2027-01-12+x+WORKING_DAYS")).isEmpty();
        assertThat(Period.parse(null)).isEmpty();
        assertThat(period.describe()).isEqualTo("自2027-01-12起20个工作日");
    }

    @Test
    void anExtensionFromTheOldDueDateBecomesOnePeriodFromTheFirstStart() {
        Period original = new Period(JAN_12, 20, DeadlineUnit.WORKING_DAYS);
        assertThat(new Period(FEB_15, 10, DeadlineUnit.WORKING_DAYS).continuing(original, FEB_15))
                .isEqualTo(new Period(JAN_12, 30, DeadlineUnit.WORKING_DAYS));
    }

    @Test
    void aPeriodNotStartingAtTheOldDueDateOrInCalendarDaysStandsAlone() {
        Period original = new Period(JAN_12, 20, DeadlineUnit.WORKING_DAYS);
        Period fromElsewhere = new Period(FEB_15.plusDays(1), 10, DeadlineUnit.WORKING_DAYS);
        assertThat(fromElsewhere.continuing(original, FEB_15)).isEqualTo(fromElsewhere);
        Period calendarDays = new Period(FEB_15, 30, DeadlineUnit.CALENDAR_DAYS);
        assertThat(calendarDays.continuing(original, FEB_15)).isEqualTo(calendarDays);
        Period first = new Period(FEB_15, 5, DeadlineUnit.WORKING_DAYS);
        assertThat(first.continuing(null, null)).isEqualTo(first);
    }
}
