package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeDeadlines;
import cn.gov.xinbei.pfp.maintenancefee.domain.LateFeeAssessment;
import cn.gov.xinbei.pfp.maintenancefee.domain.LateFeeCalculator;
import cn.gov.xinbei.pfp.maintenancefee.domain.Payment;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A fee not paid in time: the late fee (357号令 art. 8), the 催告书 and the application to the court for enforcement
 * within the periods of 行政强制法 arts. 53, 54; the court's ruling closes the case.
 */
@Service
@Transactional
public class FeeEnforcement {

    private final CaseFileService caseFiles;
    private final FeeCaseRecords records;
    private final FeeDepositRepository deposits;
    private final LateFeeCalculator lateFees;
    private final FeeDeadlines deadlines;
    private final EngineClock clock;

    public FeeEnforcement(CaseFileService caseFiles, FeeCaseRecords records, FeeDepositRepository deposits,
                          LateFeeCalculator lateFees, FeeDeadlines deadlines, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.deposits = deposits;
        this.lateFees = lateFees;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public List<String> assessLateFee(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = records.details(caseNumber);
        List<FeeDeposit> all = deposits.findByCaseIdOrderByDepositedOn(caseFile.getId());
        LocalDate today = clock.today();
        List<String> lines = new ArrayList<>();
        for (FeeParent p : records.decided(caseFile)) {
            List<Payment> toPrincipal = new ArrayList<>();
            BigDecimal remaining = p.getFee();
            for (FeeDeposit d : all) {
                if (d.getParent() == p.getParent() && remaining.signum() > 0) {
                    BigDecimal part = d.getAmount().min(remaining);
                    toPrincipal.add(new Payment(d.getDepositedOn(), part));
                    remaining = remaining.subtract(part);
                }
            }
            LocalDate deadline = details.effectiveDeadline(p);
            if (!today.isAfter(deadline)) {
                continue;
            }
            LateFeeAssessment late = lateFees.calculate(p.getFee(), deadline, toPrincipal, today);
            p.recordLateFee(late.lateFee());
            lines.add(p.getParent().label() + p.getFullName() + "（" + p.getDecisionNumber() + "）：");
            lines.addAll(late.lines());
        }
        String text = String.join("\n", lines);
        details.recordLateFee(text.length() > 4000 ? text.substring(0, 4000) : text);
        caseFiles.changeStatus(caseFile, CaseStatus.OVERDUE, null, "缴款期限届满仍未缴清，依法加收滞纳金并书面催告");
        return lines;
    }

    /**
     * The 催告书 was served: the court may be asked once it has run ten working days and the remedy periods have
     * expired (行政强制法 arts. 53, 54), within the window of art. 53.
     *
     * @return the first day the bureau may apply to the court
     */
    public LocalDate reminderServed(String caseNumber, LocalDate servedOn, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = records.details(caseNumber);
        List<FeeParent> decided = records.decided(caseFile);
        LocalDate deadline = decided.stream().map(details::effectiveDeadline).max(Comparator.naturalOrder()).orElseThrow();
        FeeInputs.between(servedOn, "reminderServedOn", "催告书送达日期", deadline.plusDays(1), "缴款期限届满次日", clock.today());
        LocalDate earliest = null;
        for (FeeParent p : decided) {
            Optional<LocalDate> day = deadlines.earliestCourtApplication(deadlines.scheduleFor(p.getServedOn()), servedOn);
            if (day.isEmpty()) {
                throw new InvalidInputException("reminderServedOn", "催告书" + servedOn + "送达后满10个工作日时，"
                        + p.getParent().label() + "申请强制执行的期限（至" + p.getEnforcementCloses() + "）已过");
            }
            earliest = earliest == null || day.get().isAfter(earliest) ? day.get() : earliest;
        }
        details.recordReminder(servedOn, earliest);
        caseFile.setDueOn(earliest);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_COURT, actor, "《催告书》于" + servedOn + "送达；"
                + "仍不履行的，自" + earliest + "起可申请人民法院强制执行");
        return earliest;
    }

    /** The application to the court and its ruling; closes the case. @return whether the court ordered enforcement */
    public boolean courtDecided(String caseNumber, LocalDate appliedOn, String ruling, String rulingNumber, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = records.details(caseNumber);
        Violations violations = new Violations();
        if (!"ENFORCE".equals(ruling) && !"NOT_ENFORCE".equals(ruling)) {
            violations.add("courtRuling", "请选择法院裁定：准予强制执行或不准予强制执行");
        }
        String number = FormValues.required(rulingNumber, "courtRulingNumber", "法院裁定书文号", 64, violations);
        violations.throwIfAny();
        FeeInputs.between(appliedOn, "courtAppliedOn", "申请强制执行日期", details.getCourtEarliestOn(),
                "催告满10个工作日且复议、诉讼期限届满之日", clock.today());
        LocalDate windowCloses = records.decided(caseFile).stream().map(FeeParent::getEnforcementCloses)
                .min(Comparator.naturalOrder()).orElseThrow();
        if (appliedOn.isAfter(windowCloses)) {
            throw new InvalidInputException("courtAppliedOn", "申请强制执行应在" + windowCloses
                    + "前提出（《中华人民共和国行政强制法》第五十三条），已超过期限");
        }
        details.recordCourt(appliedOn, ruling, number);
        boolean enforce = "ENFORCE".equals(ruling);
        caseFiles.close(caseFile, enforce ? CaseStatus.ENFORCED : CaseStatus.CLOSED,
                enforce ? "ENFORCED" : "ENFORCEMENT_REFUSED", actor, appliedOn + "申请人民法院强制执行，法院"
                        + (enforce ? "裁定准予强制执行（" : "裁定不准予强制执行（") + number + "）");
        return enforce;
    }
}
