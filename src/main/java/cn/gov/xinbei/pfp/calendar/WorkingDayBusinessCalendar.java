package cn.gov.xinbei.pfp.calendar;

import cn.gov.xinbei.pfp.calendar.domain.DeadlineUnit;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

import java.util.Date;
import java.util.Optional;

/**
 * A Camunda business calendar that understands {@link DeadlineText} ("20 working days", "30日", ...) and hands
 * every other text (ISO 8601 durations and dates) to Camunda's own calendar. The result is the end of the
 * period's last day, like every deadline in the application.
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

    private final BusinessCalendar fallback;
    private final DeadlineCalculator calculator;

    public WorkingDayBusinessCalendar(BusinessCalendar fallback, DeadlineCalculator calculator) {
        this.fallback = fallback;
        this.calculator = calculator;
    }

    @Override
    public Date resolveDuedate(String duedateDescription) {
        return resolveDuedate(duedateDescription, (Date) null);
    }

    /** Timers pass their creation time as {@code startDate}; the period is counted from it. */
    @Override
    public Date resolveDuedate(String duedateDescription, Date startDate) {
        Optional<DeadlineText> period = DeadlineText.parse(duedateDescription);
        if (period.isEmpty()) {
            return startDate == null
                    ? fallback.resolveDuedate(duedateDescription)
                    : fallback.resolveDuedate(duedateDescription, startDate);
        }
        return endOf(period.get(), startDate == null ? ClockUtil.getCurrentTime() : startDate);
    }

    /** User tasks pass the task being created; it is created now, so the period runs from now. */
    @Override
    public Date resolveDuedate(String duedateDescription, Task task) {
        Optional<DeadlineText> period = DeadlineText.parse(duedateDescription);
        if (period.isEmpty()) {
            return fallback.resolveDuedate(duedateDescription, task);
        }
        return endOf(period.get(), ClockUtil.getCurrentTime());
    }

    private Date endOf(DeadlineText period, Date from) {
        return switch (period.unit()) {
            case WORKING_DAYS -> calculator.endOfWorkingDays(from, period.days());
            case CALENDAR_DAYS -> calculator.endOfCalendarDays(from, period.days());
            case MONTHS -> calculator.endOfMonths(from, period.days());
        };
    }
}
