package cn.gov.xinbei.pfp.twonon.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an agency's track has recorded so far, step by step; a step not yet taken is null. The persistence layer
 * stores it column by column and gives it back to {@link AgencyTrack}.
 */
public record TrackState(Investigation investigation, EvidenceDecision evidenceDecision, Referral referral,
                         LocalDate noticeServedOn, Boolean hearingRequested, Hearing hearing, PenaltyDecision decision,
                         DecisionService service, Payment payment, boolean finished, String summary) {

    public static final TrackState EMPTY = new TrackState(null, null, null, null, null, null, null, null, null, false, null);

    public TrackState withInvestigation(Investigation value) {
        return new TrackState(value, evidenceDecision, referral, noticeServedOn, hearingRequested, hearing, decision,
                service, payment, finished, summary);
    }

    public TrackState withEvidenceDecision(EvidenceDecision value) {
        return new TrackState(investigation, value, referral, noticeServedOn, hearingRequested, hearing, decision,
                service, payment, finished, summary);
    }

    public TrackState withReferral(Referral value) {
        return new TrackState(investigation, evidenceDecision, value, noticeServedOn, hearingRequested, hearing, decision,
                service, payment, finished, summary);
    }

    public TrackState withNoticeServedOn(LocalDate value) {
        return new TrackState(investigation, evidenceDecision, referral, value, hearingRequested, hearing, decision,
                service, payment, finished, summary);
    }

    public TrackState withHearingRequested(Boolean value) {
        return new TrackState(investigation, evidenceDecision, referral, noticeServedOn, value, hearing, decision,
                service, payment, finished, summary);
    }

    public TrackState withHearing(Hearing value) {
        return new TrackState(investigation, evidenceDecision, referral, noticeServedOn, hearingRequested, value, decision,
                service, payment, finished, summary);
    }

    public TrackState withDecision(PenaltyDecision value) {
        return new TrackState(investigation, evidenceDecision, referral, noticeServedOn, hearingRequested, hearing, value,
                service, payment, finished, summary);
    }

    public TrackState withService(DecisionService value) {
        return new TrackState(investigation, evidenceDecision, referral, noticeServedOn, hearingRequested, hearing,
                decision, value, payment, finished, summary);
    }

    /** The payment ends the track. */
    public TrackState withPayment(Payment value) {
        return new TrackState(investigation, evidenceDecision, referral, noticeServedOn, hearingRequested, hearing,
                decision, service, value, true, summary);
    }

    /** The track at the case's closing: finished, with its summary line. */
    public TrackState closed(String summaryLine) {
        return new TrackState(investigation, evidenceDecision, referral, noticeServedOn, hearingRequested, hearing,
                decision, service, payment, true, summaryLine);
    }

    /** 调查取证: the facts found and the routing answers (crime suspected, penalty proposed). */
    public record Investigation(String findings, String evidence, String investigators, LocalDate evidencePreservedOn,
                                boolean crimeSuspected, boolean penaltyProposed, BigDecimal illegalIncome) {
    }

    /** 登记保存证据处理决定. */
    public record EvidenceDecision(LocalDate decidedOn, String decision) {
    }

    /** 移送公安机关, with the transfer document's number. */
    public record Referral(LocalDate referredOn, String number) {
    }

    /** 听证: when the party was told of it, when it was held, what it found. */
    public record Hearing(LocalDate notifiedOn, LocalDate heldOn, String summary) {
    }

    /** 处罚决定. */
    public record PenaltyDecision(LocalDate decidedOn, BigDecimal fine, String number) {
    }

    /** 送达处罚决定书, and the payment deadline it starts. */
    public record DecisionService(LocalDate servedOn, LocalDate paymentDueOn) {
    }

    /** 罚款缴纳, with the late surcharge included in the amount. */
    public record Payment(LocalDate paidOn, BigDecimal amountPaid, BigDecimal lateSurcharge) {
    }
}
