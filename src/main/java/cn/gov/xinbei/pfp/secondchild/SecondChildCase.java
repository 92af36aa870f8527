package cn.gov.xinbei.pfp.secondchild;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.secondchild.domain.ConditionCode;
import cn.gov.xinbei.pfp.secondchild.domain.DisabledChildAssessment;
import cn.gov.xinbei.pfp.secondchild.domain.EligibilityOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** What the second-child approval records beyond the common case file: the claim, the rule, the decision. */
@Entity
@Table(name = "second_child_case")
public class SecondChildCase extends AssignedIdEntity<String> {

    public enum Decision { APPROVED, REFUSED }

    @Id
    @Column(name = "case_id")
    private String caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "condition_code", nullable = false)
    private ConditionCode condition;
    @Column(name = "rule_version", nullable = false)
    private String ruleVersion;
    private String article;
    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_outcome", nullable = false)
    private EligibilityOutcome eligibilityOutcome;
    @Column(name = "eligibility_reason")
    private String eligibilityReason;
    @Column(name = "registered_facts", nullable = false)
    private String registeredFacts;
    @Column(name = "confirmed_rural")
    private Boolean confirmedRural;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisabledChildAssessment assessment;
    @Column(name = "assessment_started_on")
    private LocalDate assessmentStartedOn;
    @Column(name = "correction_requested", nullable = false)
    private boolean correctionRequested;
    @Column(name = "correction_items")
    private String correctionItems;
    @Column(name = "extension_granted", nullable = false)
    private boolean extensionGranted;
    @Column(name = "extension_reason")
    private String extensionReason;
    @Column(name = "paused_working_days", nullable = false)
    private int pausedWorkingDays;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "certificate_number")
    private String certificateNumber;
    @Column(name = "certificate_issued_on")
    private LocalDate certificateIssuedOn;

    protected SecondChildCase() {
    }

    public SecondChildCase(String caseId, ConditionCode condition, String registeredFacts,
                           DisabledChildAssessment assessment) {
        this.caseId = caseId;
        this.condition = condition;
        this.registeredFacts = registeredFacts;
        this.assessment = assessment;
    }

    void recordHukouProof(boolean rural) {
        this.confirmedRural = rural;
    }

    void startAssessment(LocalDate on) {
        this.assessmentStartedOn = on;
    }

    void recordAssessment(DisabledChildAssessment result) {
        this.assessment = result;
    }

    void recordEligibility(EligibilityOutcome outcome, String article, String reason, String ruleVersion) {
        this.eligibilityOutcome = outcome;
        this.article = article;
        this.eligibilityReason = reason;
        this.ruleVersion = ruleVersion;
    }

    void recordCorrectionRequest(String items) {
        this.correctionRequested = true;
        this.correctionItems = items;
    }

    void recordExtension(String reason) {
        this.extensionGranted = true;
        this.extensionReason = reason;
    }

    void addPausedWorkingDays(int days) {
        this.pausedWorkingDays += days;
    }

    void recordDecision(Decision decision, String reason, LocalDate on, String by) {
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    void assignCertificate(String number) {
        this.certificateNumber = number;
    }

    void recordCertificateIssued(LocalDate on) {
        this.certificateIssuedOn = on;
    }

    public String getCaseId() { return caseId; }
    public ConditionCode getCondition() { return condition; }
    public String getRuleVersion() { return ruleVersion; }
    public String getRegisteredFacts() { return registeredFacts; }
    public Boolean getConfirmedRural() { return confirmedRural; }
    public DisabledChildAssessment getAssessment() { return assessment; }
    public LocalDate getAssessmentStartedOn() { return assessmentStartedOn; }
    public String getArticle() { return article; }
    public EligibilityOutcome getEligibilityOutcome() { return eligibilityOutcome; }
    public String getEligibilityReason() { return eligibilityReason; }
    public boolean isCorrectionRequested() { return correctionRequested; }
    public String getCorrectionItems() { return correctionItems; }
    public boolean isExtensionGranted() { return extensionGranted; }
    public String getExtensionReason() { return extensionReason; }
    public int getPausedWorkingDays() { return pausedWorkingDays; }
    public Decision getDecision() { return decision; }
    public String getDecisionReason() { return decisionReason; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecidedBy() { return decidedBy; }
    public String getCertificateNumber() { return certificateNumber; }
    public LocalDate getCertificateIssuedOn() { return certificateIssuedOn; }

    @Override
    public String getId() {
        return caseId;
    }
}
