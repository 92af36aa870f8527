package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType;
import cn.gov.xinbei.pfp.assistance.domain.BankAccount;
import cn.gov.xinbei.pfp.assistance.domain.Entitlement;
import cn.gov.xinbei.pfp.assistance.domain.Rate;
import cn.gov.xinbei.pfp.assistance.domain.RateUnit;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A confirmed entitlement in the register. The amount is the rate table's, copied when the entitlement is written.
 * {@code activeKey} carries the database's unique guarantee (see V3__assistance.sql).
 */
@Entity
@Table(name = "assistance_entitlement")
public class EntitlementRecord extends AssignedIdEntity<String> {

    public enum Status { ACTIVE, STOPPED }

    @Id
    private String id;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Column(name = "id_number", nullable = false)
    private String idNumber;
    @Column(name = "id_number_masked", nullable = false)
    private String idNumberMasked;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssistanceScheme scheme;
    @Enumerated(EnumType.STRING)
    @Column(name = "sub_type")
    private AssistanceSubType subType;
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;
    @Column(name = "until_date")
    private LocalDate untilDate;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(name = "rate_unit", nullable = false)
    private RateUnit rateUnit;
    @Column(name = "rate_year", nullable = false)
    private int rateYear;
    @Column(name = "rate_provisional", nullable = false)
    private boolean rateProvisional;
    @Column(name = "town_slug", nullable = false)
    private String townSlug;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "active_key")
    private String activeKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** The account at the agent bank (V5), from the intake or the town's correction; null for older entitlements. */
    @Column(name = "bank_account")
    private String bankAccount;
    /** Code of the agent bank (V11__assistance_bank.sql). */
    @Column(name = "agent_bank")
    private String agentBank;

    protected EntitlementRecord() {
    }

    EntitlementRecord(String caseId, ResidentIdNumber idNumber, String fullName, AssistanceScheme scheme,
                      AssistanceSubType subType, LocalDate fromDate, Rate rate, int rateYear, String townSlug,
                      Instant now, String agentBank, String bankAccount) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.idNumber = idNumber.value();
        this.idNumberMasked = idNumber.masked();
        this.fullName = fullName;
        this.scheme = scheme;
        this.subType = subType;
        this.fromDate = fromDate;
        this.amount = rate.amount();
        this.rateUnit = rate.unit();
        this.rateYear = rateYear;
        this.rateProvisional = rate.provisional();
        this.townSlug = townSlug;
        this.status = Status.ACTIVE;
        this.activeKey = activeKey(idNumber, scheme);
        this.createdAt = now;
        this.agentBank = agentBank;
        this.bankAccount = bankAccount;
    }

    /** A new account for the payments from now on (a correction by the town). */
    void changeBankAccount(BankAccount account) {
        this.agentBank = account.bank().code();
        this.bankAccount = account.number();
    }

    static String activeKey(ResidentIdNumber idNumber, AssistanceScheme scheme) {
        return idNumber.value() + "|" + scheme.name();
    }

    /**
     * Ends a running entitlement on {@code lastDay}. A one-off award keeps its key: it was paid and may never be paid
     * again.
     */
    void stop(LocalDate lastDay) {
        this.untilDate = lastDay;
        this.status = Status.STOPPED;
        if (!scheme.oneOff()) {
            this.activeKey = null;
        }
    }

    /** The amount for one year's payment: monthly rates times twelve, yearly and one-off rates as they are. */
    BigDecimal yearlyAmount() {
        BigDecimal yearly = rateUnit == RateUnit.PER_PERSON_PER_MONTH ? amount.multiply(BigDecimal.valueOf(12)) : amount;
        return yearly.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    Entitlement toDomain(String townName) {
        return new Entitlement(ResidentIdNumber.parse(idNumber, fromDate), scheme, townName, fromDate, untilDate);
    }

    @Override

    public String getId() { return id; }
    public String getCaseId() { return caseId; }
    public String getIdNumber() { return idNumber; }
    public String getIdNumberMasked() { return idNumberMasked; }
    public String getFullName() { return fullName; }
    public AssistanceScheme getScheme() { return scheme; }
    public AssistanceSubType getSubType() { return subType; }
    public LocalDate getFromDate() { return fromDate; }
    public LocalDate getUntilDate() { return untilDate; }
    public BigDecimal getAmount() { return amount; }
    public RateUnit getRateUnit() { return rateUnit; }
    public int getRateYear() { return rateYear; }
    public boolean isRateProvisional() { return rateProvisional; }
    public String getTownSlug() { return townSlug; }
    public Status getStatus() { return status; }
    public String getActiveKey() { return activeKey; }
    public String getBankAccount() { return bankAccount; }
    public String getAgentBank() { return agentBank; }
}
