package cn.gov.xinbei.pfp.configuration;

import cn.gov.xinbei.pfp.shared.configuration.ConfigurationGapException;
import cn.gov.xinbei.pfp.shared.configuration.MissingFigure;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Used by a service task that reads bureau-owned figures: it asks first which figures are missing (a query that
 * throws nothing, so no transaction is marked for rollback) and, if any are, holds the case and raises the BPMN
 * error {@link ConfigurationGaps#ERROR_CODE}. The diagram catches it on the task with a boundary event leading to the
 * message catch event "等待补录配置数据", whose outgoing flow returns to the task.
 */
@Component
public class ConfigurationGapWait {

    private final ConfigurationGaps gaps;

    public ConfigurationGapWait(ConfigurationGaps gaps) {
        this.gaps = gaps;
    }

    /** Returns when nothing is missing; else holds the case and throws the BPMN error. */
    public void holdIfMissing(DelegateExecution execution, String caseNumber, List<MissingFigure> missing) {
        if (missing.isEmpty()) {
            return;
        }
        gaps.hold(caseNumber, execution.getProcessInstanceId(), execution.getCurrentActivityId(),
                execution.getCurrentActivityName(), missing);
        throw new BpmnError(ConfigurationGaps.ERROR_CODE, ConfigurationGapException.userMessage(missing.get(0)));
    }
}
