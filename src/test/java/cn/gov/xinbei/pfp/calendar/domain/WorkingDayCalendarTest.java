package cn.gov.xinbei.pfp.calendar.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = OfficialCalendars.calendar2012And2013();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class ReferenceVectors {

        @Test
        void year2012Has249WorkingDays() {
            // 261 weekdays - 18 weekday holidays + 6 make-up weekend days (2011-12-31 belongs to 2011).
            assertThat(calendar.workingDaysBetween(d("2011-12-31"), d("2012-12-31"))).isEqualTo(249);
        }

        @ParameterizedTest(name = "{0} + {1} working days = {2}")
        @CsvSource({
                "2012-01-16, 20, 2012-02-16",
                "2012-01-16, 5, 2012-01-21",
                "2012-03-26, 20, 2012-04-24",
                "2012-09-24, 20, 2012-10-26",
                "2012-09-24, 10, 2012-10-12",
                "2012-12-17, 20, 2013-01-15",
                "2012-04-23, 30, 2012-06-05"
        })
        void workingDayPeriods(LocalDate start, int days, LocalDate due) {
            assertThat(calendar.addWorkingDays(start, days)).isEqualTo(due);
        }

        @ParameterizedTest(name = "{0} + {1} calendar days = {2}")
        @CsvSource({
                "2012-03-01, 30, 2012-03-31",   // a Saturday, but a make-up working day: no roll-over
                "2012-01-20, 30, 2012-02-20",   // 02-19 is a Sunday
                "2012-09-07, 30, 2012-10-08",   // 10-07 is inside the National Day block
                "2012-12-02, 30, 2013-01-04"    // 2013-01-01 starts the New Year block
        })
        void calendarDayPeriodsRollOverRestDays(LocalDate start, int days, LocalDate due) {
            assertThat(calendar.addCalendarDays(start, days)).isEqualTo(due);
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void adjustedWorkingSaturdayIsAWorkingDay() {
            assertThat(d("2012-01-21").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(calendar.isWorkingDay(d("2012-01-21"))).isTrue();
            assertThat(calendar.isAdjustedWorkingDay(d("2012-01-21"))).isTrue();
        }

        @Test
        void weekdayInsideAHolidayIsNotAWorkingDay() {
            assertThat(d("2012-01-25").getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(calendar.isWorkingDay(d("2012-01-25"))).isFalse();
            assertThat(calendar.holidayOn(d("2012-01-25"))).map(Holiday::name).contains("春节");
        }

        @Test
        void ordinaryWeekendAndWeekday() {
            assertThat(calendar.isWorkingDay(d("2012-02-18"))).as("plain Saturday").isFalse();
            assertThat(calendar.holidayOn(d("2012-02-18"))).as("a weekend is not a holiday").isEmpty();
            assertThat(calendar.isWorkingDay(d("2012-02-20"))).as("plain Monday").isTrue();
        }

        @Test
        void zeroDaysEndsOnTheStartDayEvenOnARestDay() {
            assertThat(calendar.addWorkingDays(d("2012-01-22"), 0)).isEqualTo(d("2012-01-22"));
            assertThat(calendar.addCalendarDays(d("2012-01-22"), 0)).isEqualTo(d("2012-01-22"));
        }

        @Test
        void periodStartingInAHolidayCountsFromTheFirstWorkingDayAfterIt() {
            // Filed on a holiday: 01-29 (make-up Sunday) is the first working day counted.
            assertThat(calendar.addWorkingDays(d("2012-01-23"), 1)).isEqualTo(d("2012-01-29"));
        }

        @Test
        void negativePeriodsAreRefused() {
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2012-01-16"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> calendar.addCalendarDays(d("2012-01-16"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> calendar.addMonths(d("2012-01-16"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Months {

        @Test
        void threeMonthsEndingOnARestDayRollsOver() {
            // 2012-07-01 + 3 months = 2012-10-01, National Day → first working day 10-08.
            assertThat(calendar.addMonths(d("2012-07-01"), 3)).isEqualTo(d("2012-10-08"));
        }

        @Test
        void threeMonthsEndingOnAWorkingDayStays() {
            assertThat(calendar.addMonths(d("2012-01-16"), 3)).isEqualTo(d("2012-04-16"));
        }

        @Test
        void missingDayOfMonthIsTheMonthsLastDayThenRollsOver() {
            // 11-30 + 3 months: 2013-02-30 does not exist → 02-28 (Thursday, a working day).
            assertThat(calendar.addMonths(d("2012-11-30"), 3)).isEqualTo(d("2013-02-28"));
            // 2012-11-11 + 3 months = 2013-02-11, inside Spring Festival → 02-16 (make-up Saturday).
            assertThat(calendar.addMonths(d("2012-11-11"), 3)).isEqualTo(d("2013-02-16"));
        }
    }

    @Nested
    class Between {

        @Test
        void countsWorkingDaysAfterTheStartUpToAndIncludingTheEnd() {
            // Paused from 2012-01-20 (Fri) to 2012-01-30 (Mon): 01-21 and 01-29 are make-up days, 01-30 a Monday.
            assertThat(calendar.workingDaysBetween(d("2012-01-20"), d("2012-01-30"))).isEqualTo(3);
        }

        @Test
        void isTheInverseOfAddWorkingDays() {
            LocalDate start = d("2012-09-24");
            assertThat(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, 20))).isEqualTo(20);
        }

        @Test
        void sameDayIsZeroAndAReversedIntervalIsRefused() {
            assertThat(calendar.workingDaysBetween(d("2012-05-02"), d("2012-05-02"))).isZero();
            assertThatThrownBy(() -> calendar.workingDaysBetween(d("2012-05-02"), d("2012-05-01")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class UnconfiguredYearsWithoutTheHolidayLaw {

        @Test
        void aDeadlineRunningIntoAnUnconfiguredYearThrowsInsteadOfGuessing() {
            assertThatThrownBy(() -> calendar.addWorkingDays(d("2013-12-20"), 20))
                    .isInstanceOfSatisfying(CalendarNotConfiguredException.class,
                            e -> assertThat(e.year()).isEqualTo(2014))
                    .hasMessageContaining("未配置2014年");
        }

        @Test
        void askingAboutADayOfAnUnconfiguredYearThrows() {
            assertThatThrownBy(() -> calendar.isWorkingDay(d("2011-12-31")))
                    .isInstanceOf(CalendarNotConfiguredException.class)
                    .hasMessageContaining("2011");
        }

        @Test
        void rollOverIntoAnUnconfiguredYearThrows() {
            // One calendar day after 2013-12-31 lies in 2014, which has no file.
            assertThatThrownBy(() -> calendar.addCalendarDays(d("2013-12-31"), 1))
                    .isInstanceOf(CalendarNotConfiguredException.class);
        }

        @Test
        void configuredYearsAreListedInOrder() {
            assertThat(calendar.configuredYears()).containsExactly(2012, 2013);
        }

        @Test
        void theSameYearTwiceIsRefused() {
            assertThatThrownBy(() -> new WorkingDayCalendar(
                    List.of(OfficialCalendars.year2012(), OfficialCalendars.year2012())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2012");
        }
    }
}
