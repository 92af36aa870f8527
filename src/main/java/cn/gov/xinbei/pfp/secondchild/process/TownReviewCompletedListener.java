package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 镇（街道）审核 done: the file goes up to the district bureau and its decision clock starts. */
@Component("townReviewCompleted")
public class TownReviewCompletedListener implements TaskListener {

    private final SecondChildService service;
    public TownReviewCompletedListener(SecondChildService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        var decisionDue = service.townReviewed(SecondChildVariables.caseNumber(task),
                Variables.text(task.getVariable("townOpinion")), Variables.text(task.getVariable("townRecommendation")),
                ProcessActor.userId(task));
        task.setVariable("decisionDueOn", decisionDue.toString());
    }
}
