package cn.gov.xinbei.pfp.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Writes every user task of every case process into the case timeline: when it opened and against which due date,
 * who completed it and when. Added to all processes at parse time, so no diagram has to remember it.
 */
@Component
public class CaseTimelinePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<CaseFileService> caseFiles;

    public CaseTimelinePlugin(ObjectProvider<CaseFileService> caseFiles) {
        this.caseFiles = caseFiles;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener listener = this::record;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
            }
        });
    }

    private void record(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        if (businessKey == null) {
            return;
        }
        // A sub-process working on part of a case (e.g. one agency of a 两非 case) has the key "<case number>/<part>".
        int slash = businessKey.indexOf('/');
        String caseNumber = slash < 0 ? businessKey : businessKey.substring(0, slash);
        String stepName = slash < 0 ? task.getName() : task.getName() + "（" + businessKey.substring(slash + 1) + "）";
        var service = caseFiles.getObject();
        var caseFile = service.byNumber(caseNumber);
        boolean created = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
        String actor = created ? null : cn.gov.xinbei.pfp.shared.process.ProcessActor.userId(task);
        service.recordStep(caseFile.getId(), actor, created ? "TASK_CREATED" : "TASK_COMPLETED",
                task.getTaskDefinitionKey(), stepName, created ? "分派给：" + candidateGroups(task) : null,
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    private static String candidateGroups(DelegateTask task) {
        return String.join("、", task.getCandidates().stream()
                .map(link -> link.getGroupId() != null ? link.getGroupId() : link.getUserId())
                .toList());
    }
}
