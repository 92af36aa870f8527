package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.maintenancefee.domain.HukouCategory;
import cn.gov.xinbei.pfp.maintenancefee.domain.Parent;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;

/**
 * 立案 and 调查 of a fee case: the town clerk opens the case (or does not, with reasons) and two officers record what
 * they found about marriage and births, hukou and income (REFERENCE.md 5.3). A refused input writes nothing.
 */
@Service
@Transactional
public class FeeInvestigation {

    private final CaseFileService caseFiles;
    private final FeeCaseRecords records;
    private final EngineClock clock;

    public FeeInvestigation(CaseFileService caseFiles, FeeCaseRecords records, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.clock = clock;
    }

    /** 立案: the town clerk confirms the case (two officers will investigate) or does not open it, with reasons. */
    public boolean confirm(String caseNumber, String decision, String reason, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        switch (decision == null ? "" : decision) {
            case "REGISTER" -> {
                caseFile.markAccepted(clock.today());
                caseFiles.changeStatus(caseFile, CaseStatus.UNDER_INVESTIGATION, actor, "立案调查");
                return true;
            }
            case "DISMISS" -> {
                String text = FormValues.writtenText(reason, "registrationReason", "不予立案的理由");
                caseFiles.close(caseFile, CaseStatus.DISMISSED, "NOT_REGISTERED", actor, "不予立案：" + text);
                return false;
            }
            default -> throw new InvalidInputException("registrationDecision", "请选择立案意见：立案调查或不予立案");
        }
    }

    /** What the two investigating officers found (REFERENCE.md 5.3: marriage and birth history, hukou, income). */
    public record Investigation(String outcome, String investigator1, String investigator2, String history,
                                String fatherHukouType, Object fatherIncome, String fatherIncomeEvidence,
                                String motherHukouType, Object motherIncome, String motherIncomeEvidence,
                                String closingReason) {
    }

    /** @return whether a fee is due (the case goes on to the bureau), or not (closed without collection) */
    public boolean investigated(String caseNumber, Investigation in, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if ("NO_FEE".equals(in.outcome())) {
            String text = FormValues.writtenText(in.closingReason(), "closingReason", "不予征收的理由");
            caseFiles.close(caseFile, CaseStatus.DISMISSED, "NO_FEE_DUE", actor, "调查终结，不予征收：" + text);
            return false;
        }
        if (!"FEE_DUE".equals(in.outcome())) {
            throw new InvalidInputException("investigationOutcome", "请选择调查结论：应当征收或不予征收");
        }
        Violations violations = new Violations();
        String first = FormValues.required(in.investigator1(), "investigator1", "第一调查人", 30, violations);
        String second = FormValues.required(in.investigator2(), "investigator2", "第二调查人", 30, violations);
        if (first != null && first.equals(second)) {
            violations.add("investigator2", "调查须由两名持执法证的工作人员进行，两名调查人不能相同");
        }
        String history = FormValues.writtenText(in.history(), "marriageBirthHistory", "婚姻和生育情况", violations);
        HukouCategory fatherHukou = FormValues.choice(HukouCategory.class, in.fatherHukouType(), "fatherHukouType",
                "请选择调查核实的男方户籍类别", violations);
        HukouCategory motherHukou = FormValues.choice(HukouCategory.class, in.motherHukouType(), "motherHukouType",
                "请选择调查核实的女方户籍类别", violations);
        BigDecimal fatherIncome = FeeInputs.money(in.fatherIncome(), "fatherIncome", "男方实际年收入", true, violations);
        BigDecimal motherIncome = FeeInputs.money(in.motherIncome(), "motherIncome", "女方实际年收入", true, violations);
        String fatherEvidence = evidence(fatherIncome, in.fatherIncomeEvidence(), "fatherIncomeEvidence", "男方", violations);
        String motherEvidence = evidence(motherIncome, in.motherIncomeEvidence(), "motherIncomeEvidence", "女方", violations);
        violations.throwIfAny();
        MaintenanceFeeCase details = records.details(caseNumber);
        details.recordInvestigation(first + "、" + second, history);
        FeeParent father = records.parent(caseFile, Parent.FATHER);
        FeeParent mother = records.parent(caseFile, Parent.MOTHER);
        father.recordInvestigation(fatherHukou, fatherIncome, fatherEvidence);
        mother.recordInvestigation(motherHukou, motherIncome, motherEvidence);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_FEE_ASSESSMENT, actor,
                "调查终结（调查人：" + first + "、" + second + "），报区局确定征收数额");
        return true;
    }

    private static String evidence(BigDecimal income, String evidence, String field, String who, Violations violations) {
        if (income == null) {
            return null;
        }
        return FormValues.writtenText(evidence, field, who + "收入证据（如工资单、纳税证明）", violations);
    }
}
