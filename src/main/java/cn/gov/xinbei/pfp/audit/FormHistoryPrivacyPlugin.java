package cn.gov.xinbei.pfp.audit;

import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;

/**
 * Keeps personal data typed into forms out of the engine's history. At our history level Camunda records every
 * submitted form field as a "form property" (ACT_HI_DETAIL), beside the variables, which the processes mask or remove
 * once the case file holds them. So: resident ID numbers in any submitted field are stored masked, and the fields
 * listed in {@code app.audit.form-history.omitted-fields} (process key to field names: a 两非 reporter's identity,
 * bank account numbers) are not stored at all (the engine skips a null history event).
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
public class FormHistoryPrivacyPlugin extends AbstractProcessEnginePlugin {

    private final Map<String, Set<String>> omittedFields;

    public FormHistoryPrivacyPlugin(AuditProperties properties) {
        this.omittedFields = properties.formHistory().omittedFields();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getHistoryEventProducer() != null) {
            throw new IllegalStateException("A history event producer is already configured ("
                    + configuration.getHistoryEventProducer().getClass().getName()
                    + "): move the rules of FormHistoryPrivacyPlugin into it");
        }
        configuration.setHistoryEventProducer(new CacheAwareHistoryEventProducer() {
            @Override
            public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId,
                                                            String propertyValue, String taskId) {
                if (isOmitted(processKey(execution), propertyId)) {
                    return null;
                }
                return super.createFormPropertyUpdateEvt(execution, propertyId,
                        propertyValue == null ? null : ResidentIdMasking.maskPersonalNumbers(propertyValue), taskId);
            }
        });
    }

    boolean isOmitted(String processKey, String field) {
        return processKey != null && omittedFields.getOrDefault(processKey, Set.of()).contains(field);
    }

    private static String processKey(ExecutionEntity execution) {
        return execution == null || execution.getProcessDefinition() == null
                ? null : execution.getProcessDefinition().getKey();
    }
}
