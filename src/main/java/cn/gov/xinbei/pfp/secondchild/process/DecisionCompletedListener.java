package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 区人口计生局审批: approve, refuse with reasons, or request the one extension. */
@Component("decisionCompleted")
public class DecisionCompletedListener implements TaskListener {

    private final SecondChildService service;

    public DecisionCompletedListener(SecondChildService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.decide(SecondChildVariables.caseNumber(task), Variables.text(task.getVariable("decision")),
                Variables.text(task.getVariable("decisionReason")), ProcessActor.userId(task));
    }
}
