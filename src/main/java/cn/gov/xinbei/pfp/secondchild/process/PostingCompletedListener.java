package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildOutcome;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 公示: the town posts the approval (SEED 三.2: procedures and results are made public). */
@Component("resultPosted")
public class PostingCompletedListener implements TaskListener {

    private final SecondChildOutcome service;

    public PostingCompletedListener(SecondChildOutcome service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.posted(SecondChildVariables.caseNumber(task), Variables.text(task.getVariable("postingPlace")),
                ProcessActor.userId(task));
    }
}
