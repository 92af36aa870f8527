package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Gateway conditions of the second-child process, decided by the registered claim, not by editable variables. */
@Component("secondChildRouting")
public class SecondChildRouting {

    private final SecondChildService service;

    public SecondChildRouting(SecondChildService service) {
        this.service = service;
    }

    /** Art. 23 claims rest on the woman being rural: the police must certify her hukou type. */
    public boolean needsHukouProof(DelegateExecution execution) {
        return service.details(execution.getProcessBusinessKey()).getCondition().ruralWomanOnly();
    }

    public boolean needsAssessment(DelegateExecution execution) {
        return service.details(execution.getProcessBusinessKey()).getCondition().needsDisabledChildAssessment();
    }
}
