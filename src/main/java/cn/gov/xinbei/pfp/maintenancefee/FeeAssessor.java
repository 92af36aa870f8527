package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.maintenancefee.domain.ChosenMultiple;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeAssessment;
import cn.gov.xinbei.pfp.maintenancefee.domain.MissingIncomeBaseException;
import cn.gov.xinbei.pfp.maintenancefee.domain.Parent;
import cn.gov.xinbei.pfp.maintenancefee.domain.ParentFeeInput;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.shared.configuration.MissingFigure;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The amount of a fee case: the bureau's choice of multiple (and top-ups), the calculation with the pure
 * {@code FeeCalculator} on the facts and choices of the case record, and the base figures it still needs.
 */
@Service
@Transactional
public class FeeAssessor {

    static final String DECIDING_GROUP = Organization.group(Organization.BUREAU, Organization.CLERK);

    private final CaseFileService caseFiles;
    private final FeeCaseRecords records;
    private final FeeParentRepository parents;
    private final IncomeBases incomeBases;
    private final EngineClock clock;

    public FeeAssessor(CaseFileService caseFiles, FeeCaseRecords records, FeeParentRepository parents,
                       IncomeBases incomeBases, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.parents = parents;
        this.incomeBases = incomeBases;
        this.clock = clock;
    }

    /** The bureau's choices: the multiple within the legal range and, for high incomes, the top-up multiple. */
    public record Choice(Object multiple, String multipleReason, Object fatherTopUp, String fatherTopUpReason,
                         Object motherTopUp, String motherTopUpReason) {
    }

    /**
     * The bureau clerk chooses the multiple (and top-ups) with reasons. Only the bureau decides (357号令 art. 4), so
     * any other group is refused even if it got hold of the task. The calculation is run to check the choice against
     * the law and the configured base figures; nothing is stored unless it succeeds.
     */
    public FeeAssessment chooseMultiple(String caseNumber, Choice choice, String actor, Collection<String> actorGroups) {
        if (actorGroups != null && !actorGroups.contains(DECIDING_GROUP)) {
            throw new InvalidInputException("multiple", "只有区人口计生局经办人可以确定征收倍数");
        }
        Violations violations = new Violations();
        BigDecimal multiple = FeeInputs.money(choice.multiple(), "multiple", "征收倍数", true, violations);
        BigDecimal fatherTopUp = FeeInputs.money(choice.fatherTopUp(), "father.topUpMultiple", "男方超出部分的征收倍数", true, violations);
        BigDecimal motherTopUp = FeeInputs.money(choice.motherTopUp(), "mother.topUpMultiple", "女方超出部分的征收倍数", true, violations);
        violations.throwIfAny();
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = records.details(caseNumber);
        String reason = FormValues.blankToNull(choice.multipleReason());
        details.chooseMultiple(multiple, reason, actor);
        records.parent(caseFile, Parent.FATHER).chooseTopUp(fatherTopUp, FormValues.blankToNull(choice.fatherTopUpReason()));
        records.parent(caseFile, Parent.MOTHER).chooseTopUp(motherTopUp, FormValues.blankToNull(choice.motherTopUpReason()));
        FeeAssessment assessment = assess(caseFile, details);
        caseFiles.recordStep(caseFile.getId(), actor, "MULTIPLE_CHOSEN", "Task_ChooseMultiple", "确定征收倍数",
                "征收倍数" + (multiple == null ? details.getSituation().rangeText() : multiple.stripTrailingZeros().toPlainString() + "倍")
                        + (reason == null ? "" : "，理由：" + reason), null);
        return assessment;
    }

    /** The calculation service task: the fee of each parent from the facts and choices on the case record. */
    public FeeAssessment calculate(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = records.details(caseNumber);
        FeeAssessment assessment = assess(caseFile, details);
        for (FeeParent p : parents.findByCaseIdOrderByParent(caseFile.getId())) {
            p.recordAssessment(assessment.parent(p.getParent()));
        }
        details.recordAssessment(assessment.total(), String.join("\n", assessment.lines()), clock.today());
        caseFiles.recordStep(caseFile.getId(), null, "FEE_CALCULATED", "ServiceTask_CalculateFee", "计算征收数额",
                "应征收社会抚养费合计" + assessment.total().toPlainString() + "元", null);
        return assessment;
    }


    /** The assessment as the case record now gives it, computed again without writing anything. */
    @Transactional(readOnly = true)
    public FeeAssessment currentAssessment(String caseNumber) {
        return assess(caseFiles.byNumber(caseNumber), records.details(caseNumber));
    }

    /** The calculation on the case record as it stands (in the caller's transaction, so with its unsaved changes). */
    public FeeAssessment assess(CaseFile caseFile, MaintenanceFeeCase details) {
        List<ParentFeeInput> inputs = parents.findByCaseIdOrderByParent(caseFile.getId()).stream()
                .map(p -> new ParentFeeInput(p.getParent(), p.getFullName(), p.getHukouCategory(), p.getAreaCode(),
                        p.getActualIncome(),
                        details.getMultiple() == null ? null : new ChosenMultiple(details.getMultiple(), details.getMultipleReason()),
                        p.getTopUpMultiple() == null ? null : new ChosenMultiple(p.getTopUpMultiple(), p.getTopUpReason())))
                .toList();
        // A base figure not configured is a configuration gap (MissingIncomeBaseException), not an input error: the
        // process checks the bases first (missingBases) and waits for them; elsewhere it is answered as such.
        return incomeBases.calculator().assessCase(details.getSituation(), details.getChildBirthDate(), inputs);
    }

    /**
     * The base figures the case's parents need (year before the birth; the urban base of their city or county, the
     * rural base of their township) that are configured neither on the desk nor in income-base.yml. Throws nothing,
     * so the engine's transaction is not marked; a parent whose category or area is not recorded yet is skipped.
     */
    @Transactional(readOnly = true)
    public List<MissingFigure> missingBases(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = records.details(caseNumber);
        var table = incomeBases.table();
        List<MissingFigure> missing = new ArrayList<>();
        for (FeeParent p : parents.findByCaseIdOrderByParent(caseFile.getId())) {
            if (p.getHukouCategory() == null || p.getAreaCode() == null || details.getChildBirthDate() == null) {
                continue;
            }
            try {
                table.baseFor(p.getHukouCategory(), p.getAreaCode(), details.getChildBirthDate());
            } catch (MissingIncomeBaseException e) {
                if (missing.stream().noneMatch(m -> m.equals(e.figure()))) {
                    missing.add(e.figure());
                }
            } catch (IllegalArgumentException e) {
                // an unknown area is an input problem, reported by the calculation as before
            }
        }
        return missing;
    }
}
