package cn.gov.xinbei.pfp.security;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * The engine's own authorizations for a task's candidates and assignee, granted as stock Camunda grants them, without
 * asking the database first whether the grant exists when the task was created in the same command: its id is new, so
 * only this command can have granted on it yet, and those grants are in the command's entity cache. Stock Camunda
 * queries once per candidate group of every new task (a tenth of the annual re-verification's time). Any other task
 * takes the stock path.
 */
@Component
public class NewTaskAuthorizations extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId,
                                                            Resource resource) {
            DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
            TaskEntity task = cache.get(TaskEntity.class, taskId);
            if (task == null || !cache.isTransient(task)) {
                return super.getGrantAuthorization(taskId, userId, groupId, resource);
            }
            // As the stock query: a grant on this resource for the group, or (without a group) for the user.
            return cache.getEntitiesByType(AuthorizationEntity.class).stream()
                    .filter(grant -> grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT
                            && grant.getResourceType() == resource.resourceType()
                            && taskId.equals(grant.getResourceId())
                            && (groupId != null ? groupId.equals(grant.getGroupId())
                            : Objects.equals(userId, grant.getUserId())))
                    .findFirst().orElse(null);
        }
    }
}
