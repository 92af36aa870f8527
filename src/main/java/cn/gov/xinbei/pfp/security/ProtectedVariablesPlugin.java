package cn.gov.xinbei.pfp.security;

import cn.gov.xinbei.pfp.shared.process.FormFields;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The variables the application sets itself ({@link ProtectedVariablesProperties}: the case number, the town, the
 * deadlines, …) are not the user's to change: a task completion, form submission, task resolution or variable update
 * by a signed-in user — through /engine-rest, the Tasklist, the webapps' engine API or the project's API alike — that
 * gives one of them a different value, or removes it, is refused with 400 naming the field. Sending the current value
 * again is allowed: the Tasklist submits a form's read-only fields as they are. The application's own listeners and
 * delegates set these variables inside the same commands and are not affected (only the command's input is looked
 * at); commands without a signed-in user (jobs, the application's own calls without a user) pass unchanged.
 */
@Component
public class ProtectedVariablesPlugin extends AbstractProcessEnginePlugin {

    private final Set<String> protectedNames;

    public ProtectedVariablesPlugin(ProtectedVariablesProperties properties) {
        this.protectedNames = Set.copyOf(properties.protectedVariables());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EveryCommand.guard(configuration, Guard::new);
    }

    /** The message of a refused write, in Chinese, naming the field as the forms do. */
    static String refusal(String name) {
        return FormFields.label(name) + "由系统生成，不能修改";
    }

    final class Guard extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (signedIn()) {
                check(command);
            }
            return next.execute(command);
        }

        private void check(Command<?> command) {
            if (command instanceof CompleteTaskCmd) { // also ResolveTaskCmd
                String taskId = (String) field(command, CompleteTaskCmd.class, "taskId");
                changes(task(taskId), (Map<?, ?>) field(command, CompleteTaskCmd.class, "variables"));
            } else if (command instanceof SubmitTaskFormCmd) {
                String taskId = (String) field(command, SubmitTaskFormCmd.class, "taskId");
                changes(task(taskId), (Map<?, ?>) field(command, SubmitTaskFormCmd.class, "properties"));
            } else if (command instanceof AbstractSetVariableCmd) {
                changes(scope(command), (Map<?, ?>) field(command, AbstractSetVariableCmd.class, "variables"));
            } else if (command instanceof AbstractPatchVariablesCmd) {
                changes(scope(command), (Map<?, ?>) field(command, AbstractPatchVariablesCmd.class, "variables"));
                removals((Collection<?>) field(command, AbstractPatchVariablesCmd.class, "deletions"));
            } else if (command instanceof AbstractRemoveVariableCmd) {
                removals((Collection<?>) field(command, AbstractRemoveVariableCmd.class, "variableNames"));
            }
        }

        private void changes(AbstractVariableScope scope, Map<?, ?> variables) {
            if (variables == null) {
                return;
            }
            for (Map.Entry<?, ?> variable : variables.entrySet()) {
                String name = String.valueOf(variable.getKey());
                if (protectedNames.contains(name)) {
                    Object given = variable.getValue() instanceof TypedValue typed ? typed.getValue() : variable.getValue();
                    Object current = scope == null ? null : scope.getVariable(name);
                    if (scope == null || !same(given, current)) {
                        throw new InvalidInputException(name, refusal(name));
                    }
                }
            }
        }

        /**
         * The same value, whatever its Java type (the Tasklist may send 960.0 for a stored 960); an empty read-only
         * field of a variable not set (an earlier step not on this case's path) is no change either.
         */
        private static boolean same(Object given, Object current) {
            if (empty(given) && empty(current)) {
                return true;
            }
            if (given instanceof Number a && current instanceof Number b) {
                return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
            }
            return Objects.equals(String.valueOf(given), String.valueOf(current));
        }

        private static boolean empty(Object value) {
            return value == null || value instanceof String text && text.isEmpty();
        }

        private void removals(Collection<?> names) {
            if (names != null) {
                for (Object name : names) {
                    if (protectedNames.contains(String.valueOf(name))) {
                        throw new InvalidInputException(String.valueOf(name), refusal(String.valueOf(name)));
                    }
                }
            }
        }

        private AbstractVariableScope task(String taskId) {
            return taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
        }

        private AbstractVariableScope scope(Command<?> command) {
            String id = (String) field(command, command instanceof AbstractPatchVariablesCmd
                    ? AbstractPatchVariablesCmd.class : AbstractVariableCmd.class, "entityId");
            if (id == null) {
                return null;
            }
            boolean onTask = command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
                    || command instanceof RemoveTaskVariablesCmd;
            return onTask ? task(id) : Context.getCommandContext().getExecutionManager().findExecutionById(id);
        }
    }

    /** Whether the command runs for a signed-in user with the engine's authorization checks on. */
    private static boolean signedIn() {
        CommandContext context = Context.getCommandContext();
        if (context == null || !Context.getProcessEngineConfiguration().isAuthorizationEnabled()
                || !context.isAuthorizationCheckEnabled()) {
            return false;
        }
        Authentication authentication = context.getAuthentication();
        return authentication != null && authentication.getUserId() != null;
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

    List<String> protectedNames() {
        return List.copyOf(protectedNames);
    }
}
