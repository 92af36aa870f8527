package cn.gov.xinbei.pfp.migrantarrival;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A migrant woman registered at her town of residence (条例 art. 8): where she comes from and lives, her certificate
 * (issuing place, number) or none, the services she was told of, and for a missing certificate the period to present
 * it and the town's follow-up (presented late, or notified to obtain one within the months of art. 23).
 */
@Entity
@Table(name = "migrant_arrival_case")
public class MigrantArrivalCase {

    @Id
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "arrival_date", nullable = false)
    private LocalDate arrivalDate;
    @Column(name = "hukou_place", nullable = false)
    private String hukouPlace;
    @Column(name = "residence_address", nullable = false)
    private String residenceAddress;
    private String employer;
    @Column(name = "certificate_presented", nullable = false)
    private boolean certificatePresented;
    @Column(name = "certificate_issuer")
    private String certificateIssuer;
    @Column(name = "certificate_number")
    private String certificateNumber;
    @Column(name = "certificate_valid_until")
    private LocalDate certificateValidUntil;
    @Column(name = "services_informed", nullable = false)
    private boolean servicesInformed;
    @Column(name = "services_note")
    private String servicesNote;
    @Column(name = "submission_due")
    private LocalDate submissionDue;
    @Column(name = "follow_up_outcome")
    private String followUpOutcome;
    @Column(name = "make_up_due")
    private LocalDate makeUpDue;
    @Column(name = "followed_up_on")
    private LocalDate followedUpOn;
    @Column(name = "followed_up_by")
    private String followedUpBy;

    protected MigrantArrivalCase() {
    }

    public MigrantArrivalCase(String caseId, LocalDate arrivalDate, String hukouPlace, String residenceAddress,
                              String employer, boolean certificatePresented, String certificateIssuer,
                              String certificateNumber, LocalDate certificateValidUntil, String servicesNote,
                              LocalDate submissionDue) {
        this.caseId = caseId;
        this.arrivalDate = arrivalDate;
        this.hukouPlace = hukouPlace;
        this.residenceAddress = residenceAddress;
        this.employer = employer;
        this.certificatePresented = certificatePresented;
        this.certificateIssuer = certificateIssuer;
        this.certificateNumber = certificateNumber;
        this.certificateValidUntil = certificateValidUntil;
        this.servicesInformed = true;
        this.servicesNote = servicesNote;
        this.submissionDue = submissionDue;
    }

    void presentedLate(String issuer, String number, LocalDate on, String by) {
        this.certificatePresented = true;
        this.certificateIssuer = issuer;
        this.certificateNumber = number;
        this.followUpOutcome = "PRESENTED";
        this.followedUpOn = on;
        this.followedUpBy = by;
    }

    void notifiedToMakeUp(LocalDate due, LocalDate on, String by) {
        this.followUpOutcome = "NOTIFIED";
        this.makeUpDue = due;
        this.followedUpOn = on;
        this.followedUpBy = by;
    }

    public String getCaseId() { return caseId; }
    public LocalDate getArrivalDate() { return arrivalDate; }
    public String getHukouPlace() { return hukouPlace; }
    public String getResidenceAddress() { return residenceAddress; }
    public String getEmployer() { return employer; }
    public boolean isCertificatePresented() { return certificatePresented; }
    public String getCertificateIssuer() { return certificateIssuer; }
    public String getCertificateNumber() { return certificateNumber; }
    public LocalDate getCertificateValidUntil() { return certificateValidUntil; }
    public boolean isServicesInformed() { return servicesInformed; }
    public String getServicesNote() { return servicesNote; }
    public LocalDate getSubmissionDue() { return submissionDue; }
    public String getFollowUpOutcome() { return followUpOutcome; }
    public LocalDate getMakeUpDue() { return makeUpDue; }
    public LocalDate getFollowedUpOn() { return followedUpOn; }
    public String getFollowedUpBy() { return followedUpBy; }
}
