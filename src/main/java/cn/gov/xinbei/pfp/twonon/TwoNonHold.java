package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** A hold on second-child approvals for a woman named at a 两非 case's closing (two_non_hold), until lifted. */
@Entity
@Table(name = "two_non_hold")
public class TwoNonHold extends AssignedIdEntity<String> {

    @Id
    private String id;
    @Column(name = "id_number", nullable = false)
    private String idNumber;
    @Column(name = "case_number", nullable = false)
    private String caseNumber;
    @Column(name = "held_from", nullable = false)
    private LocalDate heldFrom;
    private String reason;
    @Column(name = "lifted_on")
    private LocalDate liftedOn;
    @Column(name = "lifted_by")
    private String liftedBy;
    @Column(name = "lift_reason")
    private String liftReason;

    protected TwoNonHold() {
    }

    TwoNonHold(String idNumber, String caseNumber, LocalDate heldFrom, String reason) {
        this.id = UUID.randomUUID().toString();
        this.idNumber = idNumber;
        this.caseNumber = caseNumber;
        this.heldFrom = heldFrom;
        this.reason = reason;
    }

    @Override

    public String getId() {
        return id;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public LocalDate getHeldFrom() {
        return heldFrom;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getLiftedOn() {
        return liftedOn;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public String getLiftReason() {
        return liftReason;
    }

    void lift(LocalDate on, String by, String why) {
        liftedOn = on;
        liftedBy = by;
        liftReason = why;
    }
}
