package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceDecision;
import cn.gov.xinbei.pfp.assistance.AssistancePostings;
import cn.gov.xinbei.pfp.assistance.AssistanceVerification;
import cn.gov.xinbei.pfp.assistance.AssistanceEligibility;
import cn.gov.xinbei.pfp.assistance.EntitlementRecord;
import cn.gov.xinbei.pfp.configuration.ConfigurationGapWait;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks and event listeners of assistanceEligibility. */
@Configuration
public class AssistanceDelegates {

    /** 复核: the rules in force on the application date, on the facts the police and the HR bureau confirmed. */
    @Bean("reevaluateAssistance")
    JavaDelegate reevaluateAssistance(AssistanceVerification verification) {
        return execution -> {
            AssistanceEligibility eligibility = verification.reevaluate(AssistanceVariables.caseNumber(execution));
            execution.setVariables(AssistanceVariables.eligibility(eligibility));
        };
    }

    /**
     * 登记享受资格: amount from the rate table, one active entitlement per person and scheme. An amount that is not
     * configured holds the case (configuration gap): the diagram waits at 等待补录扶助标准 and comes back here.
     */
    @Bean("registerEntitlement")
    JavaDelegate registerEntitlement(AssistanceDecision decision, ConfigurationGapWait gapWait) {
        return execution -> {
            String caseNumber = AssistanceVariables.caseNumber(execution);
            gapWait.holdIfMissing(execution, caseNumber, decision.missingRate(caseNumber).stream().toList());
            EntitlementRecord entitlement = decision.registerEntitlement(caseNumber);
            execution.setVariable("entitlementFrom", entitlement.getFromDate().toString());
            execution.setVariable("entitlementAmount", entitlement.getAmount().toPlainString() + entitlement.getRateUnit().label());
        };
    }

    @Bean("closeRefusedAssistance")
    JavaDelegate closeRefusedAssistance(AssistanceDecision decision) {
        return execution -> execution.setVariable("refusalNotice",
                decision.closeRefused(AssistanceVariables.caseNumber(execution)));
    }

    /** A posting period ended without objection (the timer fired). */
    @Bean("postingPeriodOver")
    ExecutionListener postingPeriodOver(AssistancePostings postings) {
        return execution -> postings.postingPeriodOver(AssistanceVariables.caseNumber(execution),
                "TimerEvent_VillagePostingOver".equals(execution.getCurrentActivityId()));
    }
}
