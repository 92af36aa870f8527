package cn.gov.xinbei.pfp.maintenancefee.domain;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The time limits that run from the service of a fee decision (REFERENCE.md 5.3, 5.4, §7). Calendar-day and month
 * periods do not count the day of service and move a last day that is a rest day to the next working day
 * ({@link WorkingDayCalendar#addCalendarDays}, {@link WorkingDayCalendar#addMonths}); the ten days of the 催告 are
 * working days (行政强制法 art. 69).
 */
public final class FeeDeadlines {

    /** 357号令 art. 6: pay in one sum within 30 days of receiving the decision. */
    public static final int PAYMENT_DAYS = 30;
    /** 357号令 art. 6: a written instalment application within 30 days of receiving the decision. */
    public static final int INSTALMENT_APPLICATION_DAYS = 30;
    /** 行政复议法 art. 9: 60 days to apply for reconsideration (counted from signing for the decision, 实施条例 art. 15). */
    public static final int RECONSIDERATION_DAYS = 60;
    /** 行政诉讼法 (1989) art. 39: 3 months to sue directly. */
    public static final int LAWSUIT_MONTHS = 3;
    /** 行政强制法 art. 53: apply to the court within 3 months from the day the remedy periods expire. */
    public static final int ENFORCEMENT_APPLICATION_MONTHS = 3;
    /** 行政强制法 art. 54 with art. 69: the court may be asked once the 催告书 has been served ten (working) days. */
    public static final int REMINDER_WORKING_DAYS = 10;

    private final WorkingDayCalendar calendar;

    public FeeDeadlines(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * The schedule for a decision served on {@code served}. The enforcement window opens the day after the later of
     * the two remedy periods (the lawsuit's 3 months, which always outlast the 60 days) and closes 3 months after that
     * period expired — counted from the expiry day as actually moved off a rest day, which is what art. 53's
     * "自期限届满之日起三个月内" refers to; it is therefore usually, not always, exactly six months after service.
     */
    public PaymentSchedule scheduleFor(LocalDate served) {
        Objects.requireNonNull(served, "served");
        ScheduledDeadline payment = days("缴款期限", served, PAYMENT_DAYS,
                "一次性缴纳，自收到决定书之日起" + PAYMENT_DAYS + "日内", LegalBasis.DECREE_357_ART_6);
        ScheduledDeadline instalment = days("分期缴纳申请期限", served, INSTALMENT_APPLICATION_DAYS,
                "确有实际困难的，自收到决定书之日起" + INSTALMENT_APPLICATION_DAYS + "日内书面申请分期缴纳",
                LegalBasis.DECREE_357_ART_6);
        ScheduledDeadline reconsideration = days("申请行政复议期限", served, RECONSIDERATION_DAYS,
                "自收到决定书之日起" + RECONSIDERATION_DAYS + "日内", LegalBasis.RECONSIDERATION);
        LocalDate lawsuitEnd = calendar.addMonths(served, LAWSUIT_MONTHS);
        ScheduledDeadline lawsuit = new ScheduledDeadline("提起行政诉讼期限", lawsuitEnd, served.plusMonths(LAWSUIT_MONTHS),
                "自收到决定书之日起" + LAWSUIT_MONTHS + "个月内", LegalBasis.LAWSUIT);

        LocalDate remediesExpire = later(reconsideration.date(), lawsuit.date());
        ScheduledDeadline opens = new ScheduledDeadline("申请人民法院强制执行起始日", remediesExpire.plusDays(1),
                remediesExpire.plusDays(1), "复议、诉讼期限届满后，仍不缴纳且经书面催告满" + REMINDER_WORKING_DAYS + "个工作日的",
                LegalBasis.COURT_ENFORCEMENT + "、第五十四条");
        ScheduledDeadline closes = new ScheduledDeadline("申请人民法院强制执行截止日",
                calendar.addMonths(remediesExpire, ENFORCEMENT_APPLICATION_MONTHS),
                remediesExpire.plusMonths(ENFORCEMENT_APPLICATION_MONTHS),
                "自复议、诉讼期限届满之日起" + ENFORCEMENT_APPLICATION_MONTHS + "个月内", LegalBasis.COURT_ENFORCEMENT);
        return new PaymentSchedule(served, payment, instalment, reconsideration, lawsuit, opens, closes);
    }

    /**
     * The first day the court may be asked, once a 催告书 was served on {@code reminderServed}: the day after its ten
     * working days, but not before the window opens, moved to a working day (the court takes filings on working days).
     * Empty when that day falls after the window has closed.
     */
    public Optional<LocalDate> earliestCourtApplication(PaymentSchedule schedule, LocalDate reminderServed) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(reminderServed, "reminderServed");
        LocalDate afterReminder = calendar.addWorkingDays(reminderServed, REMINDER_WORKING_DAYS).plusDays(1);
        LocalDate earliest = firstWorkingDayFrom(later(afterReminder, schedule.enforcementWindowOpens().date()));
        return earliest.isAfter(schedule.enforcementWindowCloses().date()) ? Optional.empty() : Optional.of(earliest);
    }

    private ScheduledDeadline days(String name, LocalDate served, int days, String rule, String basis) {
        return new ScheduledDeadline(name, calendar.addCalendarDays(served, days), served.plusDays(days), rule, basis);
    }

    private LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
