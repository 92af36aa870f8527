package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.maintenancefee.domain.ChosenMultiple;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeAssessment;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeDeadlines;
import cn.gov.xinbei.pfp.maintenancefee.domain.FeeSituation;
import cn.gov.xinbei.pfp.maintenancefee.domain.HukouCategory;
import cn.gov.xinbei.pfp.maintenancefee.domain.LateFeeAssessment;
import cn.gov.xinbei.pfp.maintenancefee.domain.LateFeeCalculator;
import cn.gov.xinbei.pfp.maintenancefee.domain.MissingIncomeBaseException;
import cn.gov.xinbei.pfp.maintenancefee.domain.Parent;
import cn.gov.xinbei.pfp.maintenancefee.domain.ParentFeeInput;
import cn.gov.xinbei.pfp.maintenancefee.domain.Payment;
import cn.gov.xinbei.pfp.maintenancefee.domain.PaymentSchedule;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.shared.procedure.domain.HearingNotice;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The application service of the social maintenance fee (社会抚养费征收, REFERENCE.md §5). The process's listeners and
 * delegates translate between variables and these methods; each method checks its input, writes the case record and
 * returns what the process needs next. Everything runs in the engine's transaction: a refused input writes nothing.
 * The fee, late fee and deadlines come from the pure calculators of {@code maintenancefee.domain}.
 */
@Service
@Transactional
public class MaintenanceFeeService {

    static final int MIN_TEXT_LENGTH = 5;
    static final int MAX_TEXT_LENGTH = 1000;
    static final String DECISION_SERIES = "MF_DECISION";
    static final String DECISION_NUMBER_FORMAT = "新人口征决〔%d〕%05d号";
    static final String DECIDING_GROUP = Organization.group(Organization.BUREAU, Organization.CLERK);
    static final String POLICE_GROUP = Organization.group("police", Organization.LIAISON);
    private static final Pattern BIRTH_CERTIFICATE = Pattern.compile("[A-Z0-9]{6,20}");

    private final CaseFileService caseFiles;
    private final MaintenanceFeeCaseRepository feeCases;
    private final FeeParentRepository parents;
    private final FeeDepositRepository deposits;
    private final Organization organization;
    private final WorkingDayCalendar calendar;
    private final IncomeBases incomeBases;
    private final LateFeeCalculator lateFees;
    private final FeeDeadlines deadlines;
    private final MaintenanceFeeProperties properties;
    private final EngineClock clock;

    public MaintenanceFeeService(CaseFileService caseFiles, MaintenanceFeeCaseRepository feeCases,
                                 FeeParentRepository parents, FeeDepositRepository deposits, Organization organization,
                                 WorkingDayCalendar calendar, IncomeBases incomeBases, LateFeeCalculator lateFees,
                                 FeeDeadlines deadlines, MaintenanceFeeProperties properties, EngineClock clock) {
        this.caseFiles = caseFiles;
        this.feeCases = feeCases;
        this.parents = parents;
        this.deposits = deposits;
        this.organization = organization;
        this.calendar = calendar;
        this.incomeBases = incomeBases;
        this.lateFees = lateFees;
        this.deadlines = deadlines;
        this.properties = properties;
        this.clock = clock;
    }

    public record Registration(CaseFile caseFile, Town town, MaintenanceFeeCase details) {
    }

    // ------------------------------------------------------------------------------------------------ registration

    /**
     * Registers a report (the police's registration of a child born out of policy or outside marriage) or a case a
     * clerk opens from a report or an inspection. Refused: malformed facts, a town the acting clerk does not belong
     * to, and a second case for the same child and parents (357号令 art. 5: the same fact is not charged twice).
     *
     * @param actorGroups the acting user's groups, or null when the system itself acts
     */
    public Registration register(Map<String, Object> v, String actor, Collection<String> actorGroups) {
        LocalDate today = clock.today();
        Violations violations = new Violations();
        Town town = organization.townBySlug(text(v, "townSlug")).orElse(null);
        if (town == null) {
            violations.add("townSlug", "请选择孩子户籍或出生所在的镇（街道）");
        }
        boolean police = actorGroups != null && actorGroups.contains(POLICE_GROUP);
        MaintenanceFeeCase.ReportSource source = police ? MaintenanceFeeCase.ReportSource.POLICE_REPORT
                : parseEnum(MaintenanceFeeCase.ReportSource.class, text(v, "reportSource"), "reportSource",
                "请选择案件来源：派出所通报、群众举报或检查发现", violations);
        FeeSituation situation = parseEnum(FeeSituation.class, text(v, "situation"), "situation",
                "请选择违法生育情形", violations);
        String description = requiredText(text(v, "situationDescription"), "situationDescription", "情况说明", violations);
        String fatherName = name(text(v, "fatherName"), "fatherName", "男方姓名", violations);
        String motherName = name(text(v, "motherName"), "motherName", "女方姓名", violations);
        ResidentIdNumber fatherId = idNumber(text(v, "fatherIdNumber"), "fatherIdNumber", "男方", Sex.MALE, today, violations);
        ResidentIdNumber motherId = idNumber(text(v, "motherIdNumber"), "motherIdNumber", "女方", Sex.FEMALE, today, violations);
        HukouCategory fatherHukou = parseEnum(HukouCategory.class, text(v, "fatherHukouType"), "fatherHukouType",
                "请选择男方户籍类别（城镇居民或农村居民）", violations);
        HukouCategory motherHukou = parseEnum(HukouCategory.class, text(v, "motherHukouType"), "motherHukouType",
                "请选择女方户籍类别（城镇居民或农村居民）", violations);
        String childName = optionalText(text(v, "childName"), "childName", "孩子姓名", 30, violations);
        LocalDate childBirth = date(v.get("childBirthDate"), "childBirthDate", "孩子出生日期", violations);
        if (childBirth == null) {
            violations.add("childBirthDate", "请填写孩子出生日期");
        } else if (childBirth.isAfter(today)) {
            violations.add("childBirthDate", "孩子出生日期不能晚于今天");
        } else if (properties.abolishedFor(childBirth)) {
            violations.add("childBirthDate", abolitionReason(childBirth));
        } else {
            for (ResidentIdNumber parentId : new ResidentIdNumber[] {fatherId, motherId}) {
                if (parentId != null && !childBirth.isAfter(parentId.birthDate())) {
                    violations.add("childBirthDate", "孩子出生日期不能早于父母的出生日期");
                    break;
                }
            }
        }
        String childNumber = text(v, "childIdNumber") == null ? null : text(v, "childIdNumber").strip().toUpperCase();
        ResidentIdNumber childId = null;
        if (childNumber == null || childNumber.isBlank()) {
            violations.add("childIdNumber", "请填写孩子的公民身份号码或出生医学证明编号");
        } else if (childNumber.length() == 18) {
            childId = idNumber(childNumber, "childIdNumber", "孩子", null, today, violations);
            if (childId != null && childBirth != null && !childId.birthDate().equals(childBirth)) {
                violations.add("childIdNumber", "孩子公民身份号码中的出生日期（" + childId.birthDate() + "）与孩子出生日期（"
                        + childBirth + "）不一致");
            }
        } else if (!BIRTH_CERTIFICATE.matcher(childNumber).matches()) {
            violations.add("childIdNumber", "孩子出生医学证明编号应为6至20位字母或数字（或填写18位公民身份号码）");
        }
        if (fatherId != null && fatherId.equals(motherId)) {
            violations.add("motherIdNumber", "男方与女方公民身份号码相同");
        }
        violations.throwIfAny();

        if (actorGroups != null && !police && !organization.isDistrictWide(actorGroups)
                && !actorGroups.contains(Organization.group(town.slug(), Organization.CLERK))) {
            throw new InvalidInputException("townSlug", "您只能登记本镇（街道）的案件，本案属" + town.name());
        }
        refuseDuplicate(childNumber, fatherId, motherId, childBirth);

        List<CaseParty> parties = new ArrayList<>();
        parties.add(party(CaseParty.Role.FATHER, fatherName, fatherId));
        parties.add(party(CaseParty.Role.MOTHER, motherName, motherId));
        if (childId != null) {
            parties.add(party(CaseParty.Role.CHILD, childName == null ? "（未取名）" : childName, childId));
        }
        CaseFile caseFile = caseFiles.register(CaseKind.MAINTENANCE_FEE, town.slug(),
                fatherName + "、" + motherName + " 社会抚养费征收（" + situation.label() + "）", today, parties, actor);
        MaintenanceFeeCase details = feeCases.save(new MaintenanceFeeCase(caseFile.getId(), source, situation,
                description, childName, childBirth, childNumber));
        parents.save(new FeeParent(caseFile.getId(), Parent.FATHER, fatherName, fatherHukou, town.code()));
        parents.save(new FeeParent(caseFile.getId(), Parent.MOTHER, motherName, motherHukou, town.code()));
        return new Registration(caseFile, town, details);
    }

    /**
     * Why no fee case may be opened for a child born on this date: the fee was abolished (中共中央、国务院《关于优化生育
     * 政策促进人口长期均衡发展的决定》, 2021; 人口与计划生育法 2021 no longer provides for it; Jiangsu amendment adopted
     * 2021-09-29, REFERENCE.md §12 B5-B6, D1). The cut-off is configuration: its Jiangsu in-force date was not found.
     */
    public String abolitionReason(LocalDate childBirth) {
        return "孩子出生日期" + childBirth + "在社会抚养费取消之后（本系统按" + properties.abolishedForBirthsFrom()
                + "起出生的不再征收执行：2021年中共中央、国务院《关于优化生育政策促进人口长期均衡发展的决定》取消社会抚养费，"
                + "《人口与计划生育法》2021年修正已无社会抚养费规定，江苏省条例于2021年9月29日修正），不得立案征收社会抚养费";
    }

    private void refuseDuplicate(String childNumber, ResidentIdNumber fatherId, ResidentIdNumber motherId,
                                 LocalDate childBirth) {
        Optional<MaintenanceFeeCase> sameChild = feeCases.findByChildIdNumber(childNumber);
        Optional<CaseFile> existing = sameChild.map(c -> caseFiles.byId(c.getCaseId()));
        if (existing.isEmpty()) {
            // The same parents and the same birth date, reported under another number (ID vs birth certificate).
            existing = caseFiles.casesOf(CaseKind.MAINTENANCE_FEE, motherId.value()).stream()
                    .filter(c -> c.getParties().stream().anyMatch(p -> p.getIdNumber().equals(fatherId.value())))
                    .filter(c -> feeCases.findById(c.getId()).map(d -> d.getChildBirthDate().equals(childBirth))
                            .orElse(false))
                    .findFirst();
        }
        existing.ifPresent(c -> {
            throw new InvalidInputException("childIdNumber", "该子女及其父母已有社会抚养费案件（案件编号" + c.getCaseNumber()
                    + "，" + c.getStatus().label() + "），同一违法生育事实不得重复立案征收（《社会抚养费征收管理办法》第五条）");
        });
    }

    private static CaseParty party(CaseParty.Role role, String name, ResidentIdNumber id) {
        return new CaseParty(role, name, id.value(), id.masked(), id.birthDate(), id.sex().name());
    }

    // ------------------------------------------------------------------------------------- 立案, 调查, calculation

    /** 立案: the town clerk confirms the case (two officers will investigate) or does not open it, with reasons. */
    public boolean confirm(String caseNumber, String decision, String reason, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        switch (decision == null ? "" : decision) {
            case "REGISTER" -> {
                caseFile.markAccepted(clock.today());
                caseFiles.changeStatus(caseFile, CaseStatus.UNDER_INVESTIGATION, actor, "立案调查");
                return true;
            }
            case "DISMISS" -> {
                String text = requiredText(reason, "registrationReason", "不予立案的理由");
                caseFiles.close(caseFile, CaseStatus.DISMISSED, "NOT_REGISTERED", actor, "不予立案：" + text);
                return false;
            }
            default -> throw new InvalidInputException("registrationDecision", "请选择立案意见：立案调查或不予立案");
        }
    }

    /** What the two investigating officers found (REFERENCE.md 5.3: marriage and birth history, hukou, income). */
    public record Investigation(String outcome, String investigator1, String investigator2, String history,
                                String fatherHukouType, Object fatherIncome, String fatherIncomeEvidence,
                                String motherHukouType, Object motherIncome, String motherIncomeEvidence,
                                String closingReason) {
    }

    /** @return whether a fee is due (the case goes on to the bureau), or not (closed without collection) */
    public boolean investigated(String caseNumber, Investigation in, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if ("NO_FEE".equals(in.outcome())) {
            String text = requiredText(in.closingReason(), "closingReason", "不予征收的理由");
            caseFiles.close(caseFile, CaseStatus.DISMISSED, "NO_FEE_DUE", actor, "调查终结，不予征收：" + text);
            return false;
        }
        if (!"FEE_DUE".equals(in.outcome())) {
            throw new InvalidInputException("investigationOutcome", "请选择调查结论：应当征收或不予征收");
        }
        Violations violations = new Violations();
        String first = name(in.investigator1(), "investigator1", "第一调查人", violations);
        String second = name(in.investigator2(), "investigator2", "第二调查人", violations);
        if (first != null && first.equals(second)) {
            violations.add("investigator2", "调查须由两名持执法证的工作人员进行，两名调查人不能相同");
        }
        String history = requiredText(in.history(), "marriageBirthHistory", "婚姻和生育情况", violations);
        HukouCategory fatherHukou = parseEnum(HukouCategory.class, in.fatherHukouType(), "fatherHukouType",
                "请选择调查核实的男方户籍类别", violations);
        HukouCategory motherHukou = parseEnum(HukouCategory.class, in.motherHukouType(), "motherHukouType",
                "请选择调查核实的女方户籍类别", violations);
        BigDecimal fatherIncome = money(in.fatherIncome(), "fatherIncome", "男方实际年收入", true, violations);
        BigDecimal motherIncome = money(in.motherIncome(), "motherIncome", "女方实际年收入", true, violations);
        String fatherEvidence = evidence(fatherIncome, in.fatherIncomeEvidence(), "fatherIncomeEvidence", "男方", violations);
        String motherEvidence = evidence(motherIncome, in.motherIncomeEvidence(), "motherIncomeEvidence", "女方", violations);
        violations.throwIfAny();
        MaintenanceFeeCase details = details(caseNumber);
        details.recordInvestigation(first + "、" + second, history);
        FeeParent father = parent(caseFile, Parent.FATHER);
        FeeParent mother = parent(caseFile, Parent.MOTHER);
        father.recordInvestigation(fatherHukou, fatherIncome, fatherEvidence);
        mother.recordInvestigation(motherHukou, motherIncome, motherEvidence);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_FEE_ASSESSMENT, actor,
                "调查终结（调查人：" + first + "、" + second + "），报区局确定征收数额");
        return true;
    }

    private static String evidence(BigDecimal income, String evidence, String field, String who, Violations violations) {
        if (income == null) {
            return null;
        }
        return requiredText(evidence, field, who + "收入证据（如工资单、纳税证明）", violations);
    }

    /** The bureau's choices: the multiple within the legal range and, for high incomes, the top-up multiple. */
    public record Choice(Object multiple, String multipleReason, Object fatherTopUp, String fatherTopUpReason,
                         Object motherTopUp, String motherTopUpReason) {
    }

    /**
     * The bureau clerk chooses the multiple (and top-ups) with reasons. Only the bureau decides (357号令 art. 4), so
     * any other group is refused even if it got hold of the task. The calculation is run to check the choice against
     * the law and the configured base figures; nothing is stored unless it succeeds.
     */
    public FeeAssessment chooseMultiple(String caseNumber, Choice choice, String actor, Collection<String> actorGroups) {
        if (actorGroups != null && !actorGroups.contains(DECIDING_GROUP)) {
            throw new InvalidInputException("multiple", "只有区人口计生局经办人可以确定征收倍数");
        }
        Violations violations = new Violations();
        BigDecimal multiple = money(choice.multiple(), "multiple", "征收倍数", true, violations);
        BigDecimal fatherTopUp = money(choice.fatherTopUp(), "father.topUpMultiple", "男方超出部分的征收倍数", true, violations);
        BigDecimal motherTopUp = money(choice.motherTopUp(), "mother.topUpMultiple", "女方超出部分的征收倍数", true, violations);
        violations.throwIfAny();
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = details(caseNumber);
        String reason = blankToNull(choice.multipleReason());
        details.chooseMultiple(multiple, reason, actor);
        parent(caseFile, Parent.FATHER).chooseTopUp(fatherTopUp, blankToNull(choice.fatherTopUpReason()));
        parent(caseFile, Parent.MOTHER).chooseTopUp(motherTopUp, blankToNull(choice.motherTopUpReason()));
        FeeAssessment assessment = assess(caseFile, details);
        caseFiles.recordStep(caseFile.getId(), actor, "MULTIPLE_CHOSEN", "Task_ChooseMultiple", "确定征收倍数",
                "征收倍数" + (multiple == null ? details.getSituation().rangeText() : multiple.stripTrailingZeros().toPlainString() + "倍")
                        + (reason == null ? "" : "，理由：" + reason), null);
        return assessment;
    }

    /** The calculation service task: the fee of each parent from the facts and choices on the case record. */
    public FeeAssessment calculate(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = details(caseNumber);
        FeeAssessment assessment = assess(caseFile, details);
        for (FeeParent p : parents.findByCaseIdOrderByParent(caseFile.getId())) {
            p.recordAssessment(assessment.parent(p.getParent()));
        }
        details.recordAssessment(assessment.total(), String.join("\n", assessment.lines()), clock.today());
        caseFiles.recordStep(caseFile.getId(), null, "FEE_CALCULATED", "ServiceTask_CalculateFee", "计算征收数额",
                "应征收社会抚养费合计" + assessment.total().toPlainString() + "元", null);
        return assessment;
    }

    private FeeAssessment assess(CaseFile caseFile, MaintenanceFeeCase details) {
        List<ParentFeeInput> inputs = parents.findByCaseIdOrderByParent(caseFile.getId()).stream()
                .map(p -> new ParentFeeInput(p.getParent(), p.getFullName(), p.getHukouCategory(), p.getAreaCode(),
                        p.getActualIncome(),
                        details.getMultiple() == null ? null : new ChosenMultiple(details.getMultiple(), details.getMultipleReason()),
                        p.getTopUpMultiple() == null ? null : new ChosenMultiple(p.getTopUpMultiple(), p.getTopUpReason())))
                .toList();
        // A base figure not configured is a configuration gap (MissingIncomeBaseException), not an input error: the
        // process checks the bases first (missingBases) and waits for them; elsewhere it is answered as such.
        return incomeBases.calculator().assessCase(details.getSituation(), details.getChildBirthDate(), inputs);
    }

    /**
     * The base figures the case's parents need (year before the birth; the urban base of their city or county, the
     * rural base of their township) that are configured neither on the desk nor in income-base.yml. Throws nothing,
     * so the engine's transaction is not marked; a parent whose category or area is not recorded yet is skipped.
     */
    @Transactional(readOnly = true)
    public List<cn.gov.xinbei.pfp.shared.configuration.MissingFigure> missingBases(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = details(caseNumber);
        var table = incomeBases.table();
        List<cn.gov.xinbei.pfp.shared.configuration.MissingFigure> missing = new ArrayList<>();
        for (FeeParent p : parents.findByCaseIdOrderByParent(caseFile.getId())) {
            if (p.getHukouCategory() == null || p.getAreaCode() == null || details.getChildBirthDate() == null) {
                continue;
            }
            try {
                table.baseFor(p.getHukouCategory(), p.getAreaCode(), details.getChildBirthDate());
            } catch (MissingIncomeBaseException e) {
                if (missing.stream().noneMatch(m -> m.equals(e.figure()))) {
                    missing.add(e.figure());
                }
            } catch (IllegalArgumentException e) {
                // an unknown area is an input problem, reported by the calculation as before
            }
        }
        return missing;
    }

    // --------------------------------------------------------------------------------- 告知, 陈述申辩, decision

    /**
     * What the prior notice gives the person: the last day to state their case and, where the bureau offers hearings,
     * the last day to ask for one (null when none is offered).
     */
    public record NoticeTerms(LocalDate statementUntil, LocalDate hearingRequestUntil) {
    }

    /**
     * The prior notice (告知) was served: the person has the configured working days to state their case and, where
     * the bureau offers hearings ({@code app.maintenance-fee.hearing-offered}), {@code hearing-request-days} calendar
     * days to ask for one (《行政处罚法》1996 第四十二条: 3 days). The statement step waits for the later of the two.
     */
    public NoticeTerms noticeServed(String caseNumber, LocalDate servedOn, String actor) {
        MaintenanceFeeCase details = details(caseNumber);
        between(servedOn, "noticeServedOn", "告知书送达日期", details.getCalculatedOn(), "计算征收数额的日期");
        LocalDate until = calendar.addWorkingDays(servedOn, properties.statementWorkingDays());
        boolean hearing = properties.hearingOffered();
        LocalDate hearingUntil = hearing ? calendar.addCalendarDays(servedOn, properties.hearingRequestDays()) : null;
        details.recordNotice(servedOn, until, hearing, hearingUntil);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFile.setDueOn(hearing && hearingUntil.isAfter(until) ? hearingUntil : until);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_STATEMENT, actor, "《社会抚养费征收告知书》于" + servedOn
                + "送达，当事人可在" + properties.statementWorkingDays() + "个工作日内（至" + until + "）陈述、申辩"
                + (hearing ? "，可在" + properties.hearingRequestDays() + "日内（至" + hearingUntil + "）要求听证" : ""));
        return new NoticeTerms(until, hearingUntil);
    }

    /** What the bureau recorded at 陈述申辩复核: the statement and, where a hearing was offered, the party's request. */
    public record Statement(Boolean made, Boolean accepted, String summary, Boolean hearingRequested,
                            LocalDate hearingRequestedOn) {
    }

    /**
     * 陈述申辩复核. Where the notice offered a hearing, whether the party asked for one and on which day: a request
     * after {@code hearing-request-days} calendar days from the notice's service is refused (《行政处罚法》1996 第四十二条)
     * and nothing is written.
     *
     * @return whether the statement was accepted, so the fee is assessed again
     */
    public boolean recordStatement(String caseNumber, Statement in, String actor) {
        Boolean made = in.made();
        if (made == null) {
            throw new InvalidInputException("statementMade", "请选择当事人是否在期限内陈述、申辩");
        }
        MaintenanceFeeCase details = details(caseNumber);
        Violations violations = new Violations();
        boolean isAccepted = false;
        String text = null;
        if (made) {
            if (in.accepted() == null) {
                violations.add("statementAccepted", "请选择陈述、申辩的理由是否成立（采纳或不予采纳）");
            }
            text = requiredText(in.summary(), "statementSummary", "陈述、申辩的内容及复核意见", violations);
            isAccepted = Boolean.TRUE.equals(in.accepted());
        }
        boolean hearingRequested = hearingRequest(details, in, violations);
        violations.throwIfAny();
        details.recordStatement(made, isAccepted, text);
        if (Boolean.TRUE.equals(details.getHearingOffered())) {
            details.recordHearingRequest(hearingRequested, hearingRequested ? in.hearingRequestedOn() : null);
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFile.setDueOn(null);
        String hearingText = !hearingRequested ? ""
                : isAccepted ? "；当事人于" + in.hearingRequestedOn() + "要求听证，因重新核定后将重新告知，本次不再组织听证"
                : "；当事人于" + in.hearingRequestedOn() + "要求听证，由区局组织听证后作出决定";
        caseFiles.changeStatus(caseFile, isAccepted ? CaseStatus.AWAITING_FEE_ASSESSMENT : CaseStatus.AWAITING_FEE_DECISION,
                actor, (!made ? "当事人在期限内未陈述、申辩" : (isAccepted ? "陈述、申辩理由成立，予以采纳，重新核定：" : "陈述、申辩理由不成立，不予采纳：") + text)
                        + hearingText);
        return isAccepted;
    }

    /** Checks the hearing request against the notice; @return whether a hearing was asked for in time. */
    private boolean hearingRequest(MaintenanceFeeCase details, Statement in, Violations violations) {
        if (!Boolean.TRUE.equals(details.getHearingOffered())) {
            if (Boolean.TRUE.equals(in.hearingRequested())) {
                violations.add("hearingRequested", "本案告知书未告知听证权利（区局未提供听证），不能登记听证申请");
            }
            return false;
        }
        if (in.hearingRequested() == null) {
            violations.add("hearingRequested", "请选择当事人是否要求听证");
            return false;
        }
        if (!in.hearingRequested()) {
            return false;
        }
        LocalDate on = in.hearingRequestedOn();
        if (on == null) {
            violations.add("hearingRequestedOn", "请填写听证申请日期");
        } else if (on.isBefore(details.getNoticeServedOn()) || on.isAfter(clock.today())) {
            violations.add("hearingRequestedOn", "听证申请日期应在告知书送达日期（" + details.getNoticeServedOn()
                    + "）与今天之间");
        } else if (on.isAfter(details.getHearingRequestUntil())) {
            violations.add("hearingRequestedOn", "听证申请日期" + on + "已超过期限：当事人应在告知书送达之日起"
                    + properties.hearingRequestDays() + "日内（至" + details.getHearingRequestUntil() + "）要求听证"
                    + "（《行政处罚法》第四十二条），逾期的不予组织听证");
        }
        return true;
    }

    /** What the hearing recorded (组织听证, the bureau clerk). */
    public record Hearing(LocalDate notifiedOn, LocalDate heldOn, String officer, String record, Boolean changed) {
    }

    /**
     * 组织听证: the party was told the time and place at least {@code hearing-notice-days} (7) calendar days before the
     * hearing, which was chaired by someone who did not investigate the case, and recorded (《行政处罚法》1996 第四十二条).
     * A refused input writes nothing.
     *
     * @return whether the hearing changed the facts or the multiple, so the fee is assessed again
     */
    public boolean hearingHeld(String caseNumber, Hearing in, String actor) {
        MaintenanceFeeCase details = details(caseNumber);
        if (!details.hearingDue()) {
            throw new InvalidInputException("hearingHeldOn", "当事人未在期限内要求听证，本案不组织听证");
        }
        LocalDate today = clock.today();
        Violations violations = new Violations();
        LocalDate notified = in.notifiedOn();
        if (notified == null) {
            violations.add("hearingNotifiedOn", "请填写听证通知送达日期");
        } else if (notified.isBefore(details.getHearingRequestedOn()) || notified.isAfter(today)) {
            violations.add("hearingNotifiedOn", "听证通知送达日期应在听证申请日期（" + details.getHearingRequestedOn()
                    + "）与今天之间");
            notified = null;
        }
        LocalDate held = in.heldOn();
        if (held == null) {
            violations.add("hearingHeldOn", "请填写听证日期");
        } else if (held.isAfter(today)) {
            violations.add("hearingHeldOn", "听证日期不能晚于今天");
        } else if (notified != null) {
            new HearingNotice(properties.hearingNoticeDays()).tooEarly(notified, held)
                    .ifPresent(reason -> violations.add("hearingHeldOn", reason));
        }
        String officer = name(in.officer(), "hearingOfficer", "听证主持人", violations);
        if (officer != null && details.getInvestigators() != null
                && List.of(details.getInvestigators().split("、")).contains(officer)) {
            violations.add("hearingOfficer", "听证主持人" + officer + "是本案调查人员：听证由行政机关指定的非本案调查人员主持"
                    + "（《行政处罚法》第四十二条）");
        }
        String record = requiredText(in.record(), "hearingRecord", "听证笔录摘要", violations);
        if (in.changed() == null) {
            violations.add("hearingChangesAssessment", "请选择听证后认定的事实或征收倍数是否变更");
        }
        violations.throwIfAny();
        boolean changed = in.changed();
        details.recordHearing(notified, held, officer, record, changed);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFiles.changeStatus(caseFile, changed ? CaseStatus.AWAITING_FEE_ASSESSMENT : CaseStatus.AWAITING_FEE_DECISION,
                actor, "听证通知" + notified + "送达，" + held + "举行听证（主持人" + officer + "）：" + record
                        + (changed ? "。听证后事实或征收倍数变更，重新核定" : "。听证后维持告知的征收数额"));
        return changed;
    }

    /** 征收决定: one decision per parent assessed, each with its own number (REFERENCE.md 5.2: separate decisions). */
    public Map<Parent, String> decide(String caseNumber, LocalDate decidedOn, String actor) {
        MaintenanceFeeCase details = details(caseNumber);
        boolean waitedOut = Boolean.TRUE.equals(details.getStatementMade());
        LocalDate earliest = waitedOut ? details.getNoticeServedOn() : details.getStatementUntil().plusDays(1);
        String earliestLabel = waitedOut ? "告知书送达日期" : "陈述、申辩期满次日";
        if (details.hearingDue()) {
            if (details.getHearingHeldOn() == null) {
                throw new InvalidInputException("decidedOn", "当事人要求听证的，应在听证后作出征收决定（《行政处罚法》第四十二条）");
            }
            if (details.getHearingHeldOn().isAfter(earliest)) {
                earliest = details.getHearingHeldOn();
                earliestLabel = "听证日期";
            }
        }
        between(decidedOn, "decidedOn", "征收决定日期", earliest, earliestLabel);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        Map<Parent, String> numbers = new EnumMap<>(Parent.class);
        for (FeeParent p : parents.findByCaseIdOrderByParent(caseFile.getId())) {
            if (p.getFee() != null && p.getFee().signum() > 0) {
                int year = decidedOn.getYear();
                String number = DECISION_NUMBER_FORMAT.formatted(year, caseFiles.drawNumber(DECISION_SERIES, year));
                p.assignDecisionNumber(number);
                numbers.put(p.getParent(), number);
            }
        }
        details.recordDecision(decidedOn);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_SERVICE, actor, "作出《社会抚养费征收决定书》"
                + String.join("、", numbers.values()) + "，合计" + details.getTotalFee().toPlainString() + "元");
        return numbers;
    }

    /**
     * 送达: each decision takes effect when served on its parent (357号令 art. 6); the payment, instalment, remedy and
     * enforcement deadlines run from that day. A decision not served cannot be collected.
     */
    public List<FeeParent> served(String caseNumber, Map<Parent, LocalDate> servedOn, String actor) {
        MaintenanceFeeCase details = details(caseNumber);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        List<FeeParent> decided = decided(caseFile);
        Violations violations = new Violations();
        for (FeeParent p : decided) {
            String field = p.getParent().field() + "ServedOn";
            LocalDate on = servedOn.get(p.getParent());
            if (on == null) {
                violations.add(field, "请填写" + p.getParent().label() + "决定书（" + p.getDecisionNumber()
                        + "）的送达日期：决定书自送达之日起生效，未送达的不能要求缴纳");
            } else if (on.isBefore(details.getDecidedOn()) || on.isAfter(clock.today())) {
                violations.add(field, p.getParent().label() + "决定书送达日期应在决定日期（" + details.getDecidedOn()
                        + "）与今天之间");
            }
        }
        violations.throwIfAny();
        LocalDate latestDue = null;
        for (FeeParent p : decided) {
            PaymentSchedule schedule = deadlines.scheduleFor(servedOn.get(p.getParent()));
            p.recordService(schedule);
            latestDue = latestDue == null || schedule.paymentDue().date().isAfter(latestDue)
                    ? schedule.paymentDue().date() : latestDue;
        }
        caseFile.setDueOn(latestDue);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_PAYMENT, actor, decided.stream()
                .map(p -> p.getParent().label() + "决定书" + p.getServedOn() + "送达，缴款期限至" + p.getPaymentDue())
                .reduce((a, b) -> a + "；" + b).orElse(""));
        return decided;
    }

    // ------------------------------------------------------------------------------------- instalments, payment

    /** A written instalment application, within 30 days of receiving the decision (357号令 art. 6). */
    public LocalDate instalmentApplied(String caseNumber, LocalDate appliedOn, String reason, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        List<FeeParent> decided = decided(caseFile);
        LocalDate firstServed = decided.stream().map(FeeParent::getServedOn).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate lastDay = decided.stream().map(FeeParent::getInstalmentApplicationDue).max(Comparator.naturalOrder()).orElseThrow();
        between(appliedOn, "instalmentAppliedOn", "分期缴纳申请日期", firstServed, "决定书送达日期");
        if (appliedOn.isAfter(lastDay)) {
            throw new InvalidInputException("instalmentAppliedOn", "分期缴纳应在收到决定书之日起30日内（" + lastDay
                    + "前）书面申请（《社会抚养费征收管理办法》第六条），本申请已逾期");
        }
        String text = requiredText(reason, "instalmentReason", "申请理由及困难证明");
        details(caseNumber).recordInstalmentApplication(appliedOn, text);
        LocalDate decisionDue = calendar.addCalendarDays(appliedOn, FeeDeadlines.INSTALMENT_APPLICATION_DAYS);
        caseFile.setDueOn(decisionDue);
        caseFiles.recordStep(caseFile.getId(), actor, "INSTALMENT_APPLIED", "Task_InstalmentApplication",
                "分期缴纳申请", appliedOn + "申请分期缴纳：" + text + "；应于" + decisionDue + "前书面答复", null);
        return decisionDue;
    }

    /** @return the deadline from which late fees now run: the last instalment's, or the decision's */
    public LocalDate instalmentDecided(String caseNumber, Boolean approved, LocalDate until, String reason, String actor) {
        if (approved == null) {
            throw new InvalidInputException("instalmentApproved", "请选择是否准予分期缴纳");
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        LocalDate originalDue = decided(caseFile).stream().map(FeeParent::getPaymentDue)
                .max(Comparator.naturalOrder()).orElseThrow();
        Violations violations = new Violations();
        String text = requiredText(reason, "instalmentDecisionReason", "审批意见", violations);
        if (approved) {
            if (until == null) {
                violations.add("instalmentUntil", "请填写分期缴纳的最后期限");
            } else if (!until.isAfter(originalDue)) {
                violations.add("instalmentUntil", "分期缴纳的最后期限应晚于原缴款期限（" + originalDue + "）");
            } else if (until.isAfter(originalDue.plusMonths(properties.maxInstalmentMonths()))) {
                violations.add("instalmentUntil", "分期缴纳的最后期限不能晚于原缴款期限后" + properties.maxInstalmentMonths()
                        + "个月（" + originalDue.plusMonths(properties.maxInstalmentMonths()) + "）");
            }
        }
        violations.throwIfAny();
        details(caseNumber).recordInstalmentDecision(approved, approved ? until : null);
        LocalDate due = approved ? until : originalDue;
        caseFile.setDueOn(due);
        caseFiles.changeStatus(caseFile, approved ? CaseStatus.INSTALMENTS_GRANTED : CaseStatus.AWAITING_PAYMENT, actor,
                (approved ? "准予分期缴纳，最后期限" + until : "不准予分期缴纳，仍按原期限" + originalDue + "缴纳") + "：" + text);
        return due;
    }

    /**
     * A deposit into the state treasury, as confirmed by the finance liaison (357号令 arts. 6, 10). Refused without
     * the confirmation and receipt, before the decision was served on that parent, or above what the parent owes.
     *
     * @return whether the whole case is now paid
     */
    public boolean depositRecorded(String caseNumber, String payer, Object amountValue, LocalDate depositedOn,
                                   String receipt, Boolean treasuryConfirmed, String actor) {
        if (!Boolean.TRUE.equals(treasuryConfirmed)) {
            throw new InvalidInputException("treasuryConfirmed", "款项须经财政联络员核实已缴入国库后方可登记"
                    + "（《社会抚养费征收管理办法》第十条：社会抚养费全部上缴国库）");
        }
        Violations violations = new Violations();
        Parent parent = parseEnum(Parent.class, payer, "payer", "请选择缴款人：男方或女方", violations);
        BigDecimal amount = money(amountValue, "depositAmount", "缴款金额", false, violations);
        String receiptNumber = requiredText(receipt, "treasuryReceiptNumber", "国库缴款书（社会抚养费收据）编号", 40, violations);
        if (depositedOn == null) {
            violations.add("depositedOn", "请填写缴款日期");
        }
        violations.throwIfAny();
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        FeeParent p = parent(caseFile, parent);
        if (p.getServedOn() == null) {
            throw new InvalidInputException("payer", p.getParent().label() + "的征收决定书尚未送达，决定未生效，不能登记缴款");
        }
        between(depositedOn, "depositedOn", "缴款日期", p.getServedOn(), "决定书送达日期");
        if (deposits.existsByTreasuryReceiptNumber(receiptNumber)) {
            throw new InvalidInputException("treasuryReceiptNumber", "国库缴款书编号" + receiptNumber + "已登记过，不能重复登记");
        }
        MaintenanceFeeCase details = details(caseNumber);
        Owed owed = owed(details, p, deposits.findByCaseIdOrderByDepositedOn(caseFile.getId()), depositedOn);
        if (amount.compareTo(owed.total()) > 0) {
            throw new InvalidInputException("depositAmount", "缴款金额" + amount.toPlainString() + "元超过" + p.getParent().label()
                    + "截至" + depositedOn + "尚欠的" + owed.total().toPlainString() + "元（其中滞纳金"
                    + owed.lateFee().toPlainString() + "元）");
        }
        deposits.save(new FeeDeposit(caseFile.getId(), parent, amount, depositedOn, receiptNumber, actor, clock.now()));
        caseFiles.recordStep(caseFile.getId(), actor, "DEPOSIT", "Task_RecordDeposit", "缴入国库",
                p.getParent().label() + depositedOn + "缴入国库" + amount.toPlainString() + "元（缴款书" + receiptNumber + "）",
                null);
        return fullyPaid(caseNumber);
    }

    public record Owed(BigDecimal principal, BigDecimal lateFee, BigDecimal paid, BigDecimal total) {
    }

    /** What a parent owes on a day: the fee, the late fee run up to that day, less what was deposited by then. */
    Owed owed(MaintenanceFeeCase details, FeeParent p, List<FeeDeposit> all, LocalDate asOf) {
        BigDecimal principal = p.getFee();
        List<Payment> toPrincipal = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal remaining = principal;
        for (FeeDeposit d : all) {
            if (d.getParent() != p.getParent() || d.getDepositedOn().isAfter(asOf)) {
                continue;
            }
            paid = paid.add(d.getAmount());
            BigDecimal part = d.getAmount().min(remaining);
            if (part.signum() > 0) {
                toPrincipal.add(new Payment(d.getDepositedOn(), part));
                remaining = remaining.subtract(part);
            }
        }
        LocalDate deadline = details.effectiveDeadline(p);
        BigDecimal late = asOf.isAfter(deadline)
                ? lateFees.calculate(principal, deadline, toPrincipal, asOf).lateFee() : BigDecimal.ZERO;
        return new Owed(principal, late, paid, principal.add(late).subtract(paid));
    }

    /**
     * What a parent owes on {@code asOf}, with the late fee explained line by line (for the 催告书): the principal, the
     * deposits up to that day, the late fee from the day after the deadline capped at the principal (行政强制法 art. 45).
     */
    public record Arrears(FeeParent parent, LocalDate deadline, LocalDate asOf, BigDecimal paid,
                          BigDecimal unpaidPrincipal, BigDecimal lateFee, BigDecimal total, boolean capped,
                          List<String> lateFeeLines) {
    }

    @Transactional(readOnly = true)
    public Arrears arrears(String caseNumber, FeeParent p, LocalDate asOf) {
        MaintenanceFeeCase details = details(caseNumber);
        List<FeeDeposit> all = deposits.findByCaseIdOrderByDepositedOn(p.getCaseId());
        Owed owed = owed(details, p, all, asOf);
        LocalDate deadline = details.effectiveDeadline(p);
        BigDecimal unpaidPrincipal = p.getFee();
        List<Payment> toPrincipal = new ArrayList<>();
        for (FeeDeposit d : all) {
            if (d.getParent() == p.getParent() && !d.getDepositedOn().isAfter(asOf) && unpaidPrincipal.signum() > 0) {
                BigDecimal part = d.getAmount().min(unpaidPrincipal);
                toPrincipal.add(new Payment(d.getDepositedOn(), part));
                unpaidPrincipal = unpaidPrincipal.subtract(part);
            }
        }
        List<String> lines = List.of();
        boolean capped = false;
        if (asOf.isAfter(deadline)) {
            LateFeeAssessment late = lateFees.calculate(p.getFee(), deadline, toPrincipal, asOf);
            lines = late.lines();
            capped = late.capped();
        }
        return new Arrears(p, deadline, asOf, owed.paid(), unpaidPrincipal, owed.lateFee(), owed.total(), capped, lines);
    }

    /** The assessment as the case record now gives it, computed again without writing anything. */
    @Transactional(readOnly = true)
    public FeeAssessment currentAssessment(String caseNumber) {
        return assess(caseFiles.byNumber(caseNumber), details(caseNumber));
    }

    @Transactional(readOnly = true)
    public boolean fullyPaid(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = details(caseNumber);
        List<FeeDeposit> all = deposits.findByCaseIdOrderByDepositedOn(caseFile.getId());
        LocalDate today = clock.today();
        return decided(caseFile).stream().allMatch(p -> p.getServedOn() != null
                && owed(details, p, all, today).total().signum() <= 0);
    }

    public void closePaid(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        caseFiles.close(caseFile, CaseStatus.PAID, "PAID", null, "社会抚养费（含滞纳金）已全部缴入国库，案件办结");
    }

    // --------------------------------------------------------------------------- late fee, 催告, court enforcement

    /** The payment deadline passed unpaid: late fee as of today for each parent who still owes (357号令 art. 8). */
    public List<String> assessLateFee(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = details(caseNumber);
        List<FeeDeposit> all = deposits.findByCaseIdOrderByDepositedOn(caseFile.getId());
        LocalDate today = clock.today();
        List<String> lines = new ArrayList<>();
        for (FeeParent p : decided(caseFile)) {
            List<Payment> toPrincipal = new ArrayList<>();
            BigDecimal remaining = p.getFee();
            for (FeeDeposit d : all) {
                if (d.getParent() == p.getParent() && remaining.signum() > 0) {
                    BigDecimal part = d.getAmount().min(remaining);
                    toPrincipal.add(new Payment(d.getDepositedOn(), part));
                    remaining = remaining.subtract(part);
                }
            }
            LocalDate deadline = details.effectiveDeadline(p);
            if (!today.isAfter(deadline)) {
                continue;
            }
            LateFeeAssessment late = lateFees.calculate(p.getFee(), deadline, toPrincipal, today);
            p.recordLateFee(late.lateFee());
            lines.add(p.getParent().label() + p.getFullName() + "（" + p.getDecisionNumber() + "）：");
            lines.addAll(late.lines());
        }
        String text = String.join("\n", lines);
        details.recordLateFee(text.length() > 4000 ? text.substring(0, 4000) : text);
        caseFiles.changeStatus(caseFile, CaseStatus.OVERDUE, null, "缴款期限届满仍未缴清，依法加收滞纳金并书面催告");
        return lines;
    }

    /**
     * The 催告书 was served: the court may be asked once it has run ten working days and the remedy periods have
     * expired (行政强制法 arts. 53, 54), within the window of art. 53.
     *
     * @return the first day the bureau may apply to the court
     */
    public LocalDate reminderServed(String caseNumber, LocalDate servedOn, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = details(caseNumber);
        List<FeeParent> decided = decided(caseFile);
        LocalDate deadline = decided.stream().map(details::effectiveDeadline).max(Comparator.naturalOrder()).orElseThrow();
        between(servedOn, "reminderServedOn", "催告书送达日期", deadline.plusDays(1), "缴款期限届满次日");
        LocalDate earliest = null;
        for (FeeParent p : decided) {
            Optional<LocalDate> day = deadlines.earliestCourtApplication(deadlines.scheduleFor(p.getServedOn()), servedOn);
            if (day.isEmpty()) {
                throw new InvalidInputException("reminderServedOn", "催告书" + servedOn + "送达后满10个工作日时，"
                        + p.getParent().label() + "申请强制执行的期限（至" + p.getEnforcementCloses() + "）已过");
            }
            earliest = earliest == null || day.get().isAfter(earliest) ? day.get() : earliest;
        }
        details.recordReminder(servedOn, earliest);
        caseFile.setDueOn(earliest);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_COURT, actor, "《催告书》于" + servedOn + "送达；"
                + "仍不履行的，自" + earliest + "起可申请人民法院强制执行");
        return earliest;
    }

    /** The application to the court and its ruling; closes the case. @return whether the court ordered enforcement */
    public boolean courtDecided(String caseNumber, LocalDate appliedOn, String ruling, String rulingNumber, String actor) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MaintenanceFeeCase details = details(caseNumber);
        Violations violations = new Violations();
        if (!"ENFORCE".equals(ruling) && !"NOT_ENFORCE".equals(ruling)) {
            violations.add("courtRuling", "请选择法院裁定：准予强制执行或不准予强制执行");
        }
        String number = requiredText(rulingNumber, "courtRulingNumber", "法院裁定书文号", 64, violations);
        violations.throwIfAny();
        between(appliedOn, "courtAppliedOn", "申请强制执行日期", details.getCourtEarliestOn(),
                "催告满10个工作日且复议、诉讼期限届满之日");
        LocalDate windowCloses = decided(caseFile).stream().map(FeeParent::getEnforcementCloses)
                .min(Comparator.naturalOrder()).orElseThrow();
        if (appliedOn.isAfter(windowCloses)) {
            throw new InvalidInputException("courtAppliedOn", "申请强制执行应在" + windowCloses
                    + "前提出（《中华人民共和国行政强制法》第五十三条），已超过期限");
        }
        details.recordCourt(appliedOn, ruling, number);
        boolean enforce = "ENFORCE".equals(ruling);
        caseFiles.close(caseFile, enforce ? CaseStatus.ENFORCED : CaseStatus.CLOSED,
                enforce ? "ENFORCED" : "ENFORCEMENT_REFUSED", actor, appliedOn + "申请人民法院强制执行，法院"
                        + (enforce ? "裁定准予强制执行（" : "裁定不准予强制执行（") + number + "）");
        return enforce;
    }

    // ----------------------------------------------------------------------------------------- 复议 / 诉讼

    /** A 复议 or court decision on the fee decision, recorded by the bureau; a change is checked by recalculating. */
    public MaintenanceFeeCase.ReviewOutcome reviewRecorded(String caseNumber, String body, String outcome,
                                                           LocalDate decidedOn, String number, Object newMultiple,
                                                           String reason, String actor) {
        MaintenanceFeeCase details = details(caseNumber);
        Violations violations = new Violations();
        MaintenanceFeeCase.ReviewOutcome result = parseEnum(MaintenanceFeeCase.ReviewOutcome.class, outcome,
                "reviewOutcome", "请选择复议或诉讼结果：维持、变更或撤销", violations);
        String bodyText = requiredText(body, "reviewBody", "复议机关或人民法院", 100, violations);
        String numberText = requiredText(number, "reviewDecisionNumber", "复议决定书或判决书文号", 64, violations);
        String reasonText = requiredText(reason, "reviewReason", "决定要旨", violations);
        BigDecimal multiple = money(newMultiple, "reviewMultiple", "变更后的征收倍数", true, violations);
        if (result == MaintenanceFeeCase.ReviewOutcome.CHANGED && multiple == null && !details.getSituation().isFixed()) {
            violations.add("reviewMultiple", "变更征收决定的，请填写变更后的征收倍数");
        }
        violations.throwIfAny();
        between(decidedOn, "reviewDecidedOn", "复议或判决日期", details.getDecidedOn(), "征收决定日期");
        details.recordReview(bodyText, result, decidedOn, numberText, reasonText);
        if (result == MaintenanceFeeCase.ReviewOutcome.CHANGED && multiple != null) {
            details.chooseMultiple(multiple, bodyText + numberText + "变更：" + reasonText, actor);
            assess(caseFiles.byNumber(caseNumber), details); // refuse a multiple the law does not allow, now
        }
        caseFiles.recordStep(caseFiles.byNumber(caseNumber).getId(), actor, "REVIEW", "Task_RecordReview", "复议、诉讼结果",
                bodyText + numberText + "：" + switch (result) {
                    case UPHELD -> "维持";
                    case CHANGED -> "变更";
                    case QUASHED -> "撤销";
                } + "。" + reasonText, null);
        return result;
    }

    /** Applies a recorded change: the fee is recalculated and stays owed as changed. */
    public FeeAssessment applyChange(String caseNumber) {
        return calculate(caseNumber);
    }

    public void closeQuashed(String caseNumber) {
        MaintenanceFeeCase details = details(caseNumber);
        caseFiles.close(caseFiles.byNumber(caseNumber), CaseStatus.QUASHED, "QUASHED", null,
                details.getReviewBody() + details.getReviewDecisionNumber() + "撤销征收决定，案件终结：" + details.getReviewReason());
    }

    // ------------------------------------------------------------------------------------------------- reading

    /** Whether the prior notice offers a hearing ({@code app.maintenance-fee.hearing-offered}). */
    public boolean hearingOffered() {
        return properties.hearingOffered();
    }

    /** Calendar days to ask for an offered hearing after the notice is served. */
    public int hearingRequestDays() {
        return properties.hearingRequestDays();
    }

    @Transactional(readOnly = true)
    public MaintenanceFeeCase details(String caseNumber) {
        return feeCases.findById(caseFiles.byNumber(caseNumber).getId())
                .orElseThrow(() -> new IllegalStateException("maintenance-fee case without its details: " + caseNumber));
    }

    @Transactional(readOnly = true)
    public List<FeeParent> parents(String caseNumber) {
        return parents.findByCaseIdOrderByParent(caseFiles.byNumber(caseNumber).getId());
    }

    @Transactional(readOnly = true)
    public List<FeeDeposit> deposits(String caseNumber) {
        return deposits.findByCaseIdOrderByDepositedOn(caseFiles.byNumber(caseNumber).getId());
    }

    private FeeParent parent(CaseFile caseFile, Parent which) {
        return parents.findByCaseIdOrderByParent(caseFile.getId()).stream().filter(p -> p.getParent() == which)
                .findFirst().orElseThrow();
    }

    private List<FeeParent> decided(CaseFile caseFile) {
        return parents.findByCaseIdOrderByParent(caseFile.getId()).stream()
                .filter(p -> p.getDecisionNumber() != null).toList();
    }

    // ---------------------------------------------------------------------------------------------- input helpers

    private void between(LocalDate value, String field, String label, LocalDate notBefore, String notBeforeLabel) {
        if (value == null) {
            throw new InvalidInputException(field, "请填写" + label);
        }
        if (value.isAfter(clock.today())) {
            throw new InvalidInputException(field, label + "不能晚于今天");
        }
        if (notBefore != null && value.isBefore(notBefore)) {
            throw new InvalidInputException(field, label + "不能早于" + notBeforeLabel + "（" + notBefore + "）");
        }
    }

    private static String text(Map<String, Object> v, String name) {
        Object value = v.get(name);
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, String message,
                                                   Violations violations) {
        if (value != null && !value.isBlank()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.strip())) {
                    return constant;
                }
            }
        }
        violations.add(field, message);
        return null;
    }

    private static String name(String value, String field, String label, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "请填写" + label);
            return null;
        }
        if (value.strip().length() > 30) {
            violations.add(field, label + "不能超过30个字");
            return null;
        }
        return value.strip();
    }

    private static String optionalText(String value, String field, String label, int max, Violations violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            violations.add(field, label + "不能超过" + max + "个字");
            return null;
        }
        return value.strip();
    }

    static String requiredText(String value, String field, String label) {
        Violations violations = new Violations();
        String text = requiredText(value, field, label, violations);
        violations.throwIfAny();
        return text;
    }

    private static String requiredText(String value, String field, String label, Violations violations) {
        if (value == null || value.strip().length() < MIN_TEXT_LENGTH) {
            violations.add(field, "请填写" + label + "，至少" + MIN_TEXT_LENGTH + "个字");
            return null;
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            violations.add(field, label + "不能超过" + MAX_TEXT_LENGTH + "个字");
            return null;
        }
        return value.strip();
    }

    /** A short identifier such as a document number: required, at most {@code max} characters. */
    private static String requiredText(String value, String field, String label, int max, Violations violations) {
        if (value == null || value.isBlank()) {
            violations.add(field, "请填写" + label);
            return null;
        }
        if (value.strip().length() > max) {
            violations.add(field, label + "不能超过" + max + "个字");
            return null;
        }
        return value.strip();
    }

    private static ResidentIdNumber idNumber(String raw, String field, String who, Sex expected, LocalDate asOf,
                                             Violations violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(field, "请填写" + who + "公民身份号码");
            return null;
        }
        try {
            ResidentIdNumber id = ResidentIdNumber.parse(raw.strip(), asOf);
            if (expected != null && id.sex() != expected) {
                violations.add(field, who + "公民身份号码显示性别为" + id.sex().label() + "，请核对");
                return null;
            }
            return id;
        } catch (InvalidResidentIdException e) {
            violations.add(field, who + e.getMessage());
            return null;
        }
    }

    /** A non-negative amount or multiple with at most two decimals, from a number or text. */
    private static BigDecimal money(Object value, String field, String label, boolean optional, Violations violations) {
        if (value == null || value.toString().isBlank()) {
            if (!optional) {
                violations.add(field, "请填写" + label);
            }
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            violations.add(field, label + "应为数字");
            return null;
        }
        if (amount.signum() < 0 || (!optional && amount.signum() == 0)) {
            violations.add(field, label + "应大于0");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(field, label + "最多两位小数");
            return null;
        }
        return amount;
    }

    private LocalDate date(Object value, String field, String label, Violations violations) {
        try {
            return cn.gov.xinbei.pfp.shared.process.Variables.date(value, field, label, clock.zone());
        } catch (InvalidInputException e) {
            e.violations().forEach(x -> violations.add(x.field(), x.message()));
            return null;
        }
    }
}
