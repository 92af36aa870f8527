package cn.gov.xinbei.pfp.migrantarrival;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
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
public class MigrantArrivalCase extends AssignedIdEntity<String> {

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
    /** TOWN (start form, API) or HR_REPORT (an HR station's hiring check, 条例 art. 9). */
    @Column(name = "registration_source", nullable = false)
    private String registrationSource = SOURCE_TOWN;
    @Column(name = "department_record_id")
    private String departmentRecordId;

    public static final String SOURCE_TOWN = "TOWN";
    public static final String SOURCE_HR_REPORT = "HR_REPORT";
    /** What an HR-reported arrival holds for the hukou place and address until the town has checked them. */
    public static final String TO_BE_CHECKED = "待镇（街道）核实";

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

    /**
     * An arrival reported by an HR station: the check date stands for the arrival, the certificate as the station
     * saw it (number only; the issuing place is the town's to record); the town has not told her the services yet.
     */
    static MigrantArrivalCase reportedByHrStation(String caseId, LocalDate checkedOn, String employer,
                                                  boolean certificatePresented, String certificateNumber,
                                                  String departmentRecordId) {
        MigrantArrivalCase c = new MigrantArrivalCase(caseId, checkedOn, TO_BE_CHECKED, TO_BE_CHECKED, employer,
                certificatePresented, null, certificateNumber, null, null, null);
        c.servicesInformed = false;
        c.registrationSource = SOURCE_HR_REPORT;
        c.departmentRecordId = departmentRecordId;
        return c;
    }

    /** The town's check of an HR-reported arrival: the facts as she registered them. */
    void completeRegistration(String hukouPlace, String residenceAddress, String employer, boolean presented,
                              String issuer, String number, LocalDate validUntil, String servicesNote,
                              LocalDate submissionDue) {
        this.hukouPlace = hukouPlace;
        this.residenceAddress = residenceAddress;
        this.employer = employer;
        this.certificatePresented = presented;
        this.certificateIssuer = issuer;
        this.certificateNumber = number;
        this.certificateValidUntil = validUntil;
        this.servicesInformed = true;
        this.servicesNote = servicesNote;
        this.submissionDue = submissionDue;
    }

    /** The HR station's report as the town's 登记核实 shows it. */
    public String hrReportSummary() {
        return arrivalDate + "招用查验；用人单位" + employer + "；" + (certificatePresented
                ? "出示婚育证明（编号" + certificateNumber + "），请查验原件并记录出具地" : "未出示婚育证明");
    }

    void presentedLate(String issuer, String number, LocalDate on, String by) {
        this.certificatePresented = true;
        this.certificateIssuer = issuer;
        this.certificateNumber = number;
        this.followUpOutcome = "PRESENTED";
        this.followedUpOn = on;
        this.followedUpBy = by;
    }

    void admonished(LocalDate on, String by) {
        this.followUpOutcome = "ADMONISHED";
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
    public String getRegistrationSource() { return registrationSource; }
    public String getDepartmentRecordId() { return departmentRecordId; }

    @Override
    public String getId() {
        return caseId;
    }
}
