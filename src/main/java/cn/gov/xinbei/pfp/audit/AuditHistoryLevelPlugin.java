package cn.gov.xinbei.pfp.audit;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Makes {@link AuditHistoryLevel} known to the engine, which then finds it by the name configured. */
@Component
public class AuditHistoryLevelPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new AuditHistoryLevel());
        configuration.setCustomHistoryLevels(levels);
    }
}
