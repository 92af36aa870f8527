package cn.gov.xinbei.pfp.testing.coverage;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-only engine plugin (found by component scan in every test context): records each flow node an execution
 * enters and each sequence flow it takes, for {@link ProcessCoverageTest}. Built-in listeners, so they also run when
 * a test modifies an instance with custom listeners skipped.
 */
@Component
public class FlowNodeCoveragePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new RecordingParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private static final class RecordingParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            record(processDefinition.getKey(), processDefinition.getActivities());
        }

        private static void record(String processKey, List<ActivityImpl> activities) {
            for (ActivityImpl activity : activities) {
                String activityId = activity.getId();
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) execution -> FlowNodeCoverage.nodeStarted(processKey, activityId));
                for (PvmTransition transition : activity.getOutgoingTransitions()) {
                    String flowId = transition.getId();
                    ((TransitionImpl) transition).addBuiltInListener(ExecutionListener.EVENTNAME_TAKE,
                            (ExecutionListener) execution -> FlowNodeCoverage.flowTaken(processKey, flowId));
                }
                record(processKey, activity.getActivities());
            }
        }
    }
}
