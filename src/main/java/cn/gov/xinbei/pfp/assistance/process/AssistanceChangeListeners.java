package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.casefile.CaseStart;
import cn.gov.xinbei.pfp.assistance.AssistanceChangeService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The glue of assistanceChange (变更): the request at the start, the bureau's decision on its task. A new bank account
 * is written at the start and the process ends there (variable accountChanged).
 */
@Configuration
public class AssistanceChangeListeners {

    /**
     * Registers the request in the start's transaction (a refused request leaves nothing). The business key is the
     * number of the case that granted the entitlement, so caseRouting sends the work to that case's town.
     */
    @Bean("registerAssistanceChange")
    ExecutionListener registerAssistanceChange(AssistanceChangeService service) {
        return execution -> {
            AssistanceChangeService.ChangeRequest request = service.request(execution.getVariables(),
                    ProcessActor.userId(execution), ProcessActor.groups(execution));
            execution.setProcessBusinessKey(request.grantingCase().getCaseNumber());
            execution.setVariable("changeId", request.change().getId());
            execution.setVariable("caseNumber", request.grantingCase().getCaseNumber());
            execution.setVariable("caseTitle", request.grantingCase().getTitle() + " 变更");
            execution.setVariable(CaseStart.PARTY_NAMES, CaseStart.partyNames(request.grantingCase()));
            execution.setVariable("holderIdNumber", request.entitlement().getIdNumberMasked());
            execution.setVariable("holderName", request.entitlement().getFullName());
            execution.setVariable("changeReasonLabel", request.change().getReason().label());
            // A new account: the register holds the number; the variables (and their history) only the masked form.
            boolean accountChanged = request.newAccount() != null;
            execution.setVariable("accountChanged", accountChanged);
            if (accountChanged) {
                execution.setVariable(AssistanceChangeService.NEW_BANK_ACCOUNT, request.newAccount().masked());
                execution.setVariable("agentBankName", request.newAccount().bank().name());
            } else {
                execution.removeVariable(AssistanceChangeService.NEW_BANK_ACCOUNT);
                execution.removeVariable(AssistanceChangeService.NEW_AGENT_BANK);
            }
        };
    }

    @Bean("changeDecided")
    TaskListener changeDecided(AssistanceChangeService service) {
        return task -> service.decide(AssistanceVariables.caseNumber(task),
                Variables.text(task.getVariable("changeDecision")), Variables.text(task.getVariable("changeDecisionReason")),
                ProcessActor.userId(task));
    }
}
