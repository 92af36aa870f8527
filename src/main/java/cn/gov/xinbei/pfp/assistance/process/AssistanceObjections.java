package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistancePostings;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Objection raised" during a public posting: the objection is checked and recorded in the case, then the waiting
 * posting is interrupted (message assistanceObjection) and the case goes back to that level's review. One
 * transaction: an objection that cannot be delivered is not recorded either.
 * <p>
 * Who may raise one is checked by the caller (AssistanceController: the case's town clerks and the bureau's clerks).
 * The message is then delivered by the system: a clerk holds no UPDATE right on process instances, and granting it
 * would let the clerk change any variable of the case through /engine-rest. The clerk is recorded as the actor.
 */
@Service
public class AssistanceObjections {

    static final String MESSAGE = "assistanceObjection";

    private final AssistancePostings postings;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    public AssistanceObjections(AssistancePostings postings, RuntimeService runtimeService,
                                IdentityService identityService) {
        this.postings = postings;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    @Transactional
    public void raise(String caseNumber, String objection, String actor) {
        postings.recordObjection(caseNumber, objection, actor);
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            runtimeService.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(caseNumber)
                    .setVariable("lastObjection", objection.strip())
                    .correlateWithResult();
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
    }
}
