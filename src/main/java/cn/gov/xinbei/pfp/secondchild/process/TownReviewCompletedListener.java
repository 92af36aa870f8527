package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 镇（街道）审核 done: the file goes up to the district bureau and its decision clock starts. */
@Component("townReviewCompleted")
public class TownReviewCompletedListener implements TaskListener {

    private final SecondChildService service;
    private final EngineClock clock;

    public TownReviewCompletedListener(SecondChildService service, EngineClock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean needsAssessment = Boolean.TRUE.equals(task.getVariable("needsAssessment"));
        var decisionDue = service.townReviewed(SecondChildVariables.caseNumber(task),
                Variables.text(task.getVariable("townOpinion")), Variables.text(task.getVariable("townRecommendation")),
                needsAssessment, ProcessActor.userId(task));
        task.setVariable("decisionDueDate", Variables.endOfDay(decisionDue, clock.zone()));
        if (needsAssessment) {
            task.setVariable("assessmentStartedOn", clock.today().toString());
        }
    }
}
