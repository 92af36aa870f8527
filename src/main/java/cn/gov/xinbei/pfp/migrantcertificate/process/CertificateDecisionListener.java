package cn.gov.xinbei.pfp.migrantcertificate.process;

import cn.gov.xinbei.pfp.migrantcertificate.MigrantCertificateService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 镇（街道）核对并出具 completed: issue, or refuse with reasons (checked here, so a bad choice keeps the task open). */
@Component("migrantCertificateDecided")
public class CertificateDecisionListener implements TaskListener {

    private final MigrantCertificateService service;

    public CertificateDecisionListener(MigrantCertificateService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.decide(task.getExecution().getProcessBusinessKey(),
                Variables.text(task.getVariable("certificateDecision")),
                Variables.text(task.getVariable("refusalReasons")), ProcessActor.userId(task));
    }
}
