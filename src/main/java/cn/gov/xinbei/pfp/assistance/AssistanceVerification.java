package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the departments confirm before the bureau decides: the police's proofs of hukou and of a child's death, the
 * HR bureau's retirement facts, and the eligibility evaluated again on these confirmed facts.
 */
@Service
@Transactional
public class AssistanceVerification {

    static final Set<String> CONFIRMED_HUKOU = Set.of("AGRICULTURAL", "RURAL_RESIDENT", "URBAN");

    private final CaseFileService caseFiles;
    private final AssistanceCaseRecords records;
    private final AssistanceEligibilityService eligibilityService;
    private final WorkingDayCalendar calendar;
    private final AssistanceProcessProperties limits;
    private final EngineClock clock;

    public AssistanceVerification(CaseFileService caseFiles, AssistanceCaseRecords records,
                                  AssistanceEligibilityService eligibilityService, WorkingDayCalendar calendar,
                                  AssistanceProcessProperties limits, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.eligibilityService = eligibilityService;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
    }

    public boolean needsPolice(String caseNumber) {
        AssistanceCase details = records.details(caseNumber);
        return details.getScheme() == AssistanceScheme.RURAL_AWARD
                || details.getScheme() == AssistanceScheme.SPECIAL_SUPPORT && "DIED".equals(records.facts(details).get("childStatus"));
    }

    public boolean needsHr(String caseNumber) {
        return records.details(caseNumber).getScheme() == AssistanceScheme.RETIREE_ONE_OFF_AWARD;
    }

    /**
     * The police liaison's proofs (SEED annex 3): the 户口性质证明 of applicant and spouse for 奖扶, the child's 死亡证明
     * for 特扶. They replace what the application declared.
     */
    public void policeChecked(String caseNumber, String applicantHukou, String spouseHukou, String hukouCertificate,
                              String deathCertificate, String actor) {
        AssistanceCase details = records.details(caseNumber);
        Map<String, Object> facts = records.facts(details);
        Violations violations = new Violations();
        boolean hukou = details.getScheme() == AssistanceScheme.RURAL_AWARD;
        boolean spouse = hukou && !"NO_SPOUSE".equals(facts.get("spouseHukou"));
        boolean death = details.getScheme() == AssistanceScheme.SPECIAL_SUPPORT && "DIED".equals(facts.get("childStatus"));
        if (hukou) {
            hukouChoice(violations, applicantHukou, "confirmedApplicantHukou", "派出所证明的申请人户口性质");
            if (spouse) {
                hukouChoice(violations, spouseHukou, "confirmedSpouseHukou", "派出所证明的配偶户口性质");
            }
            FormValues.required(hukouCertificate, "hukouCertificateNumber", "户口性质证明编号",
                    AssistanceCaseRecords.MAX_REFERENCE_LENGTH, violations);
        }
        if (death) {
            FormValues.required(deathCertificate, "deathCertificateNumber", "独生子女死亡证明编号",
                    AssistanceCaseRecords.MAX_REFERENCE_LENGTH, violations);
        }
        violations.throwIfAny();
        details.recordPoliceCheck(hukou ? applicantHukou : null, spouse ? spouseHukou : null,
                hukou ? hukouCertificate.strip() : null, death ? deathCertificate.strip() : null);
        StringBuilder detail = new StringBuilder("派出所核实：");
        if (hukou) {
            detail.append("申请人").append(hukouLabel(applicantHukou));
            if (spouse) {
                detail.append("，配偶").append(hukouLabel(spouseHukou));
            }
            detail.append("（户口性质证明").append(hukouCertificate.strip()).append("）");
        }
        if (death) {
            detail.append("独生子女死亡证明").append(deathCertificate.strip());
        }
        caseFiles.recordStep(caseFiles.byNumber(caseNumber).getId(), actor, "CONFIRMED", "policeCheck", "派出所核实",
                detail.toString(), null);
    }

    /** The HR liaison confirms (or contradicts) the retirement facts of the one-off award. */
    public void hrChecked(String caseNumber, String confirmation, LocalDate retirementDate, String actor) {
        Violations violations = new Violations();
        if (!"CONFIRMED".equals(confirmation) && !"REJECTED".equals(confirmation)) {
            violations.add("hrConfirmation", "请选择人社部门核实结果");
        }
        if ("CONFIRMED".equals(confirmation) && retirementDate == null) {
            violations.add("hrRetirementDate", "请填写人社部门核实的退休日期");
        }
        if (retirementDate != null && retirementDate.isAfter(clock.today())) {
            violations.add("hrRetirementDate", "退休日期不能晚于今天");
        }
        violations.throwIfAny();
        records.details(caseNumber).recordHrCheck(confirmation, retirementDate);
        caseFiles.recordStep(caseFiles.byNumber(caseNumber).getId(), actor, "CONFIRMED", "hrCheck", "人社部门核实",
                "CONFIRMED".equals(confirmation) ? "人社部门确认退休情况，退休日期" + retirementDate
                        : "人社部门核实的退休情况与申报不符", null);
    }

    /**
     * Evaluates eligibility again on the confirmed facts: the registered facts with the police's and the HR bureau's
     * findings in place of what was declared. Everything comes from the case record, never from form variables.
     */
    public AssistanceEligibility reevaluate(String caseNumber) {
        AssistanceCase details = records.details(caseNumber);
        Map<String, Object> facts = new LinkedHashMap<>(records.facts(details));
        if (details.getConfirmedApplicantHukou() != null) {
            facts.put("applicantHukou", details.getConfirmedApplicantHukou());
        }
        if (details.getConfirmedSpouseHukou() != null) {
            facts.put("spouseHukou", details.getConfirmedSpouseHukou());
        }
        if (details.getChildStatusProven() != null) {
            facts.put("childStatusProven", details.getChildStatusProven());
        }
        if (details.getHrConfirmation() != null) {
            facts.put("hrConfirmation", details.getHrConfirmation());
        }
        if (details.getHrConfirmedRetirement() != null) {
            facts.put("retirementDate", details.getHrConfirmedRetirement().toString());
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        AssistanceEligibility eligibility = eligibilityService.evaluate(details.getScheme(), caseFile.getAppliedOn(), facts);
        details.recordEligibility(eligibility);
        if (eligibility.eligible()) {
            caseFile.setDueOn(calendar.addWorkingDays(clock.today(), limits.bureauConfirmationWorkingDays()));
            caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_DECISION, null,
                    "按核实情况复核：" + eligibility.label() + "，报区人口计生局审核确认");
        } else {
            details.recordDecision(AssistanceCase.Decision.REFUSED,
                    "按核实情况复核不符合条件：" + eligibility.reason(), clock.today(), null);
        }
        return eligibility;
    }

    public boolean eligible(String caseNumber) {
        return AssistanceEligibility.ELIGIBLE.equals(records.details(caseNumber).getEligibilityOutcome());
    }

    private static void hukouChoice(Violations violations, String value, String field, String label) {
        if (value == null || !CONFIRMED_HUKOU.contains(value)) {
            violations.add(field, "请选择" + label);
        }
    }

    static String hukouLabel(String hukou) {
        return switch (hukou) {
            case "AGRICULTURAL" -> "农业户口";
            case "RURAL_RESIDENT" -> "界定为农村居民户口";
            case "URBAN" -> "非农业（城镇居民）户口";
            default -> hukou;
        };
    }
}
