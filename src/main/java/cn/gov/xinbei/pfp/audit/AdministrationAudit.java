package cn.gov.xinbei.pfp.audit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.oplog.UserOperationLogContext;
import org.camunda.bpm.engine.impl.oplog.UserOperationLogContextEntryBuilder;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Writes an administration change of the application's own settings (figures and targets the administrators enter on
 * the desk) into Camunda's user operation log, category "Admin": the same log, and so the same page
 * ({@code /desk/audit}), as changes to users, groups and authorizations. Runs in the caller's transaction (the engine
 * joins Spring's), so the entry and the change are kept or dropped together.
 */
@Component
public class AdministrationAudit {

    /** Entity types of the application's own administration entries (shown by {@link AdministrationLogController}). */
    public static final String CONFIGURATION_FIGURE = "ConfigurationFigure";
    public static final String ANNUAL_TARGETS = "AnnualTargets";
    /** A full ID number shown to the person verifying it at an open step (casefile.FullIdNumberController). */
    public static final String FULL_ID_NUMBER = "FullIdNumber";
    /** An operation that only reads: the full ID number was shown. */
    public static final String OPERATION_VIEW = "View";

    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final IdentityService identityService;

    public AdministrationAudit(ProcessEngineConfiguration engineConfiguration, IdentityService identityService) {
        this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
        this.identityService = identityService;
    }

    /**
     * One operation by {@code userId}: one log entry per changed property (old value, or null for a new one).
     *
     * @param operationType {@link UserOperationLogEntry#OPERATION_TYPE_CREATE} or {@code OPERATION_TYPE_UPDATE}
     * @param changes       property name -> {old, new}
     */
    public void log(String userId, List<String> groups, String entityType, String operationType,
                    Map<String, String[]> changes) {
        List<PropertyChange> propertyChanges = changes.entrySet().stream()
                .map(e -> new PropertyChange(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(userId, groups);
        try {
            engineConfiguration.getCommandExecutorTxRequired().execute(commandContext -> {
                UserOperationLogContext context = new UserOperationLogContext();
                context.addEntry(UserOperationLogContextEntryBuilder.entry(operationType, entityType)
                        .category(UserOperationLogEntry.CATEGORY_ADMIN)
                        .propertyChanges(propertyChanges)
                        .create());
                commandContext.getOperationLogManager().logUserOperations(context);
                return null;
            });
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }
}
