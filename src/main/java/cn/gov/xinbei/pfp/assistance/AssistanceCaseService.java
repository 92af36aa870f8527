package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceApplication;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceApplicationReader;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType;
import cn.gov.xinbei.pfp.assistance.domain.BankAccount;
import cn.gov.xinbei.pfp.assistance.domain.Entitlement;
import cn.gov.xinbei.pfp.assistance.domain.EntitlementConflict;
import cn.gov.xinbei.pfp.assistance.domain.EntitlementRegister;
import cn.gov.xinbei.pfp.assistance.domain.Rate;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application service of 奖励扶助资格确认 (process assistanceEligibility). The process's listeners and delegates
 * translate between variables and these methods; each method checks its input, writes the case record and returns
 * what the process needs next. Everything runs in the engine's transaction: a refused input writes nothing.
 */
@Service
@Transactional
public class AssistanceCaseService {

    static final int MIN_TEXT_LENGTH = 5;
    static final int MAX_TEXT_LENGTH = 1000;
    static final int MAX_REFERENCE_LENGTH = 40;
    static final Set<String> CONFIRMED_HUKOU = Set.of("AGRICULTURAL", "RURAL_RESIDENT", "URBAN");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseFileService caseFiles;
    private final AssistanceCaseRepository assistanceCases;
    private final EntitlementRecordRepository entitlements;
    private final AssistancePaymentRepository payments;
    private final AssistanceEligibilityService eligibilityService;
    private final AssistanceRates rates;
    private final Organization organization;
    private final WorkingDayCalendar calendar;
    private final AssistanceProcessProperties limits;
    private final EngineClock clock;
    private final AgentBankProperties banks;

    public AssistanceCaseService(CaseFileService caseFiles, AssistanceCaseRepository assistanceCases,
                                 EntitlementRecordRepository entitlements, AssistancePaymentRepository payments,
                                 AssistanceEligibilityService eligibilityService, AssistanceRates rates,
                                 Organization organization, WorkingDayCalendar calendar,
                                 AssistanceProcessProperties limits, EngineClock clock, AgentBankProperties banks) {
        this.caseFiles = caseFiles;
        this.assistanceCases = assistanceCases;
        this.entitlements = entitlements;
        this.payments = payments;
        this.eligibilityService = eligibilityService;
        this.rates = rates;
        this.organization = organization;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
        this.banks = banks;
    }

    public record Registration(CaseFile caseFile, AssistanceApplication application, AssistanceEligibility eligibility,
                               Town town) {
    }

    /**
     * Registers an application at the applicant's hukou town for its village/community. Refused here, naming the
     * reason: malformed facts, a rule of the scheme that fails (with its article), an entitlement the person already
     * holds under the scheme, an open application for the same person and scheme, a town the clerk does not belong to.
     *
     * @param actorGroups the acting user's groups, or null when the system itself acts
     */
    public Registration register(Map<String, Object> variables, String actor, Collection<String> actorGroups) {
        AssistanceApplication application = AssistanceApplicationReader.read(variables, clock.today(),
                slug -> organization.townBySlug(slug).isPresent(), banks.agentBanks());
        Town town = organization.townBySlug(application.townSlug()).orElseThrow();
        if (actorGroups != null && !organization.isDistrictWide(actorGroups)
                && !actorGroups.contains(Organization.group(town.slug(), Organization.CLERK))) {
            throw new InvalidInputException("townSlug", "您只能登记本镇（街道）的申请，申请人户籍在" + town.name());
        }
        AssistanceScheme scheme = application.scheme();
        ResidentIdNumber applicant = application.applicantIdNumber();
        List<EntitlementConflict> conflicts = register(applicant, scheme)
                .conflictsOf(new Entitlement(applicant, scheme, town.name(), application.applicationDate(), null));
        if (!conflicts.isEmpty()) {
            throw new InvalidInputException("applicantIdNumber", conflicts.get(0).message());
        }
        for (CaseFile open : caseFiles.openCasesOf(CaseKind.ASSISTANCE, applicant.value())) {
            if (details(open).getScheme() == scheme) {
                throw new InvalidInputException("applicantIdNumber", "申请人已有正在办理的" + scheme.chineseName()
                        + "申请（案件编号" + open.getCaseNumber() + "），不能重复申请");
            }
        }
        AssistanceEligibility eligibility = eligibilityService.evaluate(scheme, application.applicationDate(),
                application.facts());
        if (eligibility.ineligible()) {
            throw new InvalidInputException("scheme", "不符合" + scheme.chineseName() + "条件：" + eligibility.reason()
                    + "（依据：" + eligibility.article() + "）");
        }
        List<CaseParty> parties = new ArrayList<>();
        parties.add(party(CaseParty.Role.BENEFICIARY, application.applicantName(), applicant));
        if (application.hasSpouse()) {
            ResidentIdNumber spouse = application.spouseIdNumber();
            parties.add(party(spouse.sex() == Sex.FEMALE ? CaseParty.Role.WIFE : CaseParty.Role.HUSBAND,
                    application.spouseName(), spouse));
        }
        // Re-read: the repository merges a new case file with an assigned id, so the managed copy is the one to change.
        CaseFile caseFile = caseFiles.byNumber(caseFiles.register(CaseKind.ASSISTANCE, town.slug(),
                application.applicantName() + " " + scheme.shortName() + "资格确认", application.applicationDate(),
                parties, actor).getCaseNumber());
        caseFile.setDueOn(calendar.addWorkingDays(clock.today(), limits.villageReviewWorkingDays()));
        AssistanceCase details = new AssistanceCase(caseFile.getId(), scheme, application.village(),
                writeFacts(application.facts()));
        details.recordEligibility(eligibility);
        details.recordBankAccount(application.bankAccount());
        assistanceCases.save(details);
        caseFiles.changeStatus(caseFile, CaseStatus.UNDER_VILLAGE_REVIEW, actor,
                "登记" + scheme.chineseName() + "申请（" + application.village() + "），资格评估：" + eligibility.label()
                        + "；" + accountLabel(application.bankAccount()));
        return new Registration(caseFile, application, eligibility, town);
    }

    private EntitlementRegister register(ResidentIdNumber idNumber, AssistanceScheme scheme) {
        return new EntitlementRegister(entitlements.findByIdNumberAndScheme(idNumber.value(), scheme).stream()
                .filter(e -> e.getActiveKey() != null)
                .map(e -> e.toDomain(townName(e.getTownSlug())))
                .toList());
    }

    private String townName(String slug) {
        return organization.townBySlug(slug).map(Town::name).orElse(slug);
    }

    private static CaseParty party(CaseParty.Role role, String name, ResidentIdNumber id) {
        return new CaseParty(role, name, id.value(), id.masked(), id.birthDate(), id.sex().name());
    }

    /** 村（居）审议: the village committee's opinion and where the list is posted. The posting period starts now. */
    public void villageReviewed(String caseNumber, String opinion, String postingPlace, String actor) {
        Violations violations = new Violations();
        text(violations, opinion, "villageOpinion", "村（居）委会审议意见");
        text(violations, postingPlace, "villagePostingPlace", "张榜公示地点");
        violations.throwIfAny();
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFiles.changeStatus(caseFile, CaseStatus.VILLAGE_POSTING, actor,
                "村（居）委会审议意见：" + opinion.strip() + "；在" + postingPlace.strip() + "张榜公示" + limits.postingDays() + "日");
    }

    /** Form fields of the town's correction of the account (镇（街道）初审: 更正代发银行账号). */
    public static final String CORRECTED_AGENT_BANK = "correctedAgentBank";
    public static final String CORRECTED_BANK_ACCOUNT = "correctedBankAccount";

    /**
     * 镇（街道）初审: the town's opinion and where the list is posted. For 特扶 on a disabled child the town checks the
     * child's 《残疾人证》 and records its number. The town may correct the agent bank and account taken at intake:
     * both are then given and checked as at intake (left empty: the account stays as it is).
     *
     * @return the corrected account, or null when the town left it as it was
     */
    public BankAccount townReviewed(String caseNumber, String opinion, String postingPlace, String disabilityCertificate,
                                    String correctedAgentBank, String correctedBankAccount, String actor) {
        AssistanceCase details = details(caseNumber);
        Violations violations = new Violations();
        text(violations, opinion, "townOpinion", "镇（街道）初审意见");
        text(violations, postingPlace, "townPostingPlace", "张榜公示地点");
        BankAccount corrected = null;
        if (!isBlank(correctedAgentBank) || !isBlank(correctedBankAccount)) {
            corrected = BankAccount.read(violations, CORRECTED_AGENT_BANK, correctedAgentBank, CORRECTED_BANK_ACCOUNT,
                    correctedBankAccount, banks.agentBanks()).orElse(null);
        }
        boolean disability = details.getScheme() == AssistanceScheme.SPECIAL_SUPPORT
                && "DISABLED".equals(facts(details).get("childStatus"));
        if (disability) {
            reference(violations, disabilityCertificate, "disabilityCertificateNumber", "独生子女《残疾人证》编号");
        }
        violations.throwIfAny();
        if (disability) {
            details.recordDisabilityProof();
        }
        if (corrected != null) {
            details.recordBankAccount(corrected);
        }
        caseFiles.changeStatus(caseFiles.byNumber(caseNumber), CaseStatus.TOWN_POSTING, actor,
                "镇（街道）初审意见：" + opinion.strip() + (disability ? "；已核验残疾人证" + disabilityCertificate.strip() : "")
                        + (corrected != null ? "；更正" + accountLabel(corrected) : "")
                        + "；在" + postingPlace.strip() + "张榜公示" + limits.postingDays() + "日");
        return corrected;
    }

    /**
     * The town corrects the account of a running entitlement (at the annual re-verification): checked as at intake;
     * payments from the next transfer on go to the new account. Both left empty: nothing changes.
     *
     * @return the new account, or null when nothing was given
     */
    public BankAccount correctEntitlementAccount(String caseNumber, String agentBank, String account, String actor) {
        if (isBlank(agentBank) && isBlank(account)) {
            return null;
        }
        Violations violations = new Violations();
        BankAccount corrected = BankAccount.read(violations, CORRECTED_AGENT_BANK, agentBank, CORRECTED_BANK_ACCOUNT,
                account, banks.agentBanks()).orElse(null);
        violations.throwIfAny();
        EntitlementRecord entitlement = entitlementOf(caseNumber);
        entitlement.changeBankAccount(corrected);
        caseFiles.recordStep(caseFiles.byNumber(caseNumber).getId(), actor, "ACCOUNT_CORRECTED", "bankAccount",
                "更正代发账户", "更正" + accountLabel(corrected), null);
        return corrected;
    }

    /** "代发银行：<name>，账号<masked>" for timelines and forms; never the full number. */
    String accountLabel(BankAccount account) {
        return BankAccount.BANK_LABEL + "：" + account.bank().name() + "，账号" + account.masked();
    }

    /** The agent bank's name of a case, or 未登记. */
    public String agentBankName(String caseNumber) {
        String code = details(caseNumber).getAgentBank();
        return code == null ? BankAccount.NOT_REGISTERED : banks.nameOf(code);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The posting period ended without objection. */
    public void postingPeriodOver(String caseNumber, boolean village) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFiles.changeStatus(caseFile, village ? CaseStatus.UNDER_TOWN_REVIEW : CaseStatus.AWAITING_DEPARTMENT_CHECK,
                null, (village ? "村（居）" : "镇（街道）") + "张榜公示期满，无异议");
    }

    /**
     * An objection raised during a public posting: recorded, and the case goes back to the review of the level that
     * posted it.
     *
     * @return true if the objection was against the village posting, false for the town posting
     */
    public boolean recordObjection(String caseNumber, String objection, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        boolean village = caseFile.getStatus() == CaseStatus.VILLAGE_POSTING;
        if (!village && caseFile.getStatus() != CaseStatus.TOWN_POSTING) {
            throw new InvalidInputException("objection", "案件" + caseNumber + "不在张榜公示期间（当前：" + caseFile.getStatus().label()
                    + "），不能登记公示异议");
        }
        Violations violations = new Violations();
        text(violations, objection, "objection", "异议内容");
        violations.throwIfAny();
        details(caseNumber).countObjection(village);
        caseFiles.changeStatus(caseFile, village ? CaseStatus.UNDER_VILLAGE_REVIEW : CaseStatus.UNDER_TOWN_REVIEW, actor,
                (village ? "村（居）" : "镇（街道）") + "公示期间收到异议：" + objection.strip() + "；退回重新审议");
        return village;
    }

    public boolean needsPolice(String caseNumber) {
        AssistanceCase details = details(caseNumber);
        return details.getScheme() == AssistanceScheme.RURAL_AWARD
                || details.getScheme() == AssistanceScheme.SPECIAL_SUPPORT && "DIED".equals(facts(details).get("childStatus"));
    }

    public boolean needsHr(String caseNumber) {
        return details(caseNumber).getScheme() == AssistanceScheme.RETIREE_ONE_OFF_AWARD;
    }

    /**
     * The police liaison's proofs (SEED annex 3): the 户口性质证明 of applicant and spouse for 奖扶, the child's 死亡证明
     * for 特扶. They replace what the application declared.
     */
    public void policeChecked(String caseNumber, String applicantHukou, String spouseHukou, String hukouCertificate,
                              String deathCertificate, String actor) {
        AssistanceCase details = details(caseNumber);
        Map<String, Object> facts = facts(details);
        Violations violations = new Violations();
        boolean hukou = details.getScheme() == AssistanceScheme.RURAL_AWARD;
        boolean spouse = hukou && !"NO_SPOUSE".equals(facts.get("spouseHukou"));
        boolean death = details.getScheme() == AssistanceScheme.SPECIAL_SUPPORT && "DIED".equals(facts.get("childStatus"));
        if (hukou) {
            hukouChoice(violations, applicantHukou, "confirmedApplicantHukou", "派出所证明的申请人户口性质");
            if (spouse) {
                hukouChoice(violations, spouseHukou, "confirmedSpouseHukou", "派出所证明的配偶户口性质");
            }
            reference(violations, hukouCertificate, "hukouCertificateNumber", "户口性质证明编号");
        }
        if (death) {
            reference(violations, deathCertificate, "deathCertificateNumber", "独生子女死亡证明编号");
        }
        violations.throwIfAny();
        details.recordPoliceCheck(hukou ? applicantHukou : null, spouse ? spouseHukou : null,
                hukou ? hukouCertificate.strip() : null, death ? deathCertificate.strip() : null);
        StringBuilder detail = new StringBuilder("派出所核实：");
        if (hukou) {
            detail.append("申请人").append(hukouLabel(applicantHukou));
            if (spouse) {
                detail.append("，配偶").append(hukouLabel(spouseHukou));
            }
            detail.append("（户口性质证明").append(hukouCertificate.strip()).append("）");
        }
        if (death) {
            detail.append("独生子女死亡证明").append(deathCertificate.strip());
        }
        caseFiles.recordStep(caseFiles.byNumber(caseNumber).getId(), actor, "CONFIRMED", "policeCheck", "派出所核实",
                detail.toString(), null);
    }

    /** The HR liaison confirms (or contradicts) the retirement facts of the one-off award. */
    public void hrChecked(String caseNumber, String confirmation, LocalDate retirementDate, String actor) {
        Violations violations = new Violations();
        if (!"CONFIRMED".equals(confirmation) && !"REJECTED".equals(confirmation)) {
            violations.add("hrConfirmation", "请选择人社部门核实结果");
        }
        if ("CONFIRMED".equals(confirmation) && retirementDate == null) {
            violations.add("hrRetirementDate", "请填写人社部门核实的退休日期");
        }
        if (retirementDate != null && retirementDate.isAfter(clock.today())) {
            violations.add("hrRetirementDate", "退休日期不能晚于今天");
        }
        violations.throwIfAny();
        details(caseNumber).recordHrCheck(confirmation, retirementDate);
        caseFiles.recordStep(caseFiles.byNumber(caseNumber).getId(), actor, "CONFIRMED", "hrCheck", "人社部门核实",
                "CONFIRMED".equals(confirmation) ? "人社部门确认退休情况，退休日期" + retirementDate
                        : "人社部门核实的退休情况与申报不符", null);
    }

    /**
     * Evaluates eligibility again on the confirmed facts: the registered facts with the police's and the HR bureau's
     * findings in place of what was declared. Everything comes from the case record, never from form variables.
     */
    public AssistanceEligibility reevaluate(String caseNumber) {
        AssistanceCase details = details(caseNumber);
        Map<String, Object> facts = new LinkedHashMap<>(facts(details));
        if (details.getConfirmedApplicantHukou() != null) {
            facts.put("applicantHukou", details.getConfirmedApplicantHukou());
        }
        if (details.getConfirmedSpouseHukou() != null) {
            facts.put("spouseHukou", details.getConfirmedSpouseHukou());
        }
        if (details.getChildStatusProven() != null) {
            facts.put("childStatusProven", details.getChildStatusProven());
        }
        if (details.getHrConfirmation() != null) {
            facts.put("hrConfirmation", details.getHrConfirmation());
        }
        if (details.getHrConfirmedRetirement() != null) {
            facts.put("retirementDate", details.getHrConfirmedRetirement().toString());
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        AssistanceEligibility eligibility = eligibilityService.evaluate(details.getScheme(), caseFile.getAppliedOn(), facts);
        details.recordEligibility(eligibility);
        if (eligibility.eligible()) {
            caseFile.setDueOn(calendar.addWorkingDays(clock.today(), limits.bureauConfirmationWorkingDays()));
            caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_DECISION, null,
                    "按核实情况复核：" + eligibility.label() + "，报区人口计生局审核确认");
        } else {
            details.recordDecision(AssistanceCase.Decision.REFUSED,
                    "按核实情况复核不符合条件：" + eligibility.reason(), clock.today(), null);
        }
        return eligibility;
    }

    public boolean eligible(String caseNumber) {
        return AssistanceEligibility.ELIGIBLE.equals(details(caseNumber).getEligibilityOutcome());
    }

    public boolean confirmed(String caseNumber) {
        return details(caseNumber).getDecision() == AssistanceCase.Decision.CONFIRMED;
    }

    /** 区人口计生局审核确认并公布: confirm (only an eligible case) or refuse with reasons. */
    public void bureauDecide(String caseNumber, String decision, String reason, String actor) {
        AssistanceCase details = details(caseNumber);
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
                text(violations, reason, "bureauReason", "不予确认的理由");
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
        AssistanceCase details = details(caseNumber);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        CaseParty beneficiary = caseFile.getParties().stream()
                .filter(p -> p.getRole() == CaseParty.Role.BENEFICIARY).findFirst().orElseThrow();
        ResidentIdNumber idNumber = ResidentIdNumber.parse(beneficiary.getIdNumber(), caseFile.getAppliedOn());
        LocalDate from = details.getDecidedOn();
        List<EntitlementConflict> conflicts = register(idNumber, details.getScheme())
                .conflictsOf(new Entitlement(idNumber, details.getScheme(), townName(caseFile.getTownSlug()), from, null));
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
    public java.util.Optional<cn.gov.xinbei.pfp.shared.configuration.MissingFigure> missingRate(String caseNumber) {
        AssistanceCase details = details(caseNumber);
        if (details.getDecidedOn() == null) {
            return java.util.Optional.empty();
        }
        AssistanceSubType subType = details.getScheme().hasSubTypes() ? details.getSubType() : null;
        if (details.getScheme().hasSubTypes() && subType == null) {
            return java.util.Optional.empty(); // an input problem, reported by registerEntitlement as before
        }
        return rates.missing(details.getScheme(), subType, details.getDecidedOn().getYear());
    }

    public record PaymentDue(int year, BigDecimal amount) {
    }

    /** The year and amount finance is to transfer for the case's entitlement, from the register. */
    @Transactional(readOnly = true)
    public PaymentDue paymentDue(String caseNumber) {
        EntitlementRecord entitlement = entitlementOf(caseNumber);
        return new PaymentDue(entitlement.getRateYear(), entitlement.yearlyAmount());
    }

    /**
     * Finance's transfer to the agent bank (SEED annex 3: 财政局 pays to the 委托发放机构). One transfer per entitlement
     * and year: a second one is refused, by this check and by the database's unique key.
     */
    public AssistancePayment recordTransfer(String caseNumber, String reference, LocalDate transferredOn, String actor) {
        EntitlementRecord entitlement = entitlementOf(caseNumber);
        AssistancePayment byList = payments.findByEntitlementIdAndPayYear(entitlement.getId(), entitlement.getRateYear())
                .filter(p -> p.getTransferId() != null).orElse(null);
        if (byList != null) {
            return acknowledgeListTransfer(caseNumber, byList, reference, actor);
        }
        Violations violations = new Violations();
        reference(violations, reference, "transferReference", "拨付凭证号");
        if (transferredOn == null) {
            violations.add("transferredOn", "请填写拨付日期");
        } else if (transferredOn.isAfter(clock.today()) || transferredOn.isBefore(entitlement.getFromDate())) {
            violations.add("transferredOn", "拨付日期应在资格起始日期（" + entitlement.getFromDate() + "）与今天之间");
        }
        violations.throwIfAny();
        int year = entitlement.getRateYear();
        payments.findByEntitlementIdAndPayYear(entitlement.getId(), year).ifPresent(existing -> {
            throw new InvalidInputException("transferReference", "该对象" + year + "年度的扶助金已于"
                    + existing.getTransferredOn() + "登记拨付（凭证号" + existing.getTransferReference() + "），不能重复拨付");
        });
        AssistancePayment payment = new AssistancePayment(entitlement.getId(), year, entitlement.yearlyAmount(),
                reference.strip(), transferredOn, actor);
        try {
            payments.saveAndFlush(payment);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("transferReference", "该对象" + year + "年度的扶助金已登记拨付，不能重复拨付");
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFile.setDueOn(calendar.addWorkingDays(clock.today(), limits.creditWorkingDays()));
        caseFiles.changeStatus(caseFile, CaseStatus.TRANSFERRED_AWAITING_CREDIT, actor,
                "财政已于" + transferredOn + "拨付" + year + "年度扶助金" + payment.getAmount().toPlainString()
                        + "元至委托发放机构（凭证号" + reference.strip() + "）");
        return payment;
    }

    /**
     * The year's payment was made by a transfer of the whole payout list (AssistanceTransfers): the case's transfer
     * step is done with that transfer's reference; any other reference is a second transfer and refused.
     */
    private AssistancePayment acknowledgeListTransfer(String caseNumber, AssistancePayment payment, String reference,
                                                      String actor) {
        if (reference == null || !payment.getTransferReference().equals(reference.strip())) {
            throw new InvalidInputException("transferReference", "该对象" + payment.getPayYear() + "年度的扶助金已随发放名册于"
                    + payment.getTransferredOn() + "整批拨付（凭证号" + payment.getTransferReference() + "），不能重复拨付");
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFile.setDueOn(calendar.addWorkingDays(clock.today(), limits.creditWorkingDays()));
        caseFiles.changeStatus(caseFile, CaseStatus.TRANSFERRED_AWAITING_CREDIT, actor,
                "财政已于" + payment.getTransferredOn() + "随发放名册整批拨付" + payment.getPayYear() + "年度扶助金"
                        + payment.getAmount().toPlainString() + "元至委托发放机构（凭证号" + payment.getTransferReference() + "）");
        return payment;
    }

    /** The agent bank credited the person's account; the case is done. */
    public void recordCredit(String caseNumber, LocalDate creditedOn, String bankReference, String actor) {
        EntitlementRecord entitlement = entitlementOf(caseNumber);
        AssistancePayment payment = payments.findByEntitlementIdAndPayYear(entitlement.getId(), entitlement.getRateYear())
                .orElseThrow(() -> new InvalidInputException("creditedOn", "尚未登记财政拨付，不能登记入账"));
        Violations violations = new Violations();
        reference(violations, bankReference, "bankReference", "发放机构入账流水号");
        if (creditedOn == null) {
            violations.add("creditedOn", "请填写入账日期");
        } else if (creditedOn.isAfter(clock.today()) || creditedOn.isBefore(payment.getTransferredOn())) {
            violations.add("creditedOn", "入账日期应在拨付日期（" + payment.getTransferredOn() + "）与今天之间");
        }
        if (payment.getCreditedOn() != null) {
            violations.add("creditedOn", "该笔扶助金已于" + payment.getCreditedOn() + "登记入账，不能重复登记");
        }
        violations.throwIfAny();
        payment.recordCredit(creditedOn, bankReference.strip(), actor);
        caseFiles.close(caseFiles.byNumber(caseNumber), CaseStatus.CLOSED, "CONFIRMED", actor,
                "委托发放机构已于" + creditedOn + "将" + payment.getAmount().toPlainString() + "元划入个人账户（流水号"
                        + bankReference.strip() + "）");
    }

    /** Not confirmed: the case closes with the reason and the rule that failed. */
    public String closeRefused(String caseNumber) {
        AssistanceCase details = details(caseNumber);
        String notice = "不予确认" + details.getScheme().chineseName() + "资格。理由：" + details.getDecisionReason()
                + "。依据：" + details.getArticle() + "。";
        caseFiles.close(caseFiles.byNumber(caseNumber), CaseStatus.REFUSED, "REFUSED", details.getDecidedBy(), notice);
        return notice;
    }

    @Transactional(readOnly = true)
    public AssistanceCase details(String caseNumber) {
        return details(caseFiles.byNumber(caseNumber));
    }

    private AssistanceCase details(CaseFile caseFile) {
        return assistanceCases.findById(caseFile.getId())
                .orElseThrow(() -> new IllegalStateException("assistance case without its details: " + caseFile.getCaseNumber()));
    }

    @Transactional(readOnly = true)
    public EntitlementRecord entitlementOf(String caseNumber) {
        return entitlements.findByCaseId(caseFiles.byNumber(caseNumber).getId())
                .orElseThrow(() -> new InvalidInputException("caseNumber", "案件" + caseNumber + "尚未登记享受资格"));
    }

    private static Map<String, Object> facts(AssistanceCase details) {
        try {
            return JSON.readValue(details.getRegisteredFacts(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facts cannot be read", e);
        }
    }

    private static String writeFacts(Map<String, Object> facts) {
        try {
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts cannot be written", e);
        }
    }

    private static void text(Violations violations, String value, String field, String label) {
        if (value == null || value.strip().length() < MIN_TEXT_LENGTH) {
            violations.add(field, "请填写" + label + "，至少" + MIN_TEXT_LENGTH + "个字");
        } else if (value.length() > MAX_TEXT_LENGTH) {
            violations.add(field, label + "不能超过" + MAX_TEXT_LENGTH + "个字");
        }
    }

    private static void reference(Violations violations, String value, String field, String label) {
        if (value == null || value.isBlank()) {
            violations.add(field, "请填写" + label);
        } else if (value.strip().length() > MAX_REFERENCE_LENGTH) {
            violations.add(field, label + "不能超过" + MAX_REFERENCE_LENGTH + "个字");
        }
    }

    private static void hukouChoice(Violations violations, String value, String field, String label) {
        if (value == null || !CONFIRMED_HUKOU.contains(value)) {
            violations.add(field, "请选择" + label);
        }
    }

    static String hukouLabel(String hukou) {
        return switch (hukou) {
            case "AGRICULTURAL" -> "农业户口";
            case "RURAL_RESIDENT" -> "界定为农村居民户口";
            case "URBAN" -> "非农业（城镇居民）户口";
            default -> hukou;
        };
    }
}
