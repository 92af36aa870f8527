package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildOutcome;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 发证: the certificate number is drawn when the task opens; the handover date is recorded when it completes. */
@Component("certificateIssue")
public class CertificateListeners implements TaskListener {

    private final SecondChildOutcome service;
    private final EngineClock clock;

    public CertificateListeners(SecondChildOutcome service, EngineClock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = SecondChildVariables.caseNumber(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariable("certificateNumber", service.assignCertificateNumber(caseNumber));
            return;
        }
        service.certificateIssued(caseNumber,
                Variables.date(task.getVariable("certificateIssuedOn"), "certificateIssuedOn", "发证日期", clock.zone()),
                ProcessActor.userId(task));
    }
}
