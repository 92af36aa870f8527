package cn.gov.xinbei.pfp.audit;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Camunda's "audit" history plus the user operation log. At "audit" Camunda writes no operation log, so who granted
 * an authorization, created a user, changed a membership or claimed and completed a task would be lost; "full" would
 * also keep every past value of every variable, including ID numbers entered before masking. This level keeps the
 * first without the second. Configured by name in config/camunda.yml.
 */
public final class AuditHistoryLevel implements HistoryLevel {

    public static final String NAME = "audit-operation-log";
    /** Any id the built-in levels (0-3) do not use; stored in ACT_GE_PROPERTY, so it must not change. */
    static final int ID = 25;

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return eventType == HistoryEventTypes.USER_OPERATION_LOG
                || HistoryLevel.HISTORY_LEVEL_AUDIT.isHistoryEventProduced(eventType, entity);
    }
}
