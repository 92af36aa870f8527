package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.secondchild.domain.DisabledChildAssessment;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** 病残儿医学鉴定 result recorded; the time it took is added to the decision limit (行政许可法 art. 45). */
@Component("assessmentCompleted")
public class AssessmentCompletedListener implements TaskListener {

    private final SecondChildService service;
    private final EngineClock clock;

    public AssessmentCompletedListener(SecondChildService service, EngineClock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String result = Variables.text(task.getVariable("assessmentResult"));
        LocalDate startedOn = LocalDate.parse((String) task.getVariable("assessmentStartedOn"));
        LocalDate currentDue = Variables.date(task.getVariable("decisionDueDate"), "decisionDueDate", "审批期限",
                clock.zone());
        LocalDate decisionDue = service.recordAssessment(SecondChildVariables.caseNumber(task), result,
                Variables.text(task.getVariable("assessmentConclusionNumber")), startedOn, currentDue,
                ProcessActor.userId(task));
        task.setVariable("decisionDueDate", Variables.endOfDay(decisionDue, clock.zone()));
        task.setVariable("disabledChildAssessment", DisabledChildAssessment.valueOf(result).name());
    }
}
