package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType;
import cn.gov.xinbei.pfp.assistance.domain.BankAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** What an assistance case records beyond the common case file: the scheme, the facts, what was confirmed, the decision. */
@Entity
@Table(name = "assistance_case")
public class AssistanceCase extends AssignedIdEntity<String> {

    public enum Decision { CONFIRMED, REFUSED }

    @Id
    @Column(name = "case_id")
    private String caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssistanceScheme scheme;
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_type")
    private AssistanceSubType subType;
    @Column(nullable = false)
    private String village;
    @Column(name = "rule_version", nullable = false)
    private String ruleVersion;
    private String article;
    @Column(name = "eligibility_outcome", nullable = false)
    private String eligibilityOutcome;
    @Column(name = "eligibility_reason")
    private String eligibilityReason;
    @Column(name = "registered_facts", nullable = false)
    private String registeredFacts;
    @Column(name = "confirmed_applicant_hukou")
    private String confirmedApplicantHukou;
    @Column(name = "confirmed_spouse_hukou")
    private String confirmedSpouseHukou;
    @Column(name = "hukou_certificate_number")
    private String hukouCertificateNumber;
    @Column(name = "death_certificate_number")
    private String deathCertificateNumber;
    @Column(name = "child_status_proven")
    private Boolean childStatusProven;
    @Column(name = "hr_confirmation")
    private String hrConfirmation;
    @Column(name = "hr_confirmed_retirement")
    private LocalDate hrConfirmedRetirement;
    @Column(name = "village_objections", nullable = false)
    private int villageObjections;
    @Column(name = "town_objections", nullable = false)
    private int townObjections;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decided_by")
    private String decidedBy;
    /** Code of the agent bank (V11__assistance_bank.sql); null for cases registered before the intake took it. */
    @Column(name = "agent_bank")
    private String agentBank;
    /** Full account number: for the register and the agent bank only, never shown unmasked in a list or a log. */
    @Column(name = "bank_account")
    private String bankAccount;

    protected AssistanceCase() {
    }

    AssistanceCase(String caseId, AssistanceScheme scheme, String village, String registeredFacts) {
        this.caseId = caseId;
        this.scheme = scheme;
        this.village = village;
        this.registeredFacts = registeredFacts;
    }

    void recordEligibility(AssistanceEligibility eligibility) {
        this.eligibilityOutcome = eligibility.outcome();
        this.article = eligibility.article();
        this.eligibilityReason = eligibility.reason();
        this.ruleVersion = eligibility.ruleVersion();
        this.subType = eligibility.subType();
    }

    void recordBankAccount(BankAccount account) {
        this.agentBank = account.bank().code();
        this.bankAccount = account.number();
    }

    void recordPoliceCheck(String applicantHukou, String spouseHukou, String hukouCertificate, String deathCertificate) {
        this.confirmedApplicantHukou = applicantHukou;
        this.confirmedSpouseHukou = spouseHukou;
        this.hukouCertificateNumber = hukouCertificate;
        this.deathCertificateNumber = deathCertificate;
        if (deathCertificate != null) {
            this.childStatusProven = true;
        }
    }

    void recordDisabilityProof() {
        this.childStatusProven = true;
    }

    void recordHrCheck(String confirmation, LocalDate retirement) {
        this.hrConfirmation = confirmation;
        this.hrConfirmedRetirement = retirement;
    }

    void countObjection(boolean village) {
        if (village) {
            villageObjections++;
        } else {
            townObjections++;
        }
    }

    void recordDecision(Decision decision, String reason, LocalDate on, String by) {
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    public String getCaseId() { return caseId; }
    public AssistanceScheme getScheme() { return scheme; }
    public AssistanceSubType getSubType() { return subType; }
    public String getVillage() { return village; }
    public String getRuleVersion() { return ruleVersion; }
    public String getArticle() { return article; }
    public String getEligibilityOutcome() { return eligibilityOutcome; }
    public String getEligibilityReason() { return eligibilityReason; }
    public String getRegisteredFacts() { return registeredFacts; }
    public String getConfirmedApplicantHukou() { return confirmedApplicantHukou; }
    public String getConfirmedSpouseHukou() { return confirmedSpouseHukou; }
    public String getHukouCertificateNumber() { return hukouCertificateNumber; }
    public String getDeathCertificateNumber() { return deathCertificateNumber; }
    public Boolean getChildStatusProven() { return childStatusProven; }
    public String getHrConfirmation() { return hrConfirmation; }
    public LocalDate getHrConfirmedRetirement() { return hrConfirmedRetirement; }
    public int getVillageObjections() { return villageObjections; }
    public int getTownObjections() { return townObjections; }
    public Decision getDecision() { return decision; }
    public String getDecisionReason() { return decisionReason; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecidedBy() { return decidedBy; }
    public String getAgentBank() { return agentBank; }
    public String getBankAccount() { return bankAccount; }

    @Override
    public String getId() {
        return caseId;
    }
}
