package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Gateway conditions of assistanceEligibility, decided by the case record, not by editable variables. */
@Component("assistanceRouting")
public class AssistanceRouting {

    private final AssistanceCaseService service;

    public AssistanceRouting(AssistanceCaseService service) {
        this.service = service;
    }

    /** 奖扶 needs the police's 户口性质证明; 特扶 for a child who died needs the 死亡证明. */
    public boolean needsPolice(DelegateExecution execution) {
        return service.needsPolice(execution.getProcessBusinessKey());
    }

    /** The one-off award needs the HR bureau's confirmation of the retirement facts. */
    public boolean needsHr(DelegateExecution execution) {
        return service.needsHr(execution.getProcessBusinessKey());
    }

    public boolean eligible(DelegateExecution execution) {
        return service.eligible(execution.getProcessBusinessKey());
    }

    public boolean confirmed(DelegateExecution execution) {
        return service.confirmed(execution.getProcessBusinessKey());
    }
}
