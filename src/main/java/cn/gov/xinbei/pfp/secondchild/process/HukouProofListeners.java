package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The police liaison's 户口性质证明 (SEED annex 3): requested when the task opens, recorded when it completes. */
@Component("hukouProof")
public class HukouProofListeners implements TaskListener {

    private final SecondChildService service;
    private final EngineClock clock;

    public HukouProofListeners(SecondChildService service, EngineClock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = SecondChildVariables.caseNumber(task);
        String actor = ProcessActor.userId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            service.awaitHukouProof(caseNumber, actor);
            return;
        }
        boolean rural = service.recordHukouProof(caseNumber, Variables.text(task.getVariable("confirmedHukouType")),
                Variables.date(task.getVariable("confirmedRuralToUrbanOn"), "confirmedRuralToUrbanOn", "农转非日期",
                        clock.zone()),
                Variables.text(task.getVariable("hukouCertificateNumber")), actor);
        task.setVariable("confirmedRural", rural);
    }
}
