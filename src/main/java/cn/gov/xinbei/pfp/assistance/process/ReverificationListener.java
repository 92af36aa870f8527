package cn.gov.xinbei.pfp.assistance.process;

import cn.gov.xinbei.pfp.assistance.AssistanceAccounts;
import cn.gov.xinbei.pfp.assistance.domain.BankAccount;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.process.Variables;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 年度核查 of one beneficiary done by the town: recorded on the timeline of the case that granted the entitlement.
 * A beneficiary who no longer qualifies is stopped through a change request (process assistanceChange). The town
 * may correct the beneficiary's account at the agent bank here (the smallest path for a running entitlement).
 */
@Component("reverified")
public class ReverificationListener implements TaskListener {

    private final CaseFileService caseFiles;
    private final AssistanceAccounts accounts;

    public ReverificationListener(CaseFileService caseFiles, AssistanceAccounts accounts) {
        this.caseFiles = caseFiles;
        this.accounts = accounts;
    }

    @Override
    public void notify(DelegateTask task) {
        String result = Variables.text(task.getVariable("reverificationResult"));
        String note = Variables.text(task.getVariable("reverificationNote"));
        String year = Variables.text(task.getVariable("verificationYear"));
        String detail = switch (result == null ? "" : result) {
            case "STILL_ELIGIBLE" -> year + "年度核查：仍符合条件";
            case "CHANGE_NEEDED" -> {
                if (note == null || note.strip().length() < 5 || note.length() > 1000) {
                    throw new InvalidInputException("reverificationNote", "请填写需变更的情况（5至1000个字），并另行登记变更");
                }
                yield year + "年度核查：需变更——" + note.strip();
            }
            default -> throw new InvalidInputException("reverificationResult", "请选择核查结果");
        };
        String caseNumber = AssistanceVariables.caseNumber(task);
        // The town may correct the account at the agent bank while it checks the beneficiary.
        BankAccount corrected = accounts.correctEntitlementAccount(caseNumber,
                Variables.text(task.getVariable(AssistanceAccounts.CORRECTED_AGENT_BANK)),
                Variables.text(task.getVariable(AssistanceAccounts.CORRECTED_BANK_ACCOUNT)), ProcessActor.userId(task));
        task.setVariable(AssistanceAccounts.CORRECTED_AGENT_BANK, null);
        task.setVariable(AssistanceAccounts.CORRECTED_BANK_ACCOUNT, null);
        if (corrected != null) {
            task.setVariable("agentBankName", corrected.bank().name());
            task.setVariable("bankAccount", corrected.masked());
        }
        caseFiles.recordStep(caseFiles.byNumber(caseNumber).getId(), ProcessActor.userId(task),
                "REVERIFIED", "annualVerification", "年度核查", detail, null);
    }
}
