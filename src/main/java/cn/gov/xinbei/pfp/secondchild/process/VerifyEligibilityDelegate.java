package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.secondchild.domain.Eligibility;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 资格核定: the rules in force on the application date, on the facts as verified by the police and the panel. */
@Component("verifyEligibility")
public class VerifyEligibilityDelegate implements JavaDelegate {

    private final SecondChildService service;

    public VerifyEligibilityDelegate(SecondChildService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Eligibility eligibility = service.verify(SecondChildVariables.caseNumber(execution));
        execution.setVariables(SecondChildVariables.eligibility(eligibility));
    }
}
