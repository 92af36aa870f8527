package cn.gov.xinbei.pfp.twonon.process;

import cn.gov.xinbei.pfp.twonon.TwoNonService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Keeps the reporter's identity of a 两非 report out of the engine's history. History level audit records every
 * submitted form field as a "form property" (ACT_HI_DETAIL) besides the variables, so the start form's reporter name
 * and contact would stay there although the start listener removes the variables: this producer writes no such
 * record for them (the engine skips a history event that is null). The identity lives in two_non_reporter only.
 */
@Component
public class ReporterFormHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryEventProducer() != null) {
            throw new IllegalStateException("A history event producer is already configured ("
                    + configuration.getHistoryEventProducer().getClass().getName()
                    + "): move the rule of ReporterFormHistoryPlugin into it");
        }
        configuration.setHistoryEventProducer(new CacheAwareHistoryEventProducer() {
            @Override
            public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId,
                                                            String propertyValue, String taskId) {
                if (isReporterField(execution, propertyId)) {
                    return null;
                }
                return super.createFormPropertyUpdateEvt(execution, propertyId, propertyValue, taskId);
            }
        });
    }

    static boolean isReporterField(ExecutionEntity execution, String propertyId) {
        return TwoNonService.REPORTER_VARIABLES.contains(propertyId) && execution != null
                && execution.getProcessDefinition() != null
                && TwoNonService.PROCESS_KEY.equals(execution.getProcessDefinition().getKey());
    }
}
