package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildOutcome;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The refusal is served on the applicant; the remedy windows are computed from that day. */
@Component("refusalServed")
public class RefusalServedListener implements TaskListener {

    private final SecondChildOutcome service;
    private final EngineClock clock;

    public RefusalServedListener(SecondChildOutcome service, EngineClock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        var remedies = service.refusalServed(SecondChildVariables.caseNumber(task),
                Variables.date(task.getVariable("refusalServedOn"), "refusalServedOn", "送达日期", clock.zone()),
                ProcessActor.userId(task));
        task.setVariable("reconsiderationUntil", remedies.reconsiderationUntil().toString());
        task.setVariable("lawsuitUntil", remedies.lawsuitUntil().toString());
    }
}
