package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One year's payment on an entitlement: finance's transfer to the agent bank, then the bank's credit to the person. */
@Entity
@Table(name = "assistance_payment")
public class AssistancePayment extends AssignedIdEntity<String> {

    @Id
    private String id;
    @Column(name = "entitlement_id", nullable = false)
    private String entitlementId;
    @Column(name = "pay_year", nullable = false)
    private int payYear;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;
    @Column(name = "transfer_reference", nullable = false)
    private String transferReference;
    @Column(name = "transferred_on", nullable = false)
    private LocalDate transferredOn;
    @Column(name = "transfer_recorded_by")
    private String transferRecordedBy;
    @Column(name = "credited_on")
    private LocalDate creditedOn;
    @Column(name = "bank_reference")
    private String bankReference;
    @Column(name = "credit_recorded_by")
    private String creditRecordedBy;
    /** The list transfer this payment was part of (V11__assistance_bank.sql), null for a transfer per case. */
    @Column(name = "transfer_id")
    private String transferId;

    protected AssistancePayment() {
    }

    AssistancePayment(String entitlementId, int payYear, BigDecimal amount, String transferReference,
                      LocalDate transferredOn, String recordedBy) {
        this.id = UUID.randomUUID().toString();
        this.entitlementId = entitlementId;
        this.payYear = payYear;
        this.amount = amount;
        this.transferReference = transferReference;
        this.transferredOn = transferredOn;
        this.transferRecordedBy = recordedBy;
    }

    void recordCredit(LocalDate on, String bankReference, String by) {
        this.creditedOn = on;
        this.bankReference = bankReference;
        this.creditRecordedBy = by;
    }

    @Override

    public String getId() { return id; }
    public String getEntitlementId() { return entitlementId; }
    public int getPayYear() { return payYear; }
    public BigDecimal getAmount() { return amount; }
    public String getTransferReference() { return transferReference; }
    public LocalDate getTransferredOn() { return transferredOn; }
    public LocalDate getCreditedOn() { return creditedOn; }
    public String getBankReference() { return bankReference; }
    public String getTransferId() { return transferId; }
}
