package cn.gov.xinbei.pfp.migrantcertificate;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.migrantcertificate.domain.Destination;
import cn.gov.xinbei.pfp.migrantcertificate.domain.MaritalStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * What an application for the 《流动人口婚育证明》 records beyond the common case file (the woman and her husband are
 * its parties): the contents art. 7 of the 条例 puts on the certificate, where she goes, the documents seen, what the
 * case file said at the decision, and the outcome (number and validity, or the written refusal).
 */
@Entity
@Table(name = "migrant_certificate_case")
public class MigrantCertificateCase extends AssignedIdEntity<String> {

    public enum Decision { ISSUED, REFUSED }

    @Id
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "hukou_address", nullable = false)
    private String hukouAddress;
    @Enumerated(EnumType.STRING)
    @Column(name = "marital_status", nullable = false)
    private MaritalStatus maritalStatus;
    @Column(name = "marriage_date")
    private LocalDate marriageDate;
    @Column(name = "children_count", nullable = false)
    private int childrenCount;
    private String contraception;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Destination destination;
    @Column(name = "destination_address", nullable = false)
    private String destinationAddress;
    @Column(name = "departure_date", nullable = false)
    private LocalDate departureDate;
    @Column(name = "identity_seen", nullable = false)
    private boolean identitySeen;
    @Column(name = "marriage_certificate_seen", nullable = false)
    private boolean marriageCertificateSeen;
    @Column(name = "contact_phone", nullable = false)
    private String contactPhone;
    @Column(name = "case_file_facts")
    private String caseFileFacts;
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
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "refusal_notice")
    private String refusalNotice;

    protected MigrantCertificateCase() {
    }

    public MigrantCertificateCase(String caseId, String hukouAddress, MaritalStatus maritalStatus,
                                  LocalDate marriageDate, int childrenCount, String contraception,
                                  Destination destination, String destinationAddress, LocalDate departureDate,
                                  boolean identitySeen, boolean marriageCertificateSeen, String contactPhone,
                                  String caseFileFacts) {
        this.caseId = caseId;
        this.hukouAddress = hukouAddress;
        this.maritalStatus = maritalStatus;
        this.marriageDate = marriageDate;
        this.childrenCount = childrenCount;
        this.contraception = contraception;
        this.destination = destination;
        this.destinationAddress = destinationAddress;
        this.departureDate = departureDate;
        this.identitySeen = identitySeen;
        this.marriageCertificateSeen = marriageCertificateSeen;
        this.contactPhone = contactPhone;
        this.caseFileFacts = caseFileFacts;
    }

    void recordDecision(Decision decision, String refusalReasons, LocalDate on, String by) {
        this.decision = decision;
        this.refusalReasons = refusalReasons;
        this.decidedOn = on;
        this.decidedBy = by;
    }

    void assignCertificate(String number, LocalDate validUntil) {
        this.certificateNumber = number;
        this.validUntil = validUntil;
    }

    void recordCaseFileFacts(String facts) {
        this.caseFileFacts = facts;
    }

    void recordRefusalNotice(String notice) {
        this.refusalNotice = notice;
    }

    public String getCaseId() { return caseId; }
    public String getHukouAddress() { return hukouAddress; }
    public MaritalStatus getMaritalStatus() { return maritalStatus; }
    public LocalDate getMarriageDate() { return marriageDate; }
    public int getChildrenCount() { return childrenCount; }
    public String getContraception() { return contraception; }
    public Destination getDestination() { return destination; }
    public String getDestinationAddress() { return destinationAddress; }
    public LocalDate getDepartureDate() { return departureDate; }
    public boolean isIdentitySeen() { return identitySeen; }
    public boolean isMarriageCertificateSeen() { return marriageCertificateSeen; }
    public String getContactPhone() { return contactPhone; }
    public String getCaseFileFacts() { return caseFileFacts; }
    public Decision getDecision() { return decision; }
    public String getRefusalReasons() { return refusalReasons; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecidedBy() { return decidedBy; }
    public String getCertificateNumber() { return certificateNumber; }
    public LocalDate getValidUntil() { return validUntil; }
    public String getRefusalNotice() { return refusalNotice; }

    @Override
    public String getId() {
        return caseId;
    }
}
