package cn.gov.xinbei.pfp.calendar;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.time.LocalDate;
import java.util.Date;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * How one step's due date is found: a period from configuration counted from now on the working-day calendar, or a
 * day a case record holds. Features name their rules in a {@link DueDateRules} bean; process models reach them only
 * through {@code ${dueDates.of(execution, 'key')}}.
 */
@FunctionalInterface
public interface DueDateRule {

    /**
     * The end of the due day for the user task or timer the execution is creating; {@code null} when the record holds
     * no due date at this step (a user task then has none; a timer needs one).
     */
    Date dueFor(DelegateExecution execution, DueDates dueDates);

    /** N working days from now (《行政许可法》 art. 82); N is read from configuration at each use. */
    static DueDateRule workingDays(IntSupplier days) {
        return (execution, dueDates) -> dueDates.inWorkingDays(days.getAsInt());
    }

    /** An N-day calendar period from now whose last day moves off a rest day. */
    static DueDateRule calendarDays(IntSupplier days) {
        return (execution, dueDates) -> dueDates.inCalendarDays(days.getAsInt());
    }

    /** A day the case record holds (counted when the record was written, e.g. the case's current deadline). */
    static DueDateRule recordedDay(Function<DelegateExecution, LocalDate> day) {
        return (execution, dueDates) -> {
            LocalDate due = day.apply(execution);
            return due == null ? null : dueDates.endOf(due);
        };
    }
}
