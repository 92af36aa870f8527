package cn.gov.xinbei.pfp.secondchild.process;

import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.secondchild.domain.DisabledChildAssessment;
import cn.gov.xinbei.pfp.secondchild.domain.Eligibility;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 资格核定: the rules in force on the application date, on the facts as verified by the police and the panel. */
@Component("verifyEligibility")
public class VerifyEligibilityDelegate implements JavaDelegate {

    private final SecondChildService service;
    private final EngineClock clock;

    public VerifyEligibilityDelegate(SecondChildService service, EngineClock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Eligibility eligibility = service.verify(SecondChildVariables.caseNumber(execution),
                SecondChildVariables.registeredFacts(execution),
                Variables.date(execution.getVariable("applicationDate"), "applicationDate", "申请日期", clock.zone()),
                Variables.bool(execution.getVariable("confirmedRural")),
                DisabledChildAssessment.valueOf((String) execution.getVariable("disabledChildAssessment")));
        execution.setVariables(SecondChildVariables.eligibility(eligibility));
    }
}
