package cn.gov.xinbei.pfp.calendar;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Teaches the process engine working days: user-task due dates ({@code camunda:dueDate="20 working days"})
 * and timers ({@code <timeDuration>5 working days</timeDuration>}) are counted on the official calendar.
 * ISO 8601 texts and cycles keep Camunda's meaning.
 */
public class WorkingDayBusinessCalendarPlugin extends AbstractProcessEnginePlugin {

    private final DeadlineCalculator calculator;

    public WorkingDayBusinessCalendarPlugin(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The engine builds its default manager only when none is set, so setting it here replaces it.
        configuration.setBusinessCalendarManager(businessCalendarManager());
    }

    BusinessCalendarManager businessCalendarManager() {
        MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
        manager.addBusinessCalendar(DurationBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), calculator));
        manager.addBusinessCalendar(DueDateBusinessCalendar.NAME,
                new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), calculator));
        manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
        return manager;
    }
}
