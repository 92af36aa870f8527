package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.BankAccount;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;



/** The agent bank and account payments go to: the town's correction of a running entitlement's account. */
@Service
@Transactional
public class AssistanceAccounts {

    /** Form fields of the town's correction of the account (镇（街道）初审: 更正代发银行账号). */
    public static final String CORRECTED_AGENT_BANK = "correctedAgentBank";
    public static final String CORRECTED_BANK_ACCOUNT = "correctedBankAccount";

    private final CaseFileService caseFiles;
    private final AssistanceCaseRecords records;
    private final AgentBankProperties banks;

    public AssistanceAccounts(CaseFileService caseFiles, AssistanceCaseRecords records, AgentBankProperties banks) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.banks = banks;
    }

    /**
     * The town corrects the account of a running entitlement (at the annual re-verification): checked as at intake;
     * payments from the next transfer on go to the new account. Both left empty: nothing changes.
     *
     * @return the new account, or null when nothing was given
     */
    public BankAccount correctEntitlementAccount(String caseNumber, String agentBank, String account, String actor) {
        if (FormValues.blankToNull(agentBank) == null && FormValues.blankToNull(account) == null) {
            return null;
        }
        Violations violations = new Violations();
        BankAccount corrected = BankAccount.read(violations, CORRECTED_AGENT_BANK, agentBank, CORRECTED_BANK_ACCOUNT,
                account, banks.agentBanks()).orElse(null);
        violations.throwIfAny();
        EntitlementRecord entitlement = records.entitlementOf(caseNumber);
        entitlement.changeBankAccount(corrected);
        caseFiles.recordStep(caseFiles.byNumber(caseNumber).getId(), actor, "ACCOUNT_CORRECTED", "bankAccount",
                "更正代发账户", "更正" + accountLabel(corrected), null);
        return corrected;
    }

    /** "代发银行：<name>，账号<masked>" for timelines and forms; never the full number. */
    static String accountLabel(BankAccount account) {
        return BankAccount.BANK_LABEL + "：" + account.bank().name() + "，账号" + account.masked();
    }
}
