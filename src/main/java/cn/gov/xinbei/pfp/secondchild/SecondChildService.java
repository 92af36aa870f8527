package cn.gov.xinbei.pfp.secondchild;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.secondchild.domain.ApplicationReader;
import cn.gov.xinbei.pfp.secondchild.domain.ConditionCode;
import cn.gov.xinbei.pfp.secondchild.domain.DisabledChildAssessment;
import cn.gov.xinbei.pfp.secondchild.domain.Eligibility;
import cn.gov.xinbei.pfp.secondchild.domain.EligibilityFacts;
import cn.gov.xinbei.pfp.secondchild.domain.EligibilityOutcome;
import cn.gov.xinbei.pfp.secondchild.domain.RequiredDocument;
import cn.gov.xinbei.pfp.secondchild.domain.SecondChildApplication;
import cn.gov.xinbei.pfp.secondchild.domain.Spouse;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.twonon.TwoNonHolds;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application service of the second-child approval. The process's delegates and listeners translate between
 * variables and these methods; each method checks its input, writes the case record and returns what the process
 * needs next, up to the decision and its extension; what follows the decision is {@link SecondChildOutcome}.
 * Everything runs in the engine's transaction: a refused input writes nothing.
 */
@Service
@Transactional
public class SecondChildService {

    static final int MIN_REASON_LENGTH = 5;
    static final int MAX_TEXT_LENGTH = 1000;

    private final CaseFileService caseFiles;
    private final SecondChildCaseRepository secondChildCases;
    private final EligibilityService eligibilityService;
    private final Organization organization;
    private final WorkingDayCalendar calendar;
    private final SecondChildProperties limits;
    private final EngineClock clock;
    private final TwoNonHolds holds;

    public SecondChildService(CaseFileService caseFiles, SecondChildCaseRepository secondChildCases,
                              EligibilityService eligibilityService, Organization organization,
                              WorkingDayCalendar calendar, SecondChildProperties limits, EngineClock clock,
                              TwoNonHolds holds) {
        this.caseFiles = caseFiles;
        this.secondChildCases = secondChildCases;
        this.eligibilityService = eligibilityService;
        this.organization = organization;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
        this.holds = holds;
    }

    public record Registration(CaseFile caseFile, SecondChildApplication application, Eligibility eligibility,
                               Town town) {
    }

    /**
     * Reads, checks and evaluates an application without writing anything: the eligibility pre-check. The rules are
     * evaluated by the engine, which records the evaluation in its history: not on a read-only connection (MySQL's
     * driver refuses the write, and the pre-check failed), but in a transaction that is always rolled back.
     */
    @Transactional
    public Eligibility check(Map<String, Object> variables) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        SecondChildApplication application = read(variables);
        return eligibilityService.evaluate(EligibilityFacts.of(application, null, initialAssessment(application)),
                application.applicationDate());
    }

    /**
     * Registers an application at the woman's hukou town (JS-PFP art. 26). Refused here, with the reason: malformed
     * or contradictory facts, a woman under 24 outside the remarriage cases, a claim the rules in force reject,
     * a child that needs only registration (生育登记) under the rules of the application date (from 2016),
     * a second open application for the same woman, a town the acting clerk does not belong to.
     *
     * @param actorGroups the acting user's groups, or null when the system itself acts
     */
    public Registration register(Map<String, Object> variables, String actor, Collection<String> actorGroups) {
        SecondChildApplication application = read(variables);
        Town town = organization.townBySlug(application.townSlug()).orElseThrow();
        if (actorGroups != null && !UserScope.registersIn(actorGroups, town.slug())) {
            throw new InvalidInputException("townSlug", "您只能登记本镇（街道）的申请，女方户籍在" + town.name());
        }
        caseFiles.openCasesOf(CaseKind.SECOND_CHILD, application.wife().idNumber().value()).stream().findFirst()
                .ifPresent(open -> {
                    throw new InvalidInputException("wifeIdNumber", openApplicationRefusal(open.getCaseNumber()));
                });
        holds.activeHold(application.wife().idNumber().value()).ifPresent(twoNonCase -> {
            throw new InvalidInputException("wifeIdNumber", "女方在两非案件" + twoNonCase
                    + "中被查明未经批准终止中期以上妊娠，查清事实前不予批准再生育（" + TwoNonHolds.RULE + "）");
        });
        Eligibility eligibility = eligibilityService.evaluate(
                EligibilityFacts.of(application, null, initialAssessment(application)), application.applicationDate());
        if (eligibility.outcome() == EligibilityOutcome.REGISTRATION_ONLY) {
            // The count of children decides it: the child is one the couple registers, no approval case is opened.
            throw new InvalidInputException("childrenTogether", eligibility.reason() + "（" + eligibility.article() + "）");
        }
        if (eligibility.outcome() == EligibilityOutcome.INELIGIBLE) {
            throw new InvalidInputException("conditionCode", eligibility.reason() + "（" + eligibility.article() + "）");
        }
        CaseFile caseFile = caseFiles.register(CaseKind.SECOND_CHILD, town.slug(),
                application.couple() + " 照顾再生育一孩申请", application.applicationDate(),
                List.of(party(CaseParty.Role.WIFE, application.wife()), party(CaseParty.Role.HUSBAND, application.husband())),
                actor);
        // The check above does not see an application another node is registering at this moment: the key does.
        caseFiles.claimOpen(caseFile, CaseFileService.claimKey(CaseKind.SECOND_CHILD, null,
                application.wife().idNumber().value()), "wifeIdNumber", SecondChildService::openApplicationRefusal);
        SecondChildCase details = new SecondChildCase(caseFile.getId(), application.condition(),
                FactsCodec.write(EligibilityFacts.of(application, null, initialAssessment(application))),
                initialAssessment(application));
        details.recordEligibility(eligibility.outcome(), eligibility.article(), eligibility.reason(),
                eligibility.ruleVersion());
        secondChildCases.save(details);
        return new Registration(caseFile, application, eligibility, town);
    }

    private static String openApplicationRefusal(String openCaseNumber) {
        return "女方已有正在办理的再生育申请（案件编号" + openCaseNumber + "），不能重复申请";
    }

    private SecondChildApplication read(Map<String, Object> variables) {
        return ApplicationReader.read(variables, clock.today(), slug -> organization.townBySlug(slug).isPresent());
    }

    private static DisabledChildAssessment initialAssessment(SecondChildApplication application) {
        return application.condition().needsDisabledChildAssessment()
                ? DisabledChildAssessment.PENDING : DisabledChildAssessment.NONE;
    }

    private static CaseParty party(CaseParty.Role role, Spouse spouse) {
        return new CaseParty(role, spouse.name(), spouse.idNumber().value(), spouse.idNumber().masked(),
                spouse.idNumber().birthDate(), spouse.idNumber().sex().name());
    }

    /** The documents a registered application still lacks, given the documents ticked as on file. */
    @Transactional(readOnly = true)
    public Set<RequiredDocument> missingDocuments(String caseNumber, Set<RequiredDocument> onFile) {
        SecondChildCase details = details(caseNumber);
        int childrenTogether = ((Number) FactsCodec.read(details.getRegisteredFacts()).get("childrenTogether")).intValue();
        return RequiredDocument.requiredFor(details.getCondition(), childrenTogether).stream()
                .filter(d -> !onFile.contains(d))
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(RequiredDocument.class)));
    }

    public static String describe(Set<RequiredDocument> documents) {
        return documents.stream().map(RequiredDocument::label).collect(Collectors.joining("；"));
    }

    /**
     * 受理. Accepting needs every required document on file. A correction notice names everything missing and may
     * be given once (行政许可法 art. 32(四)).
     *
     * @return the due date of the town review (行政许可法 art. 43: 20 working days from acceptance)
     */
    public LocalDate accept(String caseNumber, Set<RequiredDocument> stillMissing, String actor) {
        if (!stillMissing.isEmpty()) {
            throw new InvalidInputException("acceptanceDecision",
                    "尚缺材料：" + describe(stillMissing) + "。请选择“一次性告知补正”并列明全部缺少的材料");
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        LocalDate today = clock.today();
        caseFile.markAccepted(today);
        LocalDate townReviewDue = calendar.addWorkingDays(today, limits.townReviewWorkingDays());
        caseFile.setDueOn(townReviewDue);
        caseFiles.changeStatus(caseFile, CaseStatus.ACCEPTED, actor, "材料齐全，予以受理");
        return townReviewDue;
    }

    public void requestCorrection(String caseNumber, String items, String actor) {
        SecondChildCase details = details(caseNumber);
        if (details.isCorrectionRequested()) {
            throw new InvalidInputException("acceptanceDecision",
                    "补正通知只能一次性告知（《行政许可法》第三十二条），本案已告知过补正，请受理或由申请人撤回");
        }
        String text = requiredText(items, "correctionItems", "需补正的材料");
        details.recordCorrectionRequest(text);
        caseFiles.changeStatus(caseFiles.byNumber(caseNumber), CaseStatus.CORRECTION_REQUESTED, actor,
                "一次性告知补正：" + text);
    }

    public void correctionSubmitted(String caseNumber, String actor) {
        caseFiles.changeStatus(caseFiles.byNumber(caseNumber), CaseStatus.REGISTERED, actor, "申请人已补正材料");
    }

    public void withdraw(String caseNumber, String actor) {
        caseFiles.close(caseFiles.byNumber(caseNumber), CaseStatus.WITHDRAWN, "WITHDRAWN", actor, "申请人撤回申请");
    }

    public void awaitHukouProof(String caseNumber, String actor) {
        caseFiles.changeStatus(caseFiles.byNumber(caseNumber), CaseStatus.AWAITING_HUKOU_PROOF, actor,
                "女方户口性质需派出所出具证明");
    }

    /** The police confirm the woman's hukou type; it replaces what the application declared. */
    public boolean recordHukouProof(String caseNumber, String hukouType, LocalDate ruralToUrbanOn,
                                    String certificateNumber, String actor) {
        Violations violations = new Violations();
        boolean rural = switch (hukouType == null ? "" : hukouType) {
            case "RURAL" -> true;
            case "URBAN" -> ruralToUrbanOn != null && clock.today().isBefore(
                    ruralToUrbanOn.plusYears(Spouse.RURAL_STATUS_YEARS_AFTER_CONVERSION));
            default -> {
                violations.add("confirmedHukouType", "请选择派出所证明的户口性质");
                yield false;
            }
        };
        if (ruralToUrbanOn != null && ruralToUrbanOn.isAfter(clock.today())) {
            violations.add("confirmedRuralToUrbanOn", "农转非日期不能晚于今天");
        }
        if (certificateNumber == null || certificateNumber.isBlank()) {
            violations.add("hukouCertificateNumber", "请填写户口性质证明编号");
        } else if (certificateNumber.length() > 40) {
            violations.add("hukouCertificateNumber", "证明编号不能超过40个字");
        }
        violations.throwIfAny();
        details(caseNumber).recordHukouProof(rural);
        caseFiles.changeStatus(caseFiles.byNumber(caseNumber), CaseStatus.UNDER_TOWN_REVIEW, actor,
                "派出所证明女方为" + (rural ? "农村居民" : "城镇居民") + "，证明编号" + certificateNumber.strip());
        return rural;
    }

    /**
     * 镇（街道）审核. The file goes to the district bureau, whose 20 working days (行政许可法 art. 42) start now.
     *
     * @return the decision due date
     */
    public LocalDate townReviewed(String caseNumber, String opinion, String recommendation, String actor) {
        boolean needsAssessment = details(caseNumber).getCondition().needsDisabledChildAssessment();
        Violations violations = new Violations();
        if (!"APPROVE".equals(recommendation) && !"REFUSE".equals(recommendation)) {
            violations.add("townRecommendation", "请选择审核意见：同意上报或建议不予批准");
        }
        if (opinion == null || opinion.strip().length() < MIN_REASON_LENGTH) {
            violations.add("townOpinion", "请填写审核意见，至少" + MIN_REASON_LENGTH + "个字");
        } else if (opinion.length() > MAX_TEXT_LENGTH) {
            violations.add("townOpinion", "审核意见不能超过" + MAX_TEXT_LENGTH + "个字");
        }
        violations.throwIfAny();
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        LocalDate decisionDue = calendar.addWorkingDays(clock.today(), limits.decisionWorkingDays());
        caseFile.setDueOn(decisionDue);
        if (needsAssessment) {
            details(caseNumber).startAssessment(clock.today());
        }
        caseFiles.changeStatus(caseFile, needsAssessment ? CaseStatus.AWAITING_ASSESSMENT : CaseStatus.AWAITING_DECISION,
                actor, ("APPROVE".equals(recommendation) ? "审核同意上报：" : "审核建议不予批准：") + opinion.strip());
        return decisionDue;
    }

    /**
     * Records the 病残儿医学鉴定 result. The working days it took do not count against the decision limit
     * (行政许可法 art. 45), so they are added to the decision due date.
     *
     * @return the decision due date, moved by the paused working days
     */
    public LocalDate recordAssessment(String caseNumber, String result, String conclusionNumber, String actor) {
        Violations violations = new Violations();
        if (!"QUALIFIES".equals(result) && !"NOT_QUALIFIES".equals(result)) {
            violations.add("assessmentResult", "请选择鉴定结论");
        }
        if (conclusionNumber == null || conclusionNumber.isBlank() || conclusionNumber.length() > 40) {
            violations.add("assessmentConclusionNumber", "请填写鉴定结论通知书编号（不超过40个字）");
        }
        violations.throwIfAny();
        SecondChildCase details = details(caseNumber);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        int paused = calendar.workingDaysBetween(details.getAssessmentStartedOn(), clock.today());
        details.addPausedWorkingDays(paused);
        details.recordAssessment(DisabledChildAssessment.valueOf(result));
        LocalDate decisionDue = calendar.addWorkingDays(caseFile.getDueOn(), paused);
        caseFile.setDueOn(decisionDue);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_DECISION, actor,
                "病残儿医学鉴定结论：" + ("QUALIFIES".equals(result) ? "符合再生育条件" : "不符合再生育条件")
                        + "（" + conclusionNumber.strip() + "），鉴定用时" + paused + "个工作日不计入审批期限");
        return decisionDue;
    }

    /**
     * Evaluates eligibility again on the verified facts: the registered facts with the police's hukou proof and the
     * assessment result in place of what was declared. Everything comes from the case record, never from variables
     * a form could have changed.
     */
    public Eligibility verify(String caseNumber) {
        SecondChildCase details = details(caseNumber);
        Map<String, Object> facts = FactsCodec.read(details.getRegisteredFacts());
        if (details.getConfirmedRural() != null) {
            facts.put(EligibilityFacts.WOMAN_RURAL, details.getConfirmedRural());
        }
        facts.put(EligibilityFacts.DISABLED_CHILD_ASSESSMENT, details.getAssessment().name());
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        Eligibility eligibility = eligibilityService.evaluate(facts, caseFile.getAppliedOn());
        details.recordEligibility(eligibility.outcome(), eligibility.article(), eligibility.reason(),
                eligibility.ruleVersion());
        caseFiles.recordStep(caseFile.getId(), null, "ELIGIBILITY", "verifyEligibility",
                "资格核定", eligibility.outcome().label() + "：" + eligibility.reason() + "（" + eligibility.article() + "）",
                null);
        return eligibility;
    }

    /** 区人口计生局审批: approve, refuse, or ask the head for the one extension the law allows. */
    public void decide(String caseNumber, String decision, String reason, String actor) {
        SecondChildCase details = details(caseNumber);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        switch (decision == null ? "" : decision) {
            case "APPROVE" -> {
                if (details.getEligibilityOutcome() != EligibilityOutcome.ELIGIBLE) {
                    throw new InvalidInputException("decision", "资格核定结果为“" + details.getEligibilityOutcome().label()
                            + "”（" + details.getEligibilityReason() + "），不能批准");
                }
                details.recordDecision(SecondChildCase.Decision.APPROVED, reason == null ? null : reason.strip(),
                        clock.today(), actor);
                caseFile.setDueOn(calendar.addWorkingDays(clock.today(), limits.certificateWorkingDays()));
                caseFiles.changeStatus(caseFile, CaseStatus.APPROVED, actor, "批准再生育一个孩子");
            }
            case "REFUSE" -> {
                String text = requiredText(reason, "decisionReason", "不予批准的理由");
                details.recordDecision(SecondChildCase.Decision.REFUSED, text, clock.today(), actor);
                caseFiles.changeStatus(caseFile, CaseStatus.REFUSED, actor, "不予批准：" + text);
            }
            case "REQUEST_EXTENSION" -> {
                if (details.isExtensionGranted()) {
                    throw new InvalidInputException("decision",
                            "审批期限只能延长一次（《行政许可法》第四十二条），本案已延长过");
                }
                String text = requiredText(reason, "decisionReason", "延期理由");
                caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_EXTENSION_APPROVAL, actor, "申请延长审批期限：" + text);
            }
            default -> throw new InvalidInputException("decision", "请选择审批结果：批准、不予批准或申请延期");
        }
    }

    /**
     * The head's answer to an extension request.
     *
     * @return the decision due date: 10 working days later if approved (行政许可法 art. 42), else unchanged
     */
    public LocalDate answerExtension(String caseNumber, Boolean approved, String reason, String actor) {
        if (approved == null) {
            throw new InvalidInputException("extensionApproved", "请选择是否同意延期");
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        LocalDate currentDue = caseFile.getDueOn();
        if (!approved) {
            caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_DECISION, actor, "局长不同意延期，按原期限审批");
            return currentDue;
        }
        String text = requiredText(reason, "decisionReason", "延期理由");
        LocalDate extended = calendar.addWorkingDays(currentDue, limits.extensionWorkingDays());
        details(caseNumber).recordExtension(text);
        caseFile.setDueOn(extended);
        caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_DECISION, actor,
                "经局长批准延长" + limits.extensionWorkingDays() + "个工作日至" + extended + "，已告知申请人延期理由：" + text);
        return extended;
    }

    @Transactional(readOnly = true)
    public SecondChildCase details(String caseNumber) {
        return secondChildCases.findById(caseFiles.byNumber(caseNumber).getId())
                .orElseThrow(() -> new IllegalStateException("second-child case without its details: " + caseNumber));
    }

    static String requiredText(String value, String field, String label) {
        if (value == null || value.strip().length() < MIN_REASON_LENGTH) {
            throw new InvalidInputException(field, "请填写" + label + "，至少" + MIN_REASON_LENGTH + "个字");
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(field, label + "不能超过" + MAX_TEXT_LENGTH + "个字");
        }
        return value.strip();
    }
}
