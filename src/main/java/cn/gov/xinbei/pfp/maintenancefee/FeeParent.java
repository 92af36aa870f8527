package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.maintenancefee.domain.HukouCategory;
import cn.gov.xinbei.pfp.maintenancefee.domain.Parent;
import cn.gov.xinbei.pfp.maintenancefee.domain.ParentAssessment;
import cn.gov.xinbei.pfp.maintenancefee.domain.PaymentSchedule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One parent of a fee case: the facts found about them, their fee, their own decision, service and deadlines. */
@Entity
@Table(name = "maintenance_fee_parent")
public class FeeParent extends AssignedIdEntity<String> {

    @Id
    private String id;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Parent parent;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Enumerated(EnumType.STRING)
    @Column(name = "hukou_category", nullable = false)
    private HukouCategory hukouCategory;
    @Column(name = "area_code", nullable = false)
    private String areaCode;
    @Column(name = "actual_income")
    private BigDecimal actualIncome;
    @Column(name = "income_evidence")
    private String incomeEvidence;
    @Column(name = "top_up_multiple")
    private BigDecimal topUpMultiple;
    @Column(name = "top_up_reason")
    private String topUpReason;
    @Column(name = "base_fee")
    private BigDecimal baseFee;
    @Column(name = "top_up_fee")
    private BigDecimal topUpFee;
    private BigDecimal fee;
    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "served_on")
    private LocalDate servedOn;
    @Column(name = "payment_due")
    private LocalDate paymentDue;
    @Column(name = "instalment_application_due")
    private LocalDate instalmentApplicationDue;
    @Column(name = "reconsideration_until")
    private LocalDate reconsiderationUntil;
    @Column(name = "lawsuit_until")
    private LocalDate lawsuitUntil;
    @Column(name = "enforcement_opens")
    private LocalDate enforcementOpens;
    @Column(name = "enforcement_closes")
    private LocalDate enforcementCloses;
    @Column(name = "late_fee")
    private BigDecimal lateFee;
    @Column(name = "schedule_lines")
    private String scheduleLines;

    protected FeeParent() {
    }

    FeeParent(String caseId, Parent parent, String fullName, HukouCategory category, String areaCode) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.parent = parent;
        this.fullName = fullName;
        this.hukouCategory = category;
        this.areaCode = areaCode;
    }

    void recordInvestigation(HukouCategory category, BigDecimal income, String evidence) {
        this.hukouCategory = category;
        this.actualIncome = income;
        this.incomeEvidence = evidence;
    }

    void chooseTopUp(BigDecimal multiple, String reason) {
        this.topUpMultiple = multiple;
        this.topUpReason = reason;
    }

    void recordAssessment(ParentAssessment assessment) {
        this.baseFee = assessment.baseFee();
        this.topUpFee = assessment.topUpFee();
        this.fee = assessment.total();
    }

    void assignDecisionNumber(String number) {
        this.decisionNumber = number;
    }

    void recordService(PaymentSchedule schedule) {
        this.servedOn = schedule.served();
        this.paymentDue = schedule.paymentDue().date();
        this.instalmentApplicationDue = schedule.instalmentApplication().date();
        this.reconsiderationUntil = schedule.reconsideration().date();
        this.lawsuitUntil = schedule.lawsuit().date();
        this.enforcementOpens = schedule.enforcementWindowOpens().date();
        this.enforcementCloses = schedule.enforcementWindowCloses().date();
        this.scheduleLines = String.join("\n", schedule.lines());
    }

    void recordLateFee(BigDecimal lateFee) {
        this.lateFee = lateFee;
    }

    @Override

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public Parent getParent() { return parent; }
    public String getFullName() { return fullName; }
    public HukouCategory getHukouCategory() { return hukouCategory; }
    public String getAreaCode() { return areaCode; }
    public BigDecimal getActualIncome() { return actualIncome; }
    public String getIncomeEvidence() { return incomeEvidence; }
    public BigDecimal getTopUpMultiple() { return topUpMultiple; }
    public String getTopUpReason() { return topUpReason; }
    public BigDecimal getBaseFee() { return baseFee; }
    public BigDecimal getTopUpFee() { return topUpFee; }
    public BigDecimal getFee() { return fee; }
    public String getDecisionNumber() { return decisionNumber; }
    public LocalDate getServedOn() { return servedOn; }
    public LocalDate getPaymentDue() { return paymentDue; }
    public LocalDate getInstalmentApplicationDue() { return instalmentApplicationDue; }
    public LocalDate getReconsiderationUntil() { return reconsiderationUntil; }
    public LocalDate getLawsuitUntil() { return lawsuitUntil; }
    public LocalDate getEnforcementOpens() { return enforcementOpens; }
    public LocalDate getEnforcementCloses() { return enforcementCloses; }
    public BigDecimal getLateFee() { return lateFee; }
    public String getScheduleLines() { return scheduleLines; }
}
