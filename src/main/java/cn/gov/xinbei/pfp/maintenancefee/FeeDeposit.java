package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.maintenancefee.domain.Parent;
import cn.gov.xinbei.pfp.maintenancefee.domain.Payment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment as the finance liaison confirmed it: deposited into the state treasury (357号令 art. 10), with the
 * receipt number. Nothing else counts as paid.
 */
@Entity
@Table(name = "maintenance_fee_payment")
public class FeeDeposit extends AssignedIdEntity<String> {

    @Id
    private String id;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Parent parent;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(name = "deposited_on", nullable = false)
    private LocalDate depositedOn;
    @Column(name = "treasury_receipt_number", nullable = false)
    private String treasuryReceiptNumber;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FeeDeposit() {
    }

    FeeDeposit(String caseId, Parent parent, BigDecimal amount, LocalDate depositedOn, String receipt,
               String confirmedBy, Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.parent = parent;
        this.amount = amount;
        this.depositedOn = depositedOn;
        this.treasuryReceiptNumber = receipt;
        this.confirmedBy = confirmedBy;
        this.recordedAt = recordedAt;
    }

    Payment toPayment() {
        return new Payment(depositedOn, amount);
    }

    @Override

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public Parent getParent() { return parent; }
    public BigDecimal getAmount() { return amount; }
    public LocalDate getDepositedOn() { return depositedOn; }
    public String getTreasuryReceiptNumber() { return treasuryReceiptNumber; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
