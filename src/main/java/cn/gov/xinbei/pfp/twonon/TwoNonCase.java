package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.twonon.domain.ReportChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a 两非 case records beyond the common case file (two_non_case): the report, the acceptance, 督办 and the
 * closing with its reward. The reporter's identity is elsewhere ({@link TwoNonReporter}). Only changed columns are
 * written, so the overdue timer and a supervisor's 督办 on the same case do not overwrite each other.
 */
@Entity
@Table(name = "two_non_case")
@DynamicUpdate
public class TwoNonCase extends AssignedIdEntity<String> {

    @Id
    @Column(name = "case_id")
    private String caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportChannel channel;
    @Column(nullable = false)
    private boolean anonymous;
    @Column(nullable = false)
    private String facts;
    private Boolean accepted;
    @Column(name = "acceptance_reason")
    private String acceptanceReason;
    @Column(nullable = false)
    private boolean priority;
    @Column(name = "supervision_due_on")
    private LocalDate supervisionDueOn;
    @Column(name = "supervised_by")
    private String supervisedBy;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "closing_summary")
    private String closingSummary;
    @Column(name = "report_verified")
    private Boolean reportVerified;
    @Column(name = "reward_amount")
    private BigDecimal rewardAmount;
    @Column(name = "reward_paid_on")
    private LocalDate rewardPaidOn;
    @Column(name = "reward_voucher")
    private String rewardVoucher;

    protected TwoNonCase() {
    }

    TwoNonCase(String caseId, ReportChannel channel, boolean anonymous, String facts) {
        this.caseId = caseId;
        this.channel = channel;
        this.anonymous = anonymous;
        this.facts = facts;
    }

    public String getCaseId() {
        return caseId;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isAccepted() {
        return Boolean.TRUE.equals(accepted);
    }

    public boolean isPriority() {
        return priority;
    }

    public LocalDate getSupervisionDueOn() {
        return supervisionDueOn;
    }

    /** A verified, named report earns the reward (JS 2005 decision item 12): an anonymous reporter cannot be paid. */
    public boolean rewardDue() {
        return Boolean.TRUE.equals(reportVerified) && !anonymous;
    }

    void accept(String reason, LocalDate supervisionDue) {
        accepted = true;
        acceptanceReason = reason;
        supervisionDueOn = supervisionDue;
    }

    void refuse(String reason) {
        accepted = false;
        acceptanceReason = reason;
    }

    void prioritise(LocalDate deadline, String supervisor) {
        priority = true;
        supervisionDueOn = deadline;
        supervisedBy = supervisor;
    }

    void escalated(Instant at) {
        escalatedAt = at;
    }

    void close(boolean verified, String summary) {
        reportVerified = verified;
        closingSummary = summary;
    }

    void rewardPaid(BigDecimal amount, LocalDate paidOn, String voucher) {
        rewardAmount = amount;
        rewardPaidOn = paidOn;
        rewardVoucher = voucher;
    }

    @Override
    public String getId() {
        return caseId;
    }
}
