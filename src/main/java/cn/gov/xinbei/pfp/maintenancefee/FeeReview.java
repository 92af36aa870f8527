package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeAssessment;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 复议 and 诉讼 against a fee decision, as the bureau records their outcome: upheld, changed (the fee is calculated
 * again with the new multiple) or quashed (the case ends).
 */
@Service
@Transactional
public class FeeReview {

    private final CaseFileService caseFiles;
    private final FeeCaseRecords records;
    private final FeeAssessor assessor;
    private final EngineClock clock;

    public FeeReview(CaseFileService caseFiles, FeeCaseRecords records, FeeAssessor assessor, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.assessor = assessor;
        this.clock = clock;
    }

    /** A 复议 or court decision on the fee decision, recorded by the bureau; a change is checked by recalculating. */
    public MaintenanceFeeCase.ReviewOutcome reviewRecorded(String caseNumber, String body, String outcome,
                                                           LocalDate decidedOn, String number, Object newMultiple,
                                                           String reason, String actor) {
        MaintenanceFeeCase details = records.details(caseNumber);
        Violations violations = new Violations();
        MaintenanceFeeCase.ReviewOutcome result = FormValues.choice(MaintenanceFeeCase.ReviewOutcome.class, outcome,
                "reviewOutcome", "请选择复议或诉讼结果：维持、变更或撤销", violations);
        String bodyText = FormValues.required(body, "reviewBody", "复议机关或人民法院", 100, violations);
        String numberText = FormValues.required(number, "reviewDecisionNumber", "复议决定书或判决书文号", 64, violations);
        String reasonText = FormValues.writtenText(reason, "reviewReason", "决定要旨", violations);
        BigDecimal multiple = FeeInputs.money(newMultiple, "reviewMultiple", "变更后的征收倍数", true, violations);
        if (result == MaintenanceFeeCase.ReviewOutcome.CHANGED && multiple == null && !details.getSituation().isFixed()) {
            violations.add("reviewMultiple", "变更征收决定的，请填写变更后的征收倍数");
        }
        violations.throwIfAny();
        FeeInputs.between(decidedOn, "reviewDecidedOn", "复议或判决日期", details.getDecidedOn(), "征收决定日期", clock.today());
        details.recordReview(bodyText, result, decidedOn, numberText, reasonText);
        if (result == MaintenanceFeeCase.ReviewOutcome.CHANGED && multiple != null) {
            details.chooseMultiple(multiple, bodyText + numberText + "变更：" + reasonText, actor);
            assessor.assess(caseFiles.byNumber(caseNumber), details); // refuse a multiple the law does not allow, now
        }
        caseFiles.recordStep(caseFiles.byNumber(caseNumber).getId(), actor, "REVIEW", "Task_RecordReview", "复议、诉讼结果",
                bodyText + numberText + "：" + switch (result) {
                    case UPHELD -> "维持";
                    case CHANGED -> "变更";
                    case QUASHED -> "撤销";
                } + "。" + reasonText, null);
        return result;
    }

    /** Applies a recorded change: the fee is recalculated and stays owed as changed. */
    public FeeAssessment applyChange(String caseNumber) {
        return assessor.calculate(caseNumber);
    }

    public void closeQuashed(String caseNumber) {
        MaintenanceFeeCase details = records.details(caseNumber);
        caseFiles.close(caseFiles.byNumber(caseNumber), CaseStatus.QUASHED, "QUASHED", null,
                details.getReviewBody() + details.getReviewDecisionNumber() + "撤销征收决定，案件终结：" + details.getReviewReason());
    }
}
