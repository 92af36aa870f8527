package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType;
import cn.gov.xinbei.pfp.assistance.domain.Entitlement;
import cn.gov.xinbei.pfp.assistance.domain.EntitlementConflict;
import cn.gov.xinbei.pfp.assistance.domain.Rate;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.shared.configuration.MissingFigure;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 区人口计生局审核确认: the bureau confirms an eligible case or refuses it with reasons; a confirmation writes the
 * entitlement at the rate of its first year, a refusal closes the case with the rule that failed.
 */
@Service
@Transactional
public class AssistanceDecision {

    private final CaseFileService caseFiles;
    private final AssistanceCaseRecords records;
    private final EntitlementRecordRepository entitlements;
    private final AssistanceRates rates;
    private final WorkingDayCalendar calendar;
    private final AssistanceProcessProperties limits;
    private final EngineClock clock;

    public AssistanceDecision(CaseFileService caseFiles, AssistanceCaseRecords records,
                              EntitlementRecordRepository entitlements, AssistanceRates rates,
                              WorkingDayCalendar calendar, AssistanceProcessProperties limits, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.records = records;
        this.entitlements = entitlements;
        this.rates = rates;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
    }

    public boolean confirmed(String caseNumber) {
        return records.details(caseNumber).getDecision() == AssistanceCase.Decision.CONFIRMED;
    }

    /** 区人口计生局审核确认并公布: confirm (only an eligible case) or refuse with reasons. */
    public void bureauDecide(String caseNumber, String decision, String reason, String actor) {
        AssistanceCase details = records.details(caseNumber);
        switch (decision == null ? "" : decision) {
            case "CONFIRM" -> {
                if (!AssistanceEligibility.ELIGIBLE.equals(details.getEligibilityOutcome())) {
                    throw new InvalidInputException("bureauDecision", "资格复核结果为不符合条件（"
                            + details.getEligibilityReason() + "），不能确认");
                }
                details.recordDecision(AssistanceCase.Decision.CONFIRMED, reason == null ? null : reason.strip(),
                        clock.today(), actor);
            }
            case "REFUSE" -> {
                Violations violations = new Violations();
                FormValues.writtenText(reason, "bureauReason", "不予确认的理由", violations);
                violations.throwIfAny();
                details.recordDecision(AssistanceCase.Decision.REFUSED, reason.strip(), clock.today(), actor);
            }
            default -> throw new InvalidInputException("bureauDecision", "请选择审核结果：确认或不予确认");
        }
    }

    /**
     * Writes the confirmed entitlement. The amount comes from the rate table for the year the entitlement starts
     * (the day of the bureau's confirmation), never from a form. A second active entitlement of the same person under
     * the same scheme is refused by the register and, should two confirmations race, by the database's unique key.
     */
    public EntitlementRecord registerEntitlement(String caseNumber) {
        AssistanceCase details = records.details(caseNumber);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        CaseParty beneficiary = caseFile.getParties().stream()
                .filter(p -> p.getRole() == CaseParty.Role.BENEFICIARY).findFirst().orElseThrow();
        ResidentIdNumber idNumber = ResidentIdNumber.parse(beneficiary.getIdNumber(), caseFile.getAppliedOn());
        LocalDate from = details.getDecidedOn();
        List<EntitlementConflict> conflicts = records.entitlementRegister(idNumber, details.getScheme())
                .conflictsOf(new Entitlement(idNumber, details.getScheme(), records.townName(caseFile.getTownSlug()), from,
                        null));
        if (!conflicts.isEmpty()) {
            throw new InvalidInputException("applicantIdNumber", conflicts.get(0).message());
        }
        AssistanceSubType subType = details.getScheme().hasSubTypes() ? details.getSubType() : null;
        // A missing amount is a configuration gap: the process asks missingRate first and waits for it.
        Rate rate = rates.rateFor(details.getScheme(), subType, from.getYear());
        EntitlementRecord entitlement = new EntitlementRecord(caseFile.getId(), idNumber, beneficiary.getFullName(),
                details.getScheme(), subType, from, rate, from.getYear(), caseFile.getTownSlug(), clock.now(),
                details.getAgentBank(), details.getBankAccount());
        try {
            entitlements.saveAndFlush(entitlement);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("applicantIdNumber", "身份证号" + idNumber.masked() + "在"
                    + details.getScheme().chineseName() + "下已有有效资格，不能重复登记");
        }
        caseFile.setDueOn(calendar.addWorkingDays(clock.today(), limits.transferWorkingDays()));
        caseFiles.changeStatus(caseFile, CaseStatus.CONFIRMED_AWAITING_TRANSFER, details.getDecidedBy(),
                "区人口计生局确认并公布；登记享受资格：" + details.getScheme().chineseName()
                        + (subType == null ? "" : "（" + subType.label() + "）") + "，自" + from + "起，标准"
                        + rate.amount().toPlainString() + rate.unit().label() + (rate.provisional() ? "（标准待局里确认）" : ""));
        return entitlement;
    }

    /**
     * The amount {@link #registerEntitlement} will need and that is not configured (neither entered by the bureau
     * nor in config/assistance/rates.yml), if any. Throws nothing, so the engine's transaction is not marked.
     */
    @Transactional(readOnly = true)
    public Optional<MissingFigure> missingRate(String caseNumber) {
        AssistanceCase details = records.details(caseNumber);
        if (details.getDecidedOn() == null) {
            return Optional.empty();
        }
        AssistanceSubType subType = details.getScheme().hasSubTypes() ? details.getSubType() : null;
        if (details.getScheme().hasSubTypes() && subType == null) {
            return Optional.empty(); // an input problem, reported by registerEntitlement as before
        }
        return rates.missing(details.getScheme(), subType, details.getDecidedOn().getYear());
    }

    /** Not confirmed: the case closes with the reason and the rule that failed. */
    public String closeRefused(String caseNumber) {
        AssistanceCase details = records.details(caseNumber);
        String notice = "不予确认" + details.getScheme().chineseName() + "资格。理由：" + details.getDecisionReason()
                + "。依据：" + details.getArticle() + "。";
        caseFiles.close(caseFiles.byNumber(caseNumber), CaseStatus.REFUSED, "REFUSED", details.getDecidedBy(), notice);
        return notice;
    }
}
