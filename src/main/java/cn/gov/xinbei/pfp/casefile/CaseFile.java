package cn.gov.xinbei.pfp.casefile;

import jakarta.persistence.CascadeType;
import cn.gov.xinbei.pfp.calendar.RecentPeriods;
import cn.gov.xinbei.pfp.calendar.domain.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The case record: what lists and searches need, kept in the project's own tables and linked to the process
 * instance by the case number, which is also the process business key.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    private String id;
    @Column(name = "case_number", nullable = false, unique = true)
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "case_kind", nullable = false)
    private CaseKind kind;
    @Column(name = "town_slug", nullable = false)
    private String townSlug;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(nullable = false)
    private String title;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;
    @Column(name = "accepted_on")
    private LocalDate acceptedOn;
    @Column(name = "due_on")
    private LocalDate dueOn;
    /** What due_on was counted from ({@link Period#text()}), so a changed holiday arrangement can count it again. */
    @Column(name = "due_basis")
    private String dueBasis;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    private String outcome;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    /** Null until first stored, so Spring Data persists a new case file (the id is assigned here) instead of merging
     *  a copy: the instance the caller holds stays the managed one, and later changes to it are saved. */
    @Version
    private Integer version;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role")
    private List<CaseParty> parties = new ArrayList<>();

    protected CaseFile() {
    }

    public CaseFile(String caseNumber, CaseKind kind, String townSlug, String title, LocalDate appliedOn,
                    String createdBy, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.caseNumber = caseNumber;
        this.kind = kind;
        this.townSlug = townSlug;
        this.title = title;
        this.appliedOn = appliedOn;
        this.createdBy = createdBy;
        this.status = CaseStatus.REGISTERED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void addParty(CaseParty party) {
        party.attachTo(this);
        parties.add(party);
    }

    public void moveTo(CaseStatus newStatus, Instant now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    public void close(CaseStatus finalStatus, String outcome, LocalDate closedOn, Instant now) {
        moveTo(finalStatus, now);
        this.outcome = outcome;
        this.closedOn = closedOn;
    }

    public void linkProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void markAccepted(LocalDate acceptedOn) {
        this.acceptedOn = acceptedOn;
    }

    /** The case's current legal deadline; what it was counted from is taken from the calendar's last count. */
    public void setDueOn(LocalDate dueOn) {
        Period previous = dueBasis().orElse(null);
        LocalDate previousDue = this.dueOn;
        this.dueOn = dueOn;
        this.dueBasis = RecentPeriods.basisOf(dueOn).map(p -> p.continuing(previous, previousDue))
                .map(Period::text).orElse(null);
    }

    /** The same period counted again on a changed holiday arrangement. */
    public void recalculateDue(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Optional<Period> dueBasis() {
        return Period.parse(dueBasis);
    }

    public String getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public CaseKind getKind() { return kind; }
    public String getTownSlug() { return townSlug; }
    public CaseStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public String getProcessInstanceId() { return processInstanceId; }
    public LocalDate getAppliedOn() { return appliedOn; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public String getOutcome() { return outcome; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<CaseParty> getParties() { return List.copyOf(parties); }
}
