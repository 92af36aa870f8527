package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceCaseService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Objection raised" during a public posting: the objection is checked and recorded in the case, then the waiting
 * posting is interrupted (message assistanceObjection) and the case goes back to that level's review. One
 * transaction: an objection that cannot be delivered is not recorded either.
 */
@Service
public class AssistanceObjections {

    static final String MESSAGE = "assistanceObjection";

    private final AssistanceCaseService service;
    private final RuntimeService runtimeService;

    public AssistanceObjections(AssistanceCaseService service, RuntimeService runtimeService) {
        this.service = service;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void raise(String caseNumber, String objection, String actor) {
        service.recordObjection(caseNumber, objection, actor);
        runtimeService.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(caseNumber)
                .setVariable("lastObjection", objection.strip())
                .correlateWithResult();
    }
}
