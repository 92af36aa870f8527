package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.organization.Organization;
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
import java.util.Optional;

/**
 * A town's supervisors follow their town's cases in the Tasklist: every task of a case of their town, whichever
 * group works it, is readable by {@code <town>-supervisor}. Reading only: working a task stays with its candidate
 * groups (TASK_WORK is granted to those alone). And a department's liaisons, offered a step of a case, read the step's
 * process instance, so the case number and the parties show on their task cards as on a clerk's.
 */
@Component
public class TownSupervisorTaskVisibility extends AbstractProcessEnginePlugin {

    private final ObjectProvider<CaseFileService> caseFiles;
    private final ObjectProvider<CaseAuthorizations> authorizations;

    public TownSupervisorTaskVisibility(ObjectProvider<CaseFileService> caseFiles,
                                        ObjectProvider<CaseAuthorizations> authorizations) {
        this.caseFiles = caseFiles;
        this.authorizations = authorizations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener listener = this::grant;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
        });
    }

    private void grant(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        if (businessKey == null) {
            return;
        }
        task.getCandidates().stream().map(link -> link.getGroupId())
                .filter(g -> g != null && g.endsWith("-" + Organization.LIAISON)).distinct()
                .forEach(g -> authorizations.getObject().grantLiaisonRead(task.getProcessInstanceId(), g));
        // Parts of a case ("<case number>/<part>") belong to the case's town too.
        int slash = businessKey.indexOf('/');
        String caseNumber = slash < 0 ? businessKey : businessKey.substring(0, slash);
        Optional<CaseFile> caseFile = caseFiles.getObject().findByNumber(caseNumber);
        caseFile.ifPresent(c -> {
            String supervisors = Organization.group(c.getTownSlug(), Organization.SUPERVISOR);
            // A task the supervisors work themselves (督办 review) carries their TASK_WORK already, written in this
            // same transaction; a second grant for the same group and task would break Camunda's unique index.
            boolean candidate = task.getCandidates().stream().anyMatch(link -> supervisors.equals(link.getGroupId()));
            if (!candidate) {
                authorizations.getObject().grantTownSupervisorTaskRead(task.getId(), c.getTownSlug());
            }
        });
    }
}
