package cn.gov.xinbei.pfp.deadlines.domain;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Classifies steps against their due dates on the working-day calendar. A due date is the whole of its last day
 * (《民事诉讼法》 2007 art. 75, as DeadlineCalculator stores it: 23:59:59 of that day), and time limits of the
 * procedures run in working days (《行政许可法》 art. 82), so "remaining" and "late" are counted in working days:
 * <ul>
 *   <li>open, due on or after today: remaining = working days in (today, due]; a step due today has 0 left;</li>
 *   <li>due before today: overdue, remaining = − working days in (due, today] (0 when only rest days have passed);</li>
 *   <li>due soon: not overdue and at most {@code dueSoonWorkingDays} working days left.</li>
 * </ul>
 */
public final class DeadlineRules {

    private final WorkingDayCalendar calendar;
    private final int dueSoonWorkingDays;

    public DeadlineRules(WorkingDayCalendar calendar, int dueSoonWorkingDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("due-soon-working-days cannot be negative: " + dueSoonWorkingDays);
        }
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    public int dueSoonWorkingDays() {
        return dueSoonWorkingDays;
    }

    /** An open step's standing: status and remaining working days (negative when late; null without a deadline). */
    public record Standing(DeadlineStatus status, Integer remainingWorkingDays) {
    }

    public Standing classify(LocalDate dueDate, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (dueDate == null) {
            return new Standing(DeadlineStatus.NO_DEADLINE, null);
        }
        if (dueDate.isBefore(today)) {
            return new Standing(DeadlineStatus.OVERDUE, -calendar.workingDaysBetween(dueDate, today));
        }
        int remaining = calendar.workingDaysBetween(today, dueDate);
        return new Standing(remaining <= dueSoonWorkingDays ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TIME,
                remaining);
    }

    /**
     * The last due date that is still "due soon" on {@code today}: the statuses as date bands, so a list can select and
     * count them in the database. Due before today: overdue; from today to this day: due soon; later: on time.
     */
    public LocalDate lastDueSoonDay(LocalDate today) {
        Objects.requireNonNull(today, "today");
        LocalDate last = today;
        while (calendar.workingDaysBetween(today, last.plusDays(1)) <= dueSoonWorkingDays) {
            last = last.plusDays(1);
        }
        return last;
    }

    /**
     * Why a due date counted over (from, due] is provisional, or null when it is final: it uses a year whose State
     * Council holiday notice is not published, so its days were worked out from the holiday law (暂定).
     */
    public String provisionalNote(LocalDate from, LocalDate dueDate) {
        return calendar.provisionalNote(from, dueDate);
    }

    /**
     * How late an ended step was: 0 when it ended on or before its due date, otherwise the working days in
     * (due, ended]. Null without a deadline.
     */
    public Integer workingDaysLate(LocalDate dueDate, LocalDate endedOn) {
        Objects.requireNonNull(endedOn, "endedOn");
        if (dueDate == null) {
            return null;
        }
        return endedOn.isAfter(dueDate) ? calendar.workingDaysBetween(dueDate, endedOn) : 0;
    }
}
