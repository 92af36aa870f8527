package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** 病残儿医学鉴定 result recorded; the time it took is added to the decision limit (行政许可法 art. 45). */
@Component("assessmentCompleted")
public class AssessmentCompletedListener implements TaskListener {

    private final SecondChildService service;
    public AssessmentCompletedListener(SecondChildService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate decisionDue = service.recordAssessment(SecondChildVariables.caseNumber(task),
                Variables.text(task.getVariable("assessmentResult")),
                Variables.text(task.getVariable("assessmentConclusionNumber")), ProcessActor.userId(task));
        task.setVariable("decisionDueOn", decisionDue.toString());
    }
}
