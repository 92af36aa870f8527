package cn.gov.xinbei.pfp.birthregistration;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.birthregistration.domain.BirthTiming;
import cn.gov.xinbei.pfp.birthregistration.domain.TownBasis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** What a birth registration records beyond the common case file: the child, the place, the documents, the outcome. */
@Entity
@Table(name = "birth_registration_case")
public class BirthRegistrationCase extends AssignedIdEntity<String> {

    public enum Decision { REGISTERED, REFUSED }

    @Id
    @Column(name = "case_id")
    private String caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "town_basis", nullable = false)
    private TownBasis townBasis;
    @Column(name = "town_basis_address", nullable = false)
    private String townBasisAddress;
    @Column(name = "marriage_date", nullable = false)
    private LocalDate marriageDate;
    @Column(name = "birth_order", nullable = false)
    private int birthOrder;
    @Enumerated(EnumType.STRING)
    @Column(name = "birth_timing", nullable = false)
    private BirthTiming birthTiming;
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;
    @Column(name = "identity_seen", nullable = false)
    private boolean identitySeen;
    @Column(name = "marriage_certificate_seen", nullable = false)
    private boolean marriageCertificateSeen;
    @Column(name = "commitment_given", nullable = false)
    private boolean commitmentGiven;
    @Column(name = "commitment_items")
    private String commitmentItems;
    @Column(name = "contact_phone", nullable = false)
    private String contactPhone;
    @Column(nullable = false)
    private String article;
    @Column(name = "rule_reason", nullable = false)
    private String ruleReason;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    @Column(name = "refusal_reasons")
    private String refusalReasons;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "certificate_number", unique = true)
    private String certificateNumber;
    @Column(name = "refusal_notice")
    private String refusalNotice;

    protected BirthRegistrationCase() {
    }

    public BirthRegistrationCase(String caseId, TownBasis townBasis, String townBasisAddress, LocalDate marriageDate,
                                 int birthOrder, BirthTiming birthTiming, LocalDate birthDate, boolean identitySeen,
                                 boolean marriageCertificateSeen, boolean commitmentGiven, String commitmentItems,
                                 String contactPhone, String article, String ruleReason) {
        this.caseId = caseId;
        this.townBasis = townBasis;
        this.townBasisAddress = townBasisAddress;
        this.marriageDate = marriageDate;
        this.birthOrder = birthOrder;
        this.birthTiming = birthTiming;
        this.birthDate = birthDate;
        this.identitySeen = identitySeen;
        this.marriageCertificateSeen = marriageCertificateSeen;
        this.commitmentGiven = commitmentGiven;
        this.commitmentItems = commitmentItems;
        this.contactPhone = contactPhone;
        this.article = article;
        this.ruleReason = ruleReason;
    }

    void recordDecision(Decision decision, String refusalReasons, LocalDate on, String by) {
        this.decision = decision;
        this.refusalReasons = refusalReasons;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    void assignCertificate(String number) {
        this.certificateNumber = number;
    }

    void recordRefusalNotice(String notice) {
        this.refusalNotice = notice;
    }

    public String getCaseId() { return caseId; }
    public TownBasis getTownBasis() { return townBasis; }
    public String getTownBasisAddress() { return townBasisAddress; }
    public LocalDate getMarriageDate() { return marriageDate; }
    public int getBirthOrder() { return birthOrder; }
    public BirthTiming getBirthTiming() { return birthTiming; }
    public LocalDate getBirthDate() { return birthDate; }
    public boolean isIdentitySeen() { return identitySeen; }
    public boolean isMarriageCertificateSeen() { return marriageCertificateSeen; }
    public boolean isCommitmentGiven() { return commitmentGiven; }
    public String getCommitmentItems() { return commitmentItems; }
    public String getContactPhone() { return contactPhone; }
    public String getArticle() { return article; }
    public String getRuleReason() { return ruleReason; }
    public Decision getDecision() { return decision; }
    public String getRefusalReasons() { return refusalReasons; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecidedBy() { return decidedBy; }
    public String getCertificateNumber() { return certificateNumber; }
    public String getRefusalNotice() { return refusalNotice; }

    @Override
    public String getId() {
        return caseId;
    }
}
