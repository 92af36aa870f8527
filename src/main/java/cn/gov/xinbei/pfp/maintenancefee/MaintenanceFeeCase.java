package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeSituation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a 社会抚养费 case records beyond the common case file: the reported facts, the investigation, the bureau's
 * choice of multiple and the assessment read out to the person, and each later step. The parents' own figures,
 * decisions and deadlines are in {@link FeeParent}; deposits in {@link FeeDeposit}.
 */
@Entity
@Table(name = "maintenance_fee_case")
public class MaintenanceFeeCase extends AssignedIdEntity<String> {

    public enum ReportSource { POLICE_REPORT, REPORT, INSPECTION }

    public enum ReviewOutcome { UPHELD, CHANGED, QUASHED }

    @Id
    @Column(name = "case_id")
    private String caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "report_source", nullable = false)
    private ReportSource reportSource;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeeSituation situation;
    @Column(name = "situation_text", nullable = false)
    private String situationText;
    @Column(name = "child_name")
    private String childName;
    @Column(name = "child_birth_date", nullable = false)
    private LocalDate childBirthDate;
    @Column(name = "child_id_number", nullable = false)
    private String childIdNumber;
    private String investigators;
    @Column(name = "marriage_birth_history")
    private String marriageBirthHistory;
    private BigDecimal multiple;
    @Column(name = "multiple_reason")
    private String multipleReason;
    @Column(name = "multiple_chosen_by")
    private String multipleChosenBy;
    @Column(name = "total_fee")
    private BigDecimal totalFee;
    @Column(name = "assessment_lines")
    private String assessmentLines;
    @Column(name = "calculated_on")
    private LocalDate calculatedOn;
    @Column(name = "notice_served_on")
    private LocalDate noticeServedOn;
    @Column(name = "statement_until")
    private LocalDate statementUntil;
    @Column(name = "statement_made")
    private Boolean statementMade;
    @Column(name = "statement_accepted")
    private Boolean statementAccepted;
    @Column(name = "statement_summary")
    private String statementSummary;
    @Column(name = "hearing_offered")
    private Boolean hearingOffered;
    @Column(name = "hearing_request_until")
    private LocalDate hearingRequestUntil;
    @Column(name = "hearing_requested")
    private Boolean hearingRequested;
    @Column(name = "hearing_requested_on")
    private LocalDate hearingRequestedOn;
    @Column(name = "hearing_notified_on")
    private LocalDate hearingNotifiedOn;
    @Column(name = "hearing_held_on")
    private LocalDate hearingHeldOn;
    @Column(name = "hearing_officer")
    private String hearingOfficer;
    @Column(name = "hearing_record")
    private String hearingRecord;
    @Column(name = "hearing_changed")
    private Boolean hearingChanged;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "instalment_applied_on")
    private LocalDate instalmentAppliedOn;
    @Column(name = "instalment_reason")
    private String instalmentReason;
    @Column(name = "instalment_approved")
    private Boolean instalmentApproved;
    @Column(name = "instalment_until")
    private LocalDate instalmentUntil;
    @Column(name = "late_fee_lines")
    private String lateFeeLines;
    @Column(name = "reminder_served_on")
    private LocalDate reminderServedOn;
    @Column(name = "court_earliest_on")
    private LocalDate courtEarliestOn;
    @Column(name = "court_applied_on")
    private LocalDate courtAppliedOn;
    @Column(name = "court_ruling")
    private String courtRuling;
    @Column(name = "court_ruling_number")
    private String courtRulingNumber;
    @Column(name = "review_body")
    private String reviewBody;
    @Enumerated(EnumType.STRING)
    @Column(name = "review_outcome")
    private ReviewOutcome reviewOutcome;
    @Column(name = "review_decided_on")
    private LocalDate reviewDecidedOn;
    @Column(name = "review_decision_number")
    private String reviewDecisionNumber;
    @Column(name = "review_reason")
    private String reviewReason;

    protected MaintenanceFeeCase() {
    }

    MaintenanceFeeCase(String caseId, ReportSource reportSource, FeeSituation situation, String situationText,
                       String childName, LocalDate childBirthDate, String childIdNumber) {
        this.caseId = caseId;
        this.reportSource = reportSource;
        this.situation = situation;
        this.situationText = situationText;
        this.childName = childName;
        this.childBirthDate = childBirthDate;
        this.childIdNumber = childIdNumber;
    }

    void recordInvestigation(String investigators, String history) {
        this.investigators = investigators;
        this.marriageBirthHistory = history;
    }

    void chooseMultiple(BigDecimal multiple, String reason, String by) {
        this.multiple = multiple;
        this.multipleReason = reason;
        this.multipleChosenBy = by;
    }

    void recordAssessment(BigDecimal total, String lines, LocalDate on) {
        this.totalFee = total;
        this.assessmentLines = lines;
        this.calculatedOn = on;
    }

    /** A new prior notice: the statement and any hearing of an earlier notice no longer count. */
    void recordNotice(LocalDate servedOn, LocalDate until, boolean offersHearing, LocalDate hearingRequestUntil) {
        this.noticeServedOn = servedOn;
        this.statementUntil = until;
        this.statementMade = null;
        this.statementAccepted = null;
        this.statementSummary = null;
        this.hearingOffered = offersHearing;
        this.hearingRequestUntil = hearingRequestUntil;
        this.hearingRequested = null;
        this.hearingRequestedOn = null;
        this.hearingNotifiedOn = null;
        this.hearingHeldOn = null;
        this.hearingOfficer = null;
        this.hearingRecord = null;
        this.hearingChanged = null;
    }

    void recordStatement(boolean made, boolean accepted, String summary) {
        this.statementMade = made;
        this.statementAccepted = accepted;
        this.statementSummary = summary;
    }

    void recordHearingRequest(boolean requested, LocalDate requestedOn) {
        this.hearingRequested = requested;
        this.hearingRequestedOn = requestedOn;
    }

    void recordHearing(LocalDate notifiedOn, LocalDate heldOn, String officer, String record, boolean changed) {
        this.hearingNotifiedOn = notifiedOn;
        this.hearingHeldOn = heldOn;
        this.hearingOfficer = officer;
        this.hearingRecord = record;
        this.hearingChanged = changed;
    }

    /** A hearing was asked for in time and the statement did not already lead to a new assessment. */
    public boolean hearingDue() {
        return Boolean.TRUE.equals(hearingRequested) && !Boolean.TRUE.equals(statementAccepted);
    }

    void recordDecision(LocalDate on) {
        this.decidedOn = on;
    }

    void recordInstalmentApplication(LocalDate on, String reason) {
        this.instalmentAppliedOn = on;
        this.instalmentReason = reason;
    }

    void recordInstalmentDecision(boolean approved, LocalDate until) {
        this.instalmentApproved = approved;
        this.instalmentUntil = until;
    }

    void recordLateFee(String lines) {
        this.lateFeeLines = lines;
    }

    void recordReminder(LocalDate servedOn, LocalDate courtEarliest) {
        this.reminderServedOn = servedOn;
        this.courtEarliestOn = courtEarliest;
    }

    void recordCourt(LocalDate appliedOn, String ruling, String rulingNumber) {
        this.courtAppliedOn = appliedOn;
        this.courtRuling = ruling;
        this.courtRulingNumber = rulingNumber;
    }

    void recordReview(String body, ReviewOutcome outcome, LocalDate on, String number, String reason) {
        this.reviewBody = body;
        this.reviewOutcome = outcome;
        this.reviewDecidedOn = on;
        this.reviewDecisionNumber = number;
        this.reviewReason = reason;
    }

    /** The deadline late fees run from: the one of the decision, or the later one granted for instalments. */
    LocalDate effectiveDeadline(FeeParent parent) {
        return Boolean.TRUE.equals(instalmentApproved) ? instalmentUntil : parent.getPaymentDue();
    }

    public String getCaseId() { return caseId; }
    public ReportSource getReportSource() { return reportSource; }
    public FeeSituation getSituation() { return situation; }
    public String getSituationText() { return situationText; }
    public String getChildName() { return childName; }
    public LocalDate getChildBirthDate() { return childBirthDate; }
    public String getChildIdNumber() { return childIdNumber; }
    public String getInvestigators() { return investigators; }
    public String getMarriageBirthHistory() { return marriageBirthHistory; }
    public BigDecimal getMultiple() { return multiple; }
    public String getMultipleReason() { return multipleReason; }
    public String getMultipleChosenBy() { return multipleChosenBy; }
    public BigDecimal getTotalFee() { return totalFee; }
    public String getAssessmentLines() { return assessmentLines; }
    public LocalDate getCalculatedOn() { return calculatedOn; }
    public LocalDate getNoticeServedOn() { return noticeServedOn; }
    public LocalDate getStatementUntil() { return statementUntil; }
    public Boolean getStatementMade() { return statementMade; }
    public Boolean getStatementAccepted() { return statementAccepted; }
    public String getStatementSummary() { return statementSummary; }
    public Boolean getHearingOffered() { return hearingOffered; }
    public LocalDate getHearingRequestUntil() { return hearingRequestUntil; }
    public Boolean getHearingRequested() { return hearingRequested; }
    public LocalDate getHearingRequestedOn() { return hearingRequestedOn; }
    public LocalDate getHearingNotifiedOn() { return hearingNotifiedOn; }
    public LocalDate getHearingHeldOn() { return hearingHeldOn; }
    public String getHearingOfficer() { return hearingOfficer; }
    public String getHearingRecord() { return hearingRecord; }
    public Boolean getHearingChanged() { return hearingChanged; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public LocalDate getInstalmentAppliedOn() { return instalmentAppliedOn; }
    public String getInstalmentReason() { return instalmentReason; }
    public Boolean getInstalmentApproved() { return instalmentApproved; }
    public LocalDate getInstalmentUntil() { return instalmentUntil; }
    public String getLateFeeLines() { return lateFeeLines; }
    public LocalDate getReminderServedOn() { return reminderServedOn; }
    public LocalDate getCourtEarliestOn() { return courtEarliestOn; }
    public LocalDate getCourtAppliedOn() { return courtAppliedOn; }
    public String getCourtRuling() { return courtRuling; }
    public String getCourtRulingNumber() { return courtRulingNumber; }
    public String getReviewBody() { return reviewBody; }
    public ReviewOutcome getReviewOutcome() { return reviewOutcome; }
    public LocalDate getReviewDecidedOn() { return reviewDecidedOn; }
    public String getReviewDecisionNumber() { return reviewDecisionNumber; }
    public String getReviewReason() { return reviewReason; }

    @Override
    public String getId() {
        return caseId;
    }
}
