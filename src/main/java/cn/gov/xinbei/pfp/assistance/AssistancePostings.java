package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.BankAccount;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;



/**
 * The village's and the town's review of an application and the public posting that follows each (张榜公示): the
 * opinions, the place of posting, objections (back to the level that posted) and the end of the posting period.
 */
@Service
@Transactional
public class AssistancePostings {

    private final CaseFileService caseFiles;
    private final AssistanceCaseRecords records;
    private final AssistanceProcessProperties limits;
    private final AgentBankProperties banks;

    public AssistancePostings(CaseFileService caseFiles, AssistanceCaseRecords records,
                              AssistanceProcessProperties limits, AgentBankProperties banks) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.limits = limits;
        this.banks = banks;
    }

    /** 村（居）审议: the village committee's opinion and where the list is posted. The posting period starts now. */
    public void villageReviewed(String caseNumber, String opinion, String postingPlace, String actor) {
        Violations violations = new Violations();
        FormValues.writtenText(opinion, "villageOpinion", "村（居）委会审议意见", violations);
        FormValues.writtenText(postingPlace, "villagePostingPlace", "张榜公示地点", violations);
        violations.throwIfAny();
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFiles.changeStatus(caseFile, CaseStatus.VILLAGE_POSTING, actor,
                "村（居）委会审议意见：" + opinion.strip() + "；在" + postingPlace.strip() + "张榜公示" + limits.postingDays() + "日");
    }

    /**
     * 镇（街道）初审: the town's opinion and where the list is posted. For 特扶 on a disabled child the town checks the
     * child's 《残疾人证》 and records its number. The town may correct the agent bank and account taken at intake:
     * both are then given and checked as at intake (left empty: the account stays as it is).
     *
     * @return the corrected account, or null when the town left it as it was
     */
    public BankAccount townReviewed(String caseNumber, String opinion, String postingPlace, String disabilityCertificate,
                                    String correctedAgentBank, String correctedBankAccount, String actor) {
        AssistanceCase details = records.details(caseNumber);
        Violations violations = new Violations();
        FormValues.writtenText(opinion, "townOpinion", "镇（街道）初审意见", violations);
        FormValues.writtenText(postingPlace, "townPostingPlace", "张榜公示地点", violations);
        BankAccount corrected = null;
        if (FormValues.blankToNull(correctedAgentBank) != null || FormValues.blankToNull(correctedBankAccount) != null) {
            corrected = BankAccount.read(violations, AssistanceAccounts.CORRECTED_AGENT_BANK, correctedAgentBank,
                    AssistanceAccounts.CORRECTED_BANK_ACCOUNT, correctedBankAccount, banks.agentBanks()).orElse(null);
        }
        boolean disability = details.getScheme() == AssistanceScheme.SPECIAL_SUPPORT
                && "DISABLED".equals(records.facts(details).get("childStatus"));
        if (disability) {
            FormValues.required(disabilityCertificate, "disabilityCertificateNumber", "独生子女《残疾人证》编号",
                    AssistanceCaseRecords.MAX_REFERENCE_LENGTH, violations);
        }
        violations.throwIfAny();
        if (disability) {
            details.recordDisabilityProof();
        }
        if (corrected != null) {
            details.recordBankAccount(corrected);
        }
        caseFiles.changeStatus(caseFiles.byNumber(caseNumber), CaseStatus.TOWN_POSTING, actor,
                "镇（街道）初审意见：" + opinion.strip() + (disability ? "；已核验残疾人证" + disabilityCertificate.strip() : "")
                        + (corrected != null ? "；更正" + AssistanceAccounts.accountLabel(corrected) : "")
                        + "；在" + postingPlace.strip() + "张榜公示" + limits.postingDays() + "日");
        return corrected;
    }

    /** The posting period ended without objection. */
    public void postingPeriodOver(String caseNumber, boolean village) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFiles.changeStatus(caseFile, village ? CaseStatus.UNDER_TOWN_REVIEW : CaseStatus.AWAITING_DEPARTMENT_CHECK,
                null, (village ? "村（居）" : "镇（街道）") + "张榜公示期满，无异议");
    }

    /**
     * An objection raised during a public posting: recorded, and the case goes back to the review of the level that
     * posted it.
     *
     * @return true if the objection was against the village posting, false for the town posting
     */
    public boolean recordObjection(String caseNumber, String objection, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        boolean village = caseFile.getStatus() == CaseStatus.VILLAGE_POSTING;
        if (!village && caseFile.getStatus() != CaseStatus.TOWN_POSTING) {
            throw new InvalidInputException("objection", "案件" + caseNumber + "不在张榜公示期间（当前：" + caseFile.getStatus().label()
                    + "），不能登记公示异议");
        }
        Violations violations = new Violations();
        FormValues.writtenText(objection, "objection", "异议内容", violations);
        violations.throwIfAny();
        records.details(caseNumber).countObjection(village);
        caseFiles.changeStatus(caseFile, village ? CaseStatus.UNDER_VILLAGE_REVIEW : CaseStatus.UNDER_TOWN_REVIEW, actor,
                (village ? "村（居）" : "镇（街道）") + "公示期间收到异议：" + objection.strip() + "；退回重新审议");
        return village;
    }
}
