package cn.gov.xinbei.pfp.deadlines.domain;

import cn.gov.xinbei.pfp.calendar.domain.OfficialCalendars;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deadline desk's classification on the 2012 calendar. National Day 2012: rest 09-30 .. 10-07, 调休 working day
 * Saturday 09-29; so from Thursday 09-27 the working days are 09-28 (Fri), 09-29 (Sat), 10-08 (Mon), 10-09 (Tue).
 */
class DeadlineRulesTest {

    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(OfficialCalendars.year2012()));
    static final DeadlineRules RULES = new DeadlineRules(CALENDAR, 3);
    static final LocalDate THU_0927 = LocalDate.of(2012, 9, 27);

    @Test
    void dueAfterTheHolidayIsDueSoonWhenOnlyThreeWorkingDaysAreLeft() {
        // 11 calendar days, but only 09-28, 09-29 (调休), 10-08 are working days.
        assertThat(RULES.classify(LocalDate.of(2012, 10, 8), THU_0927))
                .isEqualTo(new DeadlineRules.Standing(DeadlineStatus.DUE_SOON, 3));
        // One more working day (10-09): outside the 3-day window.
        assertThat(RULES.classify(LocalDate.of(2012, 10, 9), THU_0927))
                .isEqualTo(new DeadlineRules.Standing(DeadlineStatus.ON_TIME, 4));
    }

    @Test
    void theMakeUpSaturdayCountsAsAWorkingDay() {
        // Due on Saturday 09-29 (调休): 09-28 and 09-29 are left.
        assertThat(RULES.classify(LocalDate.of(2012, 9, 29), THU_0927))
                .isEqualTo(new DeadlineRules.Standing(DeadlineStatus.DUE_SOON, 2));
    }

    @Test
    void dueTodayIsDueSoonWithNothingLeft() {
        assertThat(RULES.classify(THU_0927, THU_0927)).isEqualTo(new DeadlineRules.Standing(DeadlineStatus.DUE_SOON, 0));
    }

    @Test
    void dueSoonCountsWorkingDaysAcrossAWeekend() {
        LocalDate friday = LocalDate.of(2012, 3, 2);
        // Tue 03-06: Mon 03-05 and Tue 03-06 are left (the weekend does not count).
        assertThat(RULES.classify(LocalDate.of(2012, 3, 6), friday))
                .isEqualTo(new DeadlineRules.Standing(DeadlineStatus.DUE_SOON, 2));
        // Thu 03-08: 6 calendar days, 4 working days: on time.
        assertThat(RULES.classify(LocalDate.of(2012, 3, 8), friday))
                .isEqualTo(new DeadlineRules.Standing(DeadlineStatus.ON_TIME, 4));
    }

    @Test
    void pastTheDueDayIsOverdueByTheWorkingDaysSince() {
        assertThat(RULES.classify(LocalDate.of(2012, 9, 26), THU_0927))
                .isEqualTo(new DeadlineRules.Standing(DeadlineStatus.OVERDUE, -1));
        // Due Friday 09-28, seen on Monday 10-08: late by 09-29 (调休) and 10-08, the holiday does not count.
        assertThat(RULES.classify(LocalDate.of(2012, 9, 28), LocalDate.of(2012, 10, 8)))
                .isEqualTo(new DeadlineRules.Standing(DeadlineStatus.OVERDUE, -2));
        // Due 09-29, seen during the holiday: overdue, but no working day has passed yet.
        assertThat(RULES.classify(LocalDate.of(2012, 9, 29), LocalDate.of(2012, 10, 3)))
                .isEqualTo(new DeadlineRules.Standing(DeadlineStatus.OVERDUE, 0));
    }

    @Test
    void aStepWithoutDueDateHasNoDeadline() {
        assertThat(RULES.classify(null, THU_0927)).isEqualTo(new DeadlineRules.Standing(DeadlineStatus.NO_DEADLINE, null));
    }

    @Test
    void theWindowIsConfigurable() {
        DeadlineRules oneDay = new DeadlineRules(CALENDAR, 1);
        assertThat(oneDay.classify(LocalDate.of(2012, 10, 8), THU_0927).status()).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(oneDay.classify(LocalDate.of(2012, 9, 28), THU_0927).status()).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThatThrownBy(() -> new DeadlineRules(CALENDAR, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lateStepsAreLateByTheWorkingDaysAfterTheirDueDay() {
        assertThat(RULES.workingDaysLate(LocalDate.of(2012, 9, 28), LocalDate.of(2012, 10, 9))).isEqualTo(3);
        assertThat(RULES.workingDaysLate(LocalDate.of(2012, 9, 28), LocalDate.of(2012, 9, 28))).isZero();
        assertThat(RULES.workingDaysLate(LocalDate.of(2012, 9, 28), LocalDate.of(2012, 9, 20))).isZero();
        assertThat(RULES.workingDaysLate(null, LocalDate.of(2012, 9, 20))).isNull();
    }

    @Test
    void theLastDueSoonDayIsTheDayBeforeTheFourthWorkingDay() {
        // 09-28, 09-29 (调休), 10-08 are the three working days; 10-09 would be the fourth.
        assertThat(RULES.lastDueSoonDay(THU_0927)).isEqualTo(LocalDate.of(2012, 10, 8));
        assertThat(new DeadlineRules(CALENDAR, 0).lastDueSoonDay(THU_0927)).isEqualTo(LocalDate.of(2012, 9, 27));
    }

    @Test
    void theDateBandsClassifyEveryDueDateAsClassifyDoes() {
        // The database selects statuses by these bands: they must agree with classify for every day of the year (but December: 2013 is not in this calendar).
        for (LocalDate today = LocalDate.of(2012, 1, 4); today.isBefore(LocalDate.of(2012, 12, 1)); today = today.plusDays(1)) {
            LocalDate lastDueSoon = RULES.lastDueSoonDay(today);
            for (LocalDate due = today.minusDays(3); due.isBefore(today.plusDays(30)); due = due.plusDays(1)) {
                DeadlineStatus byBand = due.isBefore(today) ? DeadlineStatus.OVERDUE
                        : due.isAfter(lastDueSoon) ? DeadlineStatus.ON_TIME : DeadlineStatus.DUE_SOON;
                assertThat(RULES.classify(due, today).status()).as("due %s on %s", due, today).isEqualTo(byBand);
            }
        }
    }
}
