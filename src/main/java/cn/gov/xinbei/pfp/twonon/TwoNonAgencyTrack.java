package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.twonon.domain.Agency;
import cn.gov.xinbei.pfp.twonon.domain.AgencyTrack;
import cn.gov.xinbei.pfp.twonon.domain.TrackState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The record of one agency's track (two_non_agency): why it joined, and the state of its {@link AgencyTrack}, column by
 * column. The rules live in the domain object; {@link #track()} hands it out and {@link #record} stores it back.
 * Only changed columns are written, so parallel steps on the same row (a late closing, a payment) do not overwrite
 * each other's columns, as the former single-column updates did not either.
 */
@Entity
@Table(name = "two_non_agency")
@DynamicUpdate
public class TwoNonAgencyTrack extends AssignedIdEntity<String> {

    @Id
    private String id;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Column(nullable = false)
    private String agency;
    @Column(nullable = false)
    private String reason;
    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;
    @Column(name = "added_late", nullable = false)
    private boolean addedLate;

    private String findings;
    private String evidence;
    private String investigators;
    @Column(name = "evidence_preserved_on")
    private LocalDate evidencePreservedOn;
    @Column(name = "crime_suspected")
    private Boolean crimeSuspected;
    @Column(name = "penalty_proposed")
    private Boolean penaltyProposed;
    @Column(name = "illegal_income")
    private BigDecimal illegalIncome;
    @Column(name = "evidence_decided_on")
    private LocalDate evidenceDecidedOn;
    @Column(name = "evidence_decision")
    private String evidenceDecision;
    @Column(name = "referred_on")
    private LocalDate referredOn;
    @Column(name = "referral_number")
    private String referralNumber;
    @Column(name = "notice_served_on")
    private LocalDate noticeServedOn;
    @Column(name = "hearing_requested")
    private Boolean hearingRequested;
    @Column(name = "hearing_notified_on")
    private LocalDate hearingNotifiedOn;
    @Column(name = "hearing_held_on")
    private LocalDate hearingHeldOn;
    @Column(name = "hearing_summary")
    private String hearingSummary;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    private BigDecimal fine;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "served_on")
    private LocalDate servedOn;
    @Column(name = "payment_due_on")
    private LocalDate paymentDueOn;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "amount_paid")
    private BigDecimal amountPaid;
    @Column(name = "late_surcharge")
    private BigDecimal lateSurcharge;
    @Column(nullable = false)
    private boolean finished;
    private String summary;

    protected TwoNonAgencyTrack() {
    }

    TwoNonAgencyTrack(String caseId, Agency agency, String reason, LocalDate addedOn, boolean addedLate) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.agency = agency.slug();
        this.reason = reason;
        this.addedOn = addedOn;
        this.addedLate = addedLate;
    }

    public String getAgency() {
        return agency;
    }

    public String getSummary() {
        return summary;
    }

    /** The domain object of this track, in the state recorded. */
    public AgencyTrack track() {
        return new AgencyTrack(Agency.bySlug(agency).orElseThrow(() -> new IllegalStateException("unknown agency " + agency)),
                new TrackState(
                        findings == null ? null : new TrackState.Investigation(findings, evidence, investigators,
                                evidencePreservedOn, Boolean.TRUE.equals(crimeSuspected), Boolean.TRUE.equals(penaltyProposed),
                                illegalIncome),
                        evidenceDecidedOn == null ? null : new TrackState.EvidenceDecision(evidenceDecidedOn, evidenceDecision),
                        referredOn == null ? null : new TrackState.Referral(referredOn, referralNumber),
                        noticeServedOn, hearingRequested,
                        hearingHeldOn == null ? null : new TrackState.Hearing(hearingNotifiedOn, hearingHeldOn, hearingSummary),
                        decisionNumber == null ? null : new TrackState.PenaltyDecision(decidedOn, fine, decisionNumber),
                        servedOn == null ? null : new TrackState.DecisionService(servedOn, paymentDueOn),
                        paidOn == null ? null : new TrackState.Payment(paidOn, amountPaid, lateSurcharge),
                        finished, summary));
    }

    /** Stores the state of the track after one of its steps. */
    void record(AgencyTrack track) {
        if (!track.agency().slug().equals(agency)) {
            throw new IllegalArgumentException("the track of " + track.agency() + " is not the record of " + agency);
        }
        TrackState s = track.state();
        TrackState.Investigation i = s.investigation();
        findings = i == null ? null : i.findings();
        evidence = i == null ? null : i.evidence();
        investigators = i == null ? null : i.investigators();
        evidencePreservedOn = i == null ? null : i.evidencePreservedOn();
        crimeSuspected = i == null ? null : i.crimeSuspected();
        penaltyProposed = i == null ? null : i.penaltyProposed();
        illegalIncome = i == null ? null : i.illegalIncome();
        evidenceDecidedOn = s.evidenceDecision() == null ? null : s.evidenceDecision().decidedOn();
        evidenceDecision = s.evidenceDecision() == null ? null : s.evidenceDecision().decision();
        referredOn = s.referral() == null ? null : s.referral().referredOn();
        referralNumber = s.referral() == null ? null : s.referral().number();
        noticeServedOn = s.noticeServedOn();
        hearingRequested = s.hearingRequested();
        hearingNotifiedOn = s.hearing() == null ? null : s.hearing().notifiedOn();
        hearingHeldOn = s.hearing() == null ? null : s.hearing().heldOn();
        hearingSummary = s.hearing() == null ? null : s.hearing().summary();
        decidedOn = s.decision() == null ? null : s.decision().decidedOn();
        fine = s.decision() == null ? null : s.decision().fine();
        decisionNumber = s.decision() == null ? null : s.decision().number();
        servedOn = s.service() == null ? null : s.service().servedOn();
        paymentDueOn = s.service() == null ? null : s.service().paymentDueOn();
        paidOn = s.payment() == null ? null : s.payment().paidOn();
        amountPaid = s.payment() == null ? null : s.payment().amountPaid();
        lateSurcharge = s.payment() == null ? null : s.payment().lateSurcharge();
        finished = s.finished();
        summary = s.summary();
    }

    @Override
    public String getId() {
        return id;
    }
}
