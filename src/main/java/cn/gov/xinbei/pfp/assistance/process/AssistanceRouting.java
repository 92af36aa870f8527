package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceDecision;
import cn.gov.xinbei.pfp.assistance.AssistanceVerification;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Gateway conditions of assistanceEligibility, decided by the case record, not by editable variables. */
@Component("assistanceRouting")
public class AssistanceRouting {

    private final AssistanceVerification verification;
    private final AssistanceDecision decision;

    public AssistanceRouting(AssistanceVerification verification, AssistanceDecision decision) {
        this.verification = verification;
        this.decision = decision;
    }

    /** 奖扶 needs the police's 户口性质证明; 特扶 for a child who died needs the 死亡证明. */
    public boolean needsPolice(DelegateExecution execution) {
        return verification.needsPolice(execution.getProcessBusinessKey());
    }

    /** The one-off award needs the HR bureau's confirmation of the retirement facts. */
    public boolean needsHr(DelegateExecution execution) {
        return verification.needsHr(execution.getProcessBusinessKey());
    }

    public boolean eligible(DelegateExecution execution) {
        return verification.eligible(execution.getProcessBusinessKey());
    }

    public boolean confirmed(DelegateExecution execution) {
        return decision.confirmed(execution.getProcessBusinessKey());
    }
}
