package cn.gov.xinbei.pfp.maintenancefee.domain;

import cn.gov.xinbei.pfp.calendar.domain.OfficialCalendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines on the 2012/2013 official calendars (REFERENCE.md §8 vectors and 5.4). */
class FeeDeadlinesTest {

    private final FeeDeadlines deadlines = new FeeDeadlines(OfficialCalendars.calendar2012And2013());

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @ParameterizedTest(name = "served {0} → pay by {1}")
    @CsvSource({
            "2012-03-01, 2012-03-31",  // Saturday, but a 调休 working day: stays
            "2012-01-20, 2012-02-20",  // 02-19 is a Sunday → Monday
            "2012-09-07, 2012-10-08",  // 10-07 is inside the National Day holiday → 10-08
            "2012-12-02, 2013-01-04"}) // 2013-01-01 is New Year (01-01 to 01-03 off) → 01-04
    void paymentIsDueThirtyDaysAfterServiceMovedOffRestDays(LocalDate served, LocalDate due) {
        PaymentSchedule schedule = deadlines.scheduleFor(served);

        assertThat(schedule.paymentDue().date()).isEqualTo(due);
        assertThat(schedule.instalmentApplication().date()).isEqualTo(due);
    }

    @Test
    void fullScheduleForADecisionServedBeforeNationalDay() {
        PaymentSchedule s = deadlines.scheduleFor(d("2012-09-07"));

        assertThat(s.paymentDue().nominalDate()).isEqualTo(d("2012-10-07"));
        assertThat(s.paymentDue().movedOffRestDay()).isTrue();
        // 09-07 + 60 days = 11-06 (23 days to 09-30, 31 in October, 6 in November), a Tuesday.
        assertThat(s.reconsideration().date()).isEqualTo(d("2012-11-06"));
        // 09-07 + 3 months = 12-07, a Friday.
        assertThat(s.lawsuit().date()).isEqualTo(d("2012-12-07"));
        // The window opens the day after the lawsuit period and closes 3 months after it: 2013-03-07, a Thursday.
        assertThat(s.enforcementWindowOpens().date()).isEqualTo(d("2012-12-08"));
        assertThat(s.enforcementWindowCloses().date()).isEqualTo(d("2013-03-07"));
        assertThat(s.lines()).contains(
                "缴款期限：2012-10-08（一次性缴纳，自收到决定书之日起30日内；届满日2012-10-07为休息日，顺延至2012-10-08）（《社会抚养费征收管理办法》第六条）",
                "申请行政复议期限：2012-11-06（自收到决定书之日起60日内）（《中华人民共和国行政复议法》第九条）",
                "提起行政诉讼期限：2012-12-07（自收到决定书之日起3个月内）（《中华人民共和国行政诉讼法》第三十九条）",
                "申请人民法院强制执行截止日：2013-03-07（自复议、诉讼期限届满之日起3个月内）（《中华人民共和国行政强制法》第五十三条）");
        assertThat(s.lines().get(0)).startsWith("决定书送达日期：2012-09-07");
    }

    @Test
    void scheduleRunningIntoTheNextYearUsesItsCalendar() {
        PaymentSchedule s = deadlines.scheduleFor(d("2012-12-02"));

        // 12-02 + 60 days = 2013-01-31 (29 days to 12-31, 31 in January), a Thursday.
        assertThat(s.reconsideration().date()).isEqualTo(d("2013-01-31"));
        // 12-02 + 3 months = 2013-03-02, a Saturday → Monday 03-04.
        assertThat(s.lawsuit().nominalDate()).isEqualTo(d("2013-03-02"));
        assertThat(s.lawsuit().date()).isEqualTo(d("2013-03-04"));
        // The enforcement window counts from the expiry as moved: 03-04 + 3 months = 2013-06-04 (Tuesday),
        // one day later than "service + 6 months" (06-02, a Sunday → 06-03).
        assertThat(s.enforcementWindowOpens().date()).isEqualTo(d("2013-03-05"));
        assertThat(s.enforcementWindowCloses().date()).isEqualTo(d("2013-06-04"));
    }

    @Test
    void courtMayBeAskedAfterTenWorkingDaysOfReminder() {
        PaymentSchedule s = deadlines.scheduleFor(d("2012-09-07"));

        // Reminder served Mon 2012-12-10: working days 12-11…12-14 (4), 12-17…12-21 (9), 12-24 (10) → from Tue 12-25.
        assertThat(deadlines.earliestCourtApplication(s, d("2012-12-10"))).contains(d("2012-12-25"));
        // Reminder served 2012-11-01 runs out on 11-15, before the window opens on Sat 12-08 → Mon 12-10.
        assertThat(deadlines.earliestCourtApplication(s, d("2012-11-01"))).contains(d("2012-12-10"));
        // Reminder served Fri 2013-03-01: 10 working days end Fri 03-15, after the window closed on 03-07.
        assertThat(deadlines.earliestCourtApplication(s, d("2013-03-01"))).isEmpty();
    }
}
