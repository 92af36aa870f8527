package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeDeadlines;
import cn.gov.xinbei.pfp.maintenancefee.domain.LateFeeAssessment;
import cn.gov.xinbei.pfp.maintenancefee.domain.LateFeeCalculator;
import cn.gov.xinbei.pfp.maintenancefee.domain.Parent;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Collection of a decided fee: instalments (357号令 art. 6), deposits into the state treasury as the finance liaison
 * confirms them (arts. 6, 10), and what each parent still owes on a day, late fee included.
 */
@Service
@Transactional
public class FeeCollection {

    private final CaseFileService caseFiles;
    private final FeeCaseRecords records;
    private final FeeDepositRepository deposits;
    private final WorkingDayCalendar calendar;
    private final LateFeeCalculator lateFees;
    private final MaintenanceFeeProperties properties;
    private final EngineClock clock;

    public FeeCollection(CaseFileService caseFiles, FeeCaseRecords records, FeeDepositRepository deposits,
                         WorkingDayCalendar calendar, LateFeeCalculator lateFees,
                         MaintenanceFeeProperties properties, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.deposits = deposits;
        this.calendar = calendar;
        this.lateFees = lateFees;
        this.properties = properties;
        this.clock = clock;
    }

    /** A written instalment application, within 30 days of receiving the decision (357号令 art. 6). */
    public LocalDate instalmentApplied(String caseNumber, LocalDate appliedOn, String reason, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        List<FeeParent> decided = records.decided(caseFile);
        LocalDate firstServed = decided.stream().map(FeeParent::getServedOn).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate lastDay = decided.stream().map(FeeParent::getInstalmentApplicationDue).max(Comparator.naturalOrder()).orElseThrow();
        FeeInputs.between(appliedOn, "instalmentAppliedOn", "分期缴纳申请日期", firstServed, "决定书送达日期", clock.today());
        if (appliedOn.isAfter(lastDay)) {
            throw new InvalidInputException("instalmentAppliedOn", "分期缴纳应在收到决定书之日起30日内（" + lastDay
                    + "前）书面申请（《社会抚养费征收管理办法》第六条），本申请已逾期");
        }
        String text = FormValues.writtenText(reason, "instalmentReason", "申请理由及困难证明");
        records.details(caseNumber).recordInstalmentApplication(appliedOn, text);
        LocalDate decisionDue = calendar.addCalendarDays(appliedOn, FeeDeadlines.INSTALMENT_APPLICATION_DAYS);
        caseFile.setDueOn(decisionDue);
        caseFiles.recordStep(caseFile.getId(), actor, "INSTALMENT_APPLIED", "Task_InstalmentApplication",
                "分期缴纳申请", appliedOn + "申请分期缴纳：" + text + "；应于" + decisionDue + "前书面答复", null);
        return decisionDue;
    }

    /** @return the deadline from which late fees now run: the last instalment's, or the decision's */
    public LocalDate instalmentDecided(String caseNumber, Boolean approved, LocalDate until, String reason, String actor) {
        if (approved == null) {
            throw new InvalidInputException("instalmentApproved", "请选择是否准予分期缴纳");
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        LocalDate originalDue = records.decided(caseFile).stream().map(FeeParent::getPaymentDue)
                .max(Comparator.naturalOrder()).orElseThrow();
        Violations violations = new Violations();
        String text = FormValues.writtenText(reason, "instalmentDecisionReason", "审批意见", violations);
        if (approved) {
            if (until == null) {
                violations.add("instalmentUntil", "请填写分期缴纳的最后期限");
            } else if (!until.isAfter(originalDue)) {
                violations.add("instalmentUntil", "分期缴纳的最后期限应晚于原缴款期限（" + originalDue + "）");
            } else if (until.isAfter(originalDue.plusMonths(properties.maxInstalmentMonths()))) {
                violations.add("instalmentUntil", "分期缴纳的最后期限不能晚于原缴款期限后" + properties.maxInstalmentMonths()
                        + "个月（" + originalDue.plusMonths(properties.maxInstalmentMonths()) + "）");
            }
        }
        violations.throwIfAny();
        records.details(caseNumber).recordInstalmentDecision(approved, approved ? until : null);
        LocalDate due = approved ? until : originalDue;
        caseFile.setDueOn(due);
        caseFiles.changeStatus(caseFile, approved ? CaseStatus.INSTALMENTS_GRANTED : CaseStatus.AWAITING_PAYMENT, actor,
                (approved ? "准予分期缴纳，最后期限" + until : "不准予分期缴纳，仍按原期限" + originalDue + "缴纳") + "：" + text);
        return due;
    }

    /**
     * A deposit into the state treasury, as confirmed by the finance liaison (357号令 arts. 6, 10). Refused without
     * the confirmation and receipt, before the decision was served on that parent, or above what the parent owes.
     *
     * @return whether the whole case is now paid
     */
    public boolean depositRecorded(String caseNumber, String payer, Object amountValue, LocalDate depositedOn,
                                   String receipt, Boolean treasuryConfirmed, String actor) {
        if (!Boolean.TRUE.equals(treasuryConfirmed)) {
            throw new InvalidInputException("treasuryConfirmed", "款项须经财政联络员核实已缴入国库后方可登记"
                    + "（《社会抚养费征收管理办法》第十条：社会抚养费全部上缴国库）");
        }
        Violations violations = new Violations();
        Parent parent = FormValues.choice(Parent.class, payer, "payer", "请选择缴款人：男方或女方", violations);
        BigDecimal amount = FeeInputs.money(amountValue, "depositAmount", "缴款金额", false, violations);
        String receiptNumber = FormValues.required(receipt, "treasuryReceiptNumber", "国库缴款书（社会抚养费收据）编号", 40, violations);
        if (depositedOn == null) {
            violations.add("depositedOn", "请填写缴款日期");
        }
        violations.throwIfAny();
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        FeeParent p = records.parent(caseFile, parent);
        if (p.getServedOn() == null) {
            throw new InvalidInputException("payer", p.getParent().label() + "的征收决定书尚未送达，决定未生效，不能登记缴款");
        }
        FeeInputs.between(depositedOn, "depositedOn", "缴款日期", p.getServedOn(), "决定书送达日期", clock.today());
        if (deposits.existsByTreasuryReceiptNumber(receiptNumber)) {
            throw new InvalidInputException("treasuryReceiptNumber", "国库缴款书编号" + receiptNumber + "已登记过，不能重复登记");
        }
        MaintenanceFeeCase details = records.details(caseNumber);
        Owed owed = owed(details, p, deposits.findByCaseIdOrderByDepositedOn(caseFile.getId()), depositedOn);
        if (amount.compareTo(owed.total()) > 0) {
            throw new InvalidInputException("depositAmount", "缴款金额" + amount.toPlainString() + "元超过" + p.getParent().label()
                    + "截至" + depositedOn + "尚欠的" + owed.total().toPlainString() + "元（其中滞纳金"
                    + owed.lateFee().toPlainString() + "元）");
        }
        deposits.save(new FeeDeposit(caseFile.getId(), parent, amount, depositedOn, receiptNumber, actor, clock.now()));
        caseFiles.recordStep(caseFile.getId(), actor, "DEPOSIT", "Task_RecordDeposit", "缴入国库",
                p.getParent().label() + depositedOn + "缴入国库" + amount.toPlainString() + "元（缴款书" + receiptNumber + "）",
                null);
        return fullyPaid(caseNumber);
    }

    public record Owed(BigDecimal principal, BigDecimal lateFee, BigDecimal paid, BigDecimal total) {
    }

    /** What a parent owes on a day: the fee, the late fee run up to that day, less what was deposited by then. */
    Owed owed(MaintenanceFeeCase details, FeeParent p, List<FeeDeposit> all, LocalDate asOf) {
        BigDecimal principal = p.getFee();
        List<Payment> toPrincipal = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal remaining = principal;
        for (FeeDeposit d : all) {
            if (d.getParent() != p.getParent() || d.getDepositedOn().isAfter(asOf)) {
                continue;
            }
            paid = paid.add(d.getAmount());
            BigDecimal part = d.getAmount().min(remaining);
            if (part.signum() > 0) {
                toPrincipal.add(new Payment(d.getDepositedOn(), part));
                remaining = remaining.subtract(part);
            }
        }
        LocalDate deadline = details.effectiveDeadline(p);
        BigDecimal late = asOf.isAfter(deadline)
                ? lateFees.calculate(principal, deadline, toPrincipal, asOf).lateFee() : BigDecimal.ZERO;
        return new Owed(principal, late, paid, principal.add(late).subtract(paid));
    }

    /**
     * What a parent owes on {@code asOf}, with the late fee explained line by line (for the 催告书): the principal, the
     * deposits up to that day, the late fee from the day after the deadline capped at the principal (行政强制法 art. 45).
     */
    public record Arrears(FeeParent parent, LocalDate deadline, LocalDate asOf, BigDecimal paid,
                          BigDecimal unpaidPrincipal, BigDecimal lateFee, BigDecimal total, boolean capped,
                          List<String> lateFeeLines) {
    }

    @Transactional(readOnly = true)
    public Arrears arrears(String caseNumber, FeeParent p, LocalDate asOf) {
        MaintenanceFeeCase details = records.details(caseNumber);
        List<FeeDeposit> all = deposits.findByCaseIdOrderByDepositedOn(p.getCaseId());
        Owed owed = owed(details, p, all, asOf);
        LocalDate deadline = details.effectiveDeadline(p);
        BigDecimal unpaidPrincipal = p.getFee();
        List<Payment> toPrincipal = new ArrayList<>();
        for (FeeDeposit d : all) {
            if (d.getParent() == p.getParent() && !d.getDepositedOn().isAfter(asOf) && unpaidPrincipal.signum() > 0) {
                BigDecimal part = d.getAmount().min(unpaidPrincipal);
                toPrincipal.add(new Payment(d.getDepositedOn(), part));
                unpaidPrincipal = unpaidPrincipal.subtract(part);
            }
        }
        List<String> lines = List.of();
        boolean capped = false;
        if (asOf.isAfter(deadline)) {
            LateFeeAssessment late = lateFees.calculate(p.getFee(), deadline, toPrincipal, asOf);
            lines = late.lines();
            capped = late.capped();
        }
        return new Arrears(p, deadline, asOf, owed.paid(), unpaidPrincipal, owed.lateFee(), owed.total(), capped, lines);
    }

    @Transactional(readOnly = true)
    public boolean fullyPaid(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = records.details(caseNumber);
        List<FeeDeposit> all = deposits.findByCaseIdOrderByDepositedOn(caseFile.getId());
        LocalDate today = clock.today();
        return records.decided(caseFile).stream().allMatch(p -> p.getServedOn() != null
                && owed(details, p, all, today).total().signum() <= 0);
    }

    public void closePaid(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFiles.close(caseFile, CaseStatus.PAID, "PAID", null, "社会抚养费（含滞纳金）已全部缴入国库，案件办结");
    }
}
