package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.assistance.domain.ChangeReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A request to stop an entitlement from a date (变更), and the bureau's answer; or a new bank account at the agent bank,
 * confirmed as the town registers it (the number itself is in the register, not here).
 */
@Entity
@Table(name = "assistance_change")
public class AssistanceChange extends AssignedIdEntity<String> {

    public enum Status { PENDING, CONFIRMED, REJECTED }

    @Id
    private String id;
    @Column(name = "entitlement_id", nullable = false)
    private String entitlementId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeReason reason;
    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;
    @Column(nullable = false)
    private String evidence;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "pending_key")
    private String pendingKey;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decision_reason")
    private String decisionReason;

    protected AssistanceChange() {
    }

    AssistanceChange(String entitlementId, ChangeReason reason, LocalDate effectiveDate, String evidence,
                     String requestedBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.entitlementId = entitlementId;
        this.reason = reason;
        this.effectiveDate = effectiveDate;
        this.evidence = evidence;
        this.status = Status.PENDING;
        this.pendingKey = entitlementId;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    void decide(boolean confirmed, String reason, LocalDate on, String by) {
        this.status = confirmed ? Status.CONFIRMED : Status.REJECTED;
        this.pendingKey = null;
        this.decisionReason = reason;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    @Override

    public String getId() { return id; }
    public String getEntitlementId() { return entitlementId; }
    public ChangeReason getReason() { return reason; }
    public LocalDate getEffectiveDate() { return effectiveDate; }
    public String getEvidence() { return evidence; }
    public Status getStatus() { return status; }
    public String getDecisionReason() { return decisionReason; }
}
