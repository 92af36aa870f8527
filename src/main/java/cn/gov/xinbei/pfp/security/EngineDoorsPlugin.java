package cn.gov.xinbei.pfp.security;

import cn.gov.xinbei.pfp.organization.InternalProcesses;
import cn.gov.xinbei.pfp.organization.Organization;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.ActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.DeploymentStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.HistoricActivityStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Closes three doors of the engine that Camunda's authorizations leave open, for every caller of the engine (the
 * project's API, /engine-rest, the Tasklist, Cockpit and the webapps' engine API alike):
 * <ul>
 *   <li>An internal process ({@link InternalProcesses}) is never started by a signed-in user: only by a call activity
 *   or by the application itself without a user (escalation scan, annual re-verification). A start by a user fails
 *   with an AuthorizationException (403 in /engine-rest), even if someone grants CREATE_INSTANCE on it later.</li>
 *   <li>Process statistics (running instances, incidents and failed jobs per process, per activity or per deployment)
 *   count every town's cases while checking only READ on the process definition, which every role has: they are for
 *   users with district scope, the bureau's clerks and supervisors.</li>
 *   <li>A message correlated to a case the user may not touch fails as if nothing matched the business key, not with
 *   a refusal naming the other town's process instance (an existence oracle).</li>
 * </ul>
 * Commands run without a signed-in user, or with the engine's authorization checks switched off, pass unchanged.
 */
@Component
public class EngineDoorsPlugin extends AbstractProcessEnginePlugin {

    /** The groups whose scope is the whole district. */
    static final Set<String> DISTRICT_GROUPS = Set.of(Organization.group(Organization.BUREAU, Organization.CLERK),
            Organization.group(Organization.BUREAU, Organization.SUPERVISOR));

    private static final List<Class<?>> STATISTICS = List.of(ProcessDefinitionStatisticsQueryImpl.class,
            ActivityStatisticsQueryImpl.class, DeploymentStatisticsQueryImpl.class,
            HistoricActivityStatisticsQueryImpl.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        ExecutionListener internalStart = EngineDoorsPlugin::refuseUserStart;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                if (InternalProcesses.isInternal(processDefinition.getKey())) {
                    // Built in: runs even when the caller asks to skip custom listeners.
                    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, internalStart);
                }
            }
        });
        EveryCommand.guard(configuration, Doors::new);
    }

    private static void refuseUserStart(DelegateExecution execution) {
        ExecutionEntity instance = (ExecutionEntity) execution.getProcessInstance();
        if (instance.getSuperExecution() != null || instance.getSuperCaseExecution() != null) {
            return; // a call activity: the calling process was started or continued legitimately
        }
        Authentication user = signedInUser();
        if (user != null) {
            String key = ((ProcessDefinitionEntity) instance.getProcessDefinition()).getKey();
            throw new AuthorizationException(user.getUserId(), Permissions.CREATE_INSTANCE.getName(),
                    Resources.PROCESS_DEFINITION.resourceName(), key);
        }
    }

    /** The user a command runs for, when the engine checks authorizations for it; null otherwise. */
    private static Authentication signedInUser() {
        CommandContext context = Context.getCommandContext();
        if (context == null || !Context.getProcessEngineConfiguration().isAuthorizationEnabled()
                || !context.isAuthorizationCheckEnabled()) {
            return null;
        }
        Authentication authentication = context.getAuthentication();
        return authentication == null || authentication.getUserId() == null ? null : authentication;
    }

    static final class Doors extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (STATISTICS.stream().anyMatch(type -> type.isInstance(command))) {
                Authentication user = signedInUser();
                if (user != null && (user.getGroupIds() == null
                        || user.getGroupIds().stream().noneMatch(DISTRICT_GROUPS::contains))) {
                    throw new AuthorizationException(user.getUserId(), Permissions.READ_INSTANCE.getName(),
                            Resources.PROCESS_DEFINITION.resourceName(), "statistics");
                }
            }
            if (command instanceof CorrelateMessageCmd || command instanceof CorrelateAllMessageCmd) {
                return correlate(command);
            }
            return next.execute(command);
        }

        @SuppressWarnings("unchecked")
        private <T> T correlate(Command<T> command) {
            try {
                return next.execute(command);
            } catch (AuthorizationException e) {
                if (command instanceof CorrelateAllMessageCmd) {
                    return (T) new ArrayList<>(); // what correlateAll gives when nothing matches
                }
                // The same exception (and so the same answer) as when no process or execution matches.
                boolean startOnly = Boolean.TRUE.equals(field(command, CorrelateMessageCmd.class, "startMessageOnly"));
                throw new MismatchingMessageCorrelationException(
                        (String) field(command, AbstractCorrelateMessageCmd.class, "messageName"),
                        startOnly ? "No process definition matches the parameters"
                                : "No process definition or execution matches the parameters");
            }
        }

        private static Object field(Object target, Class<?> owner, String name) {
            try {
                Field field = owner.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(target);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Camunda's " + owner.getSimpleName() + "." + name + " is gone", e);
            }
        }
    }
}
