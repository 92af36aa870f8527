package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Paying a confirmed entitlement: finance's transfer of the year's amount to the agent bank (one per entitlement and
 * year, alone or with the whole payout list) and the bank's credit to the person's account, which ends the case.
 */
@Service
@Transactional
public class AssistanceDisbursement {

    private final CaseFileService caseFiles;
    private final AssistanceCaseRecords records;
    private final AssistancePaymentRepository payments;
    private final WorkingDayCalendar calendar;
    private final AssistanceProcessProperties limits;
    private final EngineClock clock;

    public AssistanceDisbursement(CaseFileService caseFiles, AssistanceCaseRecords records,
                                  AssistancePaymentRepository payments, WorkingDayCalendar calendar,
                                  AssistanceProcessProperties limits, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.payments = payments;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
    }

    public record PaymentDue(int year, BigDecimal amount) {
    }

    /** The year and amount finance is to transfer for the case's entitlement, from the register. */
    @Transactional(readOnly = true)
    public PaymentDue paymentDue(String caseNumber) {
        EntitlementRecord entitlement = records.entitlementOf(caseNumber);
        return new PaymentDue(entitlement.getRateYear(), entitlement.yearlyAmount());
    }

    /**
     * Finance's transfer to the agent bank (SEED annex 3: 财政局 pays to the 委托发放机构). One transfer per entitlement
     * and year: a second one is refused, by this check and by the database's unique key.
     */
    public AssistancePayment recordTransfer(String caseNumber, String reference, LocalDate transferredOn, String actor) {
        EntitlementRecord entitlement = records.entitlementOf(caseNumber);
        AssistancePayment byList = payments.findByEntitlementIdAndPayYear(entitlement.getId(), entitlement.getRateYear())
                .filter(p -> p.getTransferId() != null).orElse(null);
        if (byList != null) {
            return acknowledgeListTransfer(caseNumber, byList, reference, actor);
        }
        Violations violations = new Violations();
        FormValues.required(reference, "transferReference", "拨付凭证号",
                AssistanceCaseRecords.MAX_REFERENCE_LENGTH, violations);
        if (transferredOn == null) {
            violations.add("transferredOn", "请填写拨付日期");
        } else if (transferredOn.isAfter(clock.today()) || transferredOn.isBefore(entitlement.getFromDate())) {
            violations.add("transferredOn", "拨付日期应在资格起始日期（" + entitlement.getFromDate() + "）与今天之间");
        }
        violations.throwIfAny();
        int year = entitlement.getRateYear();
        payments.findByEntitlementIdAndPayYear(entitlement.getId(), year).ifPresent(existing -> {
            throw new InvalidInputException("transferReference", "该对象" + year + "年度的扶助金已于"
                    + existing.getTransferredOn() + "登记拨付（凭证号" + existing.getTransferReference() + "），不能重复拨付");
        });
        AssistancePayment payment = new AssistancePayment(entitlement.getId(), year, entitlement.yearlyAmount(),
                reference.strip(), transferredOn, actor);
        try {
            payments.saveAndFlush(payment);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("transferReference", "该对象" + year + "年度的扶助金已登记拨付，不能重复拨付");
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFile.setDueOn(calendar.addWorkingDays(clock.today(), limits.creditWorkingDays()));
        caseFiles.changeStatus(caseFile, CaseStatus.TRANSFERRED_AWAITING_CREDIT, actor,
                "财政已于" + transferredOn + "拨付" + year + "年度扶助金" + payment.getAmount().toPlainString()
                        + "元至委托发放机构（凭证号" + reference.strip() + "）");
        return payment;
    }

    /**
     * The year's payment was made by a transfer of the whole payout list (AssistanceTransfers): the case's transfer
     * step is done with that transfer's reference; any other reference is a second transfer and refused.
     */
    private AssistancePayment acknowledgeListTransfer(String caseNumber, AssistancePayment payment, String reference,
                                                      String actor) {
        if (reference == null || !payment.getTransferReference().equals(reference.strip())) {
            throw new InvalidInputException("transferReference", "该对象" + payment.getPayYear() + "年度的扶助金已随发放名册于"
                    + payment.getTransferredOn() + "整批拨付（凭证号" + payment.getTransferReference() + "），不能重复拨付");
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFile.setDueOn(calendar.addWorkingDays(clock.today(), limits.creditWorkingDays()));
        caseFiles.changeStatus(caseFile, CaseStatus.TRANSFERRED_AWAITING_CREDIT, actor,
                "财政已于" + payment.getTransferredOn() + "随发放名册整批拨付" + payment.getPayYear() + "年度扶助金"
                        + payment.getAmount().toPlainString() + "元至委托发放机构（凭证号" + payment.getTransferReference() + "）");
        return payment;
    }

    /** The agent bank credited the person's account; the case is done. */
    public void recordCredit(String caseNumber, LocalDate creditedOn, String bankReference, String actor) {
        EntitlementRecord entitlement = records.entitlementOf(caseNumber);
        AssistancePayment payment = payments.findByEntitlementIdAndPayYear(entitlement.getId(), entitlement.getRateYear())
                .orElseThrow(() -> new InvalidInputException("creditedOn", "尚未登记财政拨付，不能登记入账"));
        Violations violations = new Violations();
        FormValues.required(bankReference, "bankReference", "发放机构入账流水号",
                AssistanceCaseRecords.MAX_REFERENCE_LENGTH, violations);
        if (creditedOn == null) {
            violations.add("creditedOn", "请填写入账日期");
        } else if (creditedOn.isAfter(clock.today()) || creditedOn.isBefore(payment.getTransferredOn())) {
            violations.add("creditedOn", "入账日期应在拨付日期（" + payment.getTransferredOn() + "）与今天之间");
        }
        if (payment.getCreditedOn() != null) {
            violations.add("creditedOn", "该笔扶助金已于" + payment.getCreditedOn() + "登记入账，不能重复登记");
        }
        violations.throwIfAny();
        payment.recordCredit(creditedOn, bankReference.strip(), actor);
        caseFiles.close(caseFiles.byNumber(caseNumber), CaseStatus.CLOSED, "CONFIRMED", actor,
                "委托发放机构已于" + creditedOn + "将" + payment.getAmount().toPlainString() + "元划入个人账户（流水号"
                        + bankReference.strip() + "）");
    }
}
