package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;

/**
 * Deadlines on the working-day calendar for the services (process models use {@link DueDates}, which counts through
 * this). Dates are read in the application's zone ({@code app.zone}); "now" is Camunda's clock so process tests can
 * move it.
 */
public class DeadlineCalculator {

    /** A period ends at the end of its last day (《民事诉讼法》 2007 art. 75: the whole last day counts). */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /**
     * Longest period accepted from users and process models: ten years, beyond any time limit of the
     * bureau's procedures, so that a typo cannot run through years no calendar is configured for.
     */
    public static final int MAX_PERIOD_DAYS = 3650;

    private final WorkingDayCalendar calendar;
    private final ZoneId zone;

    public DeadlineCalculator(WorkingDayCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    /** Today in the application's zone, by Camunda's clock ({@link ClockUtil}), which tests may set. */
    public LocalDate today() {
        return toLocalDate(ClockUtil.getCurrentTime());
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    /** The N-th working day after {@code start} (start not counted). */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        return calendar.addWorkingDays(start, days);
    }

    /** The last day of an N-day calendar period from {@code start}, moved off a rest day. */
    public LocalDate addCalendarDays(LocalDate start, int days) {
        return calendar.addCalendarDays(start, days);
    }

    /** The last day of an N-month period from {@code start}, moved off a rest day. */
    public LocalDate addMonths(LocalDate start, int months) {
        return calendar.addMonths(start, months);
    }

    /** Working days in (startExclusive, endInclusive], e.g. the time a case was paused. */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        return calendar.workingDaysBetween(startExclusive, endInclusive);
    }

    /** The end (23:59:59, app zone) of the N-th working day after the local date of {@code from}. */
    public Date endOfWorkingDays(Date from, int days) {
        return endOfDay(addWorkingDays(toLocalDate(from), days));
    }

    /** The end (23:59:59, app zone) of an N-day calendar period from {@code from}, moved off a rest day. */
    public Date endOfCalendarDays(Date from, int days) {
        return endOfDay(addCalendarDays(toLocalDate(from), days));
    }

    /** The end (23:59:59, app zone) of an N-month period from {@code from}, moved off a rest day. */
    public Date endOfMonths(Date from, int months) {
        return endOfDay(addMonths(toLocalDate(from), months));
    }

    /** {@link #endOfWorkingDays} counted from now (Camunda's clock). */
    public Date dueInWorkingDays(int days) {
        return endOfWorkingDays(ClockUtil.getCurrentTime(), days);
    }

    /** {@link #endOfCalendarDays} counted from now (Camunda's clock). */
    public Date dueInCalendarDays(int days) {
        return endOfCalendarDays(ClockUtil.getCurrentTime(), days);
    }

    public Date endOfDay(LocalDate date) {
        return Date.from(date.atTime(END_OF_DAY).atZone(zone).toInstant());
    }

    public LocalDate toLocalDate(Date instant) {
        Objects.requireNonNull(instant, "date");
        return instant.toInstant().atZone(zone).toLocalDate();
    }
}
