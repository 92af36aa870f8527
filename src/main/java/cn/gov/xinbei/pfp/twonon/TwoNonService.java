package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.calendar.DeadlineCalculator;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.shared.procedure.domain.HearingNotice;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.TextRules;
import cn.gov.xinbei.pfp.twonon.domain.Agency;
import cn.gov.xinbei.pfp.twonon.domain.FineRange;
import cn.gov.xinbei.pfp.twonon.domain.LateSurcharge;
import cn.gov.xinbei.pfp.twonon.domain.PenaltyBasis;
import cn.gov.xinbei.pfp.twonon.domain.ReportChannel;
import cn.gov.xinbei.pfp.web.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The 两非 joint case (REFERENCE.md §6.4): report intake, 分办, each agency's investigation and penalty, referral to
 * the police, closure, the whistle-blower reward, supervision and holds. Every rule is checked here, on the case
 * record, so a form or API call cannot get around it; the process steps call in by case number and agency.
 *
 * @implNote actorGroups null means the engine acts on its own (no authenticated user): group checks are skipped.
 */
@Service
@Transactional
public class TwoNonService {

    public static final String PROCESS_KEY = "twoNonJointCase";
    public static final String TRACKS_ACTIVITY = "Call_AgencyTracks";
    public static final String OVERDUE_TIMER = "BoundaryEvent_Overdue";
    public static final BigDecimal MINIMUM_REWARD = new BigDecimal("10000");
    static final String BUREAU_CLERKS = Organization.group(Organization.BUREAU, Organization.CLERK);
    static final String BUREAU_SUPERVISORS = Organization.group(Organization.BUREAU, Organization.SUPERVISOR);
    static final String FINANCE_LIAISONS = Organization.group("finance", Organization.LIAISON);

    private final CaseFileService caseFiles;
    private final CaseFileRepository caseFileRepository;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final DeadlineCalculator deadlines;
    private final EngineClock clock;
    private final TwoNonProperties properties;

    public TwoNonService(CaseFileService caseFiles, CaseFileRepository caseFileRepository, JdbcTemplate jdbc, RuntimeService runtimeService,
                         ManagementService managementService, IdentityService identityService,
                         DeadlineCalculator deadlines, EngineClock clock, TwoNonProperties properties) {
        this.caseFiles = caseFiles;
        this.caseFileRepository = caseFileRepository;
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.deadlines = deadlines;
        this.clock = clock;
        this.properties = properties;
    }

    // --- intake -------------------------------------------------------------------------------------------------

    public record Intake(String channel, Boolean anonymous, String reporterName, String reporterContact, String facts) {
    }

    public record Reporter(boolean anonymous, String name, String contact) {
    }

    public record Registered(String caseNumber, String processInstanceId) {
    }

    /** Variables of the start form and of the API's start that carry the reporter's identity: cleared at the start. */
    public static final List<String> REPORTER_VARIABLES = List.of("reporterName", "reporterContact");

    /**
     * 举报登记 through the API by a bureau clerk: starts the process with the report, as the Tasklist's start form does;
     * the start listener registers it ({@link #register}). The reporter's name and contact travel as transient
     * variables, which the engine never stores (runtime or history), and the listener removes them at once.
     */
    public Registered report(Intake intake, String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局经办人可以登记两非举报", BUREAU_CLERKS);
        VariableMap variables = org.camunda.bpm.engine.variable.Variables.createVariables()
                .putValue("channel", intake.channel())
                .putValue("anonymous", intake.anonymous())
                .putValue("facts", intake.facts())
                .putValueTyped("reporterName", org.camunda.bpm.engine.variable.Variables.stringValue(intake.reporterName(), true))
                .putValueTyped("reporterContact", org.camunda.bpm.engine.variable.Variables.stringValue(intake.reporterContact(), true));
        // The API's filter has already signed the user in to the engine; a caller without an engine user (a test, a
        // job) acts as the given actor, so the start listener records who registered the report.
        Authentication current = identityService.getCurrentAuthentication();
        if (current == null && actor != null) {
            identityService.setAuthentication(actor, actorGroups == null ? List.of() : List.copyOf(actorGroups));
        }
        try {
            org.camunda.bpm.engine.runtime.ProcessInstance instance =
                    runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
            return new Registered(instance.getBusinessKey(), instance.getId());
        } finally {
            if (current == null && actor != null) {
                identityService.clearAuthentication();
            }
        }
    }

    /**
     * Checks and registers a report at the start of the process (start form or API), in the engine's transaction: a
     * refused report leaves no case and no process behind. The case and the facts go to two_non_case, a named
     * reporter's identity to two_non_reporter only. A report without facts is refused; a named report needs the
     * reporter's name or contact.
     */
    public CaseFile register(Intake intake, String processInstanceId, String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局经办人可以登记两非举报", BUREAU_CLERKS);
        ReportChannel channel;
        try {
            channel = ReportChannel.valueOf(intake.channel() == null ? "" : intake.channel().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("channel", "请选择举报方式：举报电话、来信、来访或网上举报");
        }
        if (blank(intake.facts())) {
            throw new InvalidInputException("facts", "举报的事实不能为空：没有具体事实的举报不予登记");
        }
        cn.gov.xinbei.pfp.shared.validation.Violations lengths = new cn.gov.xinbei.pfp.shared.validation.Violations();
        // The columns of two_non_case and two_non_reporter (V4): checked here, never left to the database.
        TextRules.maxLength(lengths, "facts", "举报的事实", intake.facts(), 4000);
        TextRules.maxLength(lengths, "reporterName", "举报人姓名", intake.reporterName(), 64);
        TextRules.maxLength(lengths, "reporterContact", "举报人联系方式", intake.reporterContact(), 100);
        TextRules.problem(intake.reporterName(), false, "举报人姓名").ifPresent(p -> lengths.add("reporterName", p));
        TextRules.problem(intake.reporterContact(), false, "举报人联系方式").ifPresent(p -> lengths.add("reporterContact", p));
        TextRules.problem(intake.facts(), true, "举报的事实").ifPresent(p -> lengths.add("facts", p));
        lengths.throwIfAny();
        boolean anonymous = Boolean.TRUE.equals(intake.anonymous());
        if (!anonymous && blank(intake.reporterName()) && blank(intake.reporterContact())) {
            throw new InvalidInputException("reporterName", "实名举报须登记举报人姓名或联系方式；否则请选择匿名举报");
        }
        CaseFile caseFile = caseFiles.register(CaseKind.TWO_NON, Organization.BUREAU,
                "两非举报（" + channel.label() + "）", clock.today(), List.of(), actor);
        caseFileRepository.flush();
        jdbc.update("insert into two_non_case (case_id, channel, anonymous, facts) values (?, ?, ?, ?)",
                caseFile.getId(), channel.name(), anonymous, intake.facts().strip());
        if (!anonymous) {
            jdbc.update("insert into two_non_reporter (case_id, reporter_name, reporter_contact) values (?, ?, ?)",
                    caseFile.getId(), trim(intake.reporterName()), trim(intake.reporterContact()));
        }
        // The managed instance (the one register() saved may be a detached copy): the link is flushed with it.
        CaseFile managed = caseFiles.byNumber(caseFile.getCaseNumber());
        managed.linkProcessInstance(processInstanceId);
        return managed;
    }

    /** The reporter's identity: bureau clerks and supervisors only (JS 2005 decision item 12: kept secret). */
    @Transactional(readOnly = true)
    public Reporter reporter(String caseNumber, Collection<String> actorGroups) {
        if (actorGroups == null || !(actorGroups.contains(BUREAU_CLERKS) || actorGroups.contains(BUREAU_SUPERVISORS))) {
            throw new AccessDeniedException("举报人身份只对区人口计生局经办人和领导公开");
        }
        CaseFile caseFile = caseOf(caseNumber);
        List<Reporter> found = jdbc.query("select reporter_name, reporter_contact from two_non_reporter where case_id = ?",
                (rs, i) -> new Reporter(false, rs.getString(1), rs.getString(2)), caseFile.getId());
        return found.isEmpty() ? new Reporter(true, null, null) : found.get(0);
    }

    // --- acceptance and agencies ----------------------------------------------------------------------------------

    /** 受理与分办: ACCEPT with at least one agency (slug → reason), or REFUSE with a reason. */
    public void accept(String caseNumber, String decision, Map<String, String> agencyReasons, String reason,
                       String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局经办人可以受理两非案件", BUREAU_CLERKS);
        CaseFile caseFile = caseOf(caseNumber);
        if ("REFUSE".equals(decision)) {
            if (blank(reason)) {
                throw new InvalidInputException("acceptanceReason", "不予受理须说明理由");
            }
            jdbc.update("update two_non_case set accepted = false, acceptance_reason = ? where case_id = ?",
                    reason.strip(), caseFile.getId());
            caseFiles.close(caseFile, CaseStatus.NOT_ACCEPTED, "不予受理", actor, reason.strip());
            return;
        }
        if (!"ACCEPT".equals(decision)) {
            throw new InvalidInputException("acceptanceDecision", "请选择受理或不予受理");
        }
        Map<Agency, String> agencies = new LinkedHashMap<>();
        agencyReasons.forEach((slug, why) -> {
            if (!blank(why)) {
                agencies.put(Agency.bySlug(slug).orElseThrow(() -> new InvalidInputException("agencies",
                        "未知的部门：" + slug)), why.strip());
            }
        });
        if (agencies.isEmpty()) {
            throw new InvalidInputException("agencies", "受理的两非案件至少须有一个参与调查的部门，并说明理由");
        }
        jdbc.update("update two_non_case set accepted = true, acceptance_reason = ?, supervision_due_on = ?"
                        + " where case_id = ?", trim(reason),
                Date.valueOf(deadlines.addCalendarDays(clock.today(), properties.defaultCaseDays())), caseFile.getId());
        agencies.forEach((agency, why) -> insertAgency(caseFile, agency, why, false));
        caseFile.markAccepted(clock.today());
        caseFiles.changeStatus(caseFile, CaseStatus.JOINT_INVESTIGATION, actor, "分办："
                + String.join("、", agencies.keySet().stream().map(Agency::label).toList()));
    }

    /** Adds an agency to a case under investigation: its own track starts at once, in parallel with the others. */
    public void addAgency(String caseNumber, String slug, String reason, String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局经办人可以增加参与部门", BUREAU_CLERKS);
        CaseFile caseFile = caseOf(caseNumber);
        Agency agency = Agency.bySlug(slug).orElseThrow(() -> new InvalidInputException("agency", "未知的部门：" + slug));
        if (blank(reason)) {
            throw new InvalidInputException("reason", "增加参与部门须说明理由");
        }
        if (agencies(caseNumber).contains(agency.slug())) {
            throw new InvalidInputException("agency", agency.label() + "已经参与本案");
        }
        ActivityInstance[] bodies = caseFile.getProcessInstanceId() == null ? new ActivityInstance[0]
                : runtimeService.getActivityInstance(caseFile.getProcessInstanceId())
                .getActivityInstances(TRACKS_ACTIVITY + "#multiInstanceBody");
        if (caseFile.getStatus() != CaseStatus.JOINT_INVESTIGATION || bodies.length == 0) {
            throw new InvalidInputException("agency", "案件不在联合调查阶段，不能增加参与部门");
        }
        insertAgency(caseFile, agency, reason.strip(), true);
        // The bureau's right was checked above; the engine adds the instance on its own authority.
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            runtimeService.createProcessInstanceModification(caseFile.getProcessInstanceId())
                    .startBeforeActivity(TRACKS_ACTIVITY, bodies[0].getId())
                    .setVariableLocal("agency", agency.slug())
                    .execute();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
        caseFiles.recordStep(caseFile.getId(), actor, "AGENCY_ADDED", agency.slug(), "增加参与部门",
                agency.label() + "：" + reason.strip(), null);
    }

    @Transactional(readOnly = true)
    public List<String> agencies(String caseNumber) {
        return jdbc.queryForList("select agency from two_non_agency where case_id = ? order by added_late, added_on, agency",
                String.class, caseOf(caseNumber).getId());
    }

    @Transactional(readOnly = true)
    public boolean accepted(String caseNumber) {
        return Boolean.TRUE.equals(caseRow(caseNumber).get("accepted"));
    }

    // --- an agency's track ----------------------------------------------------------------------------------------

    public record Findings(String findings, String evidence, String investigators, LocalDate evidencePreservedOn,
                           Boolean crimeSuspected, Boolean penaltyProposed, BigDecimal illegalIncome) {
    }

    public void investigated(String caseNumber, String slug, Findings f, String actor, Collection<String> actorGroups) {
        Agency agency = requireAgency(slug, actorGroups);
        Map<String, Object> row = agencyRow(caseNumber, agency);
        List<String> problems = new ArrayList<>();
        if (blank(f.findings())) {
            problems.add("请填写调查查明的事实");
        }
        if (f.crimeSuspected() == null) {
            problems.add("请选择是否涉嫌犯罪");
        }
        if (f.penaltyProposed() == null) {
            problems.add("请选择是否拟作出行政处罚");
        } else if (f.penaltyProposed() && agency.penaltyBasis().isEmpty()) {
            problems.add(agency.label() + "在两非案件中没有罚款职权");
        }
        if (f.illegalIncome() != null && f.illegalIncome().signum() < 0) {
            problems.add("违法所得不能为负数");
        }
        if (f.evidencePreservedOn() != null && f.evidencePreservedOn().isAfter(clock.today())) {
            problems.add("先行登记保存日期不能晚于今天");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("findings", String.join("；", problems));
        }
        jdbc.update("update two_non_agency set findings = ?, evidence = ?, investigators = ?, evidence_preserved_on = ?,"
                        + " crime_suspected = ?, penalty_proposed = ?, illegal_income = ? where id = ?",
                f.findings().strip(), trim(f.evidence()), trim(f.investigators()), sqlDate(f.evidencePreservedOn()),
                f.crimeSuspected(), f.penaltyProposed(), f.illegalIncome(), row.get("id"));
        caseFiles.recordStep(caseOf(caseNumber).getId(), actor, "INVESTIGATED", agency.slug(),
                agency.label() + "调查取证", f.findings().strip(), null);
    }

    /** The routing facts of a track, from the record (not from variables a form could overwrite). */
    @Transactional(readOnly = true)
    public Map<String, Boolean> trackFlags(String caseNumber, String slug) {
        Map<String, Object> row = agencyRow(caseNumber, agency(slug));
        Map<String, Boolean> flags = new LinkedHashMap<>();
        flags.put("crimeSuspected", Boolean.TRUE.equals(row.get("crime_suspected")));
        flags.put("penaltyProposed", Boolean.TRUE.equals(row.get("penalty_proposed")));
        flags.put("hearingRequested", Boolean.TRUE.equals(row.get("hearing_requested")));
        return flags;
    }

    /** 先行登记保存: the decision is due within 7 days (行政处罚法 1996 art. 37). */
    @Transactional(readOnly = true)
    public LocalDate evidenceDecisionDue(String caseNumber, String slug) {
        LocalDate preserved = date(agencyRow(caseNumber, agency(slug)).get("evidence_preserved_on"));
        return preserved == null ? null : preserved.plusDays(7);
    }

    public void evidenceDecided(String caseNumber, String slug, LocalDate decidedOn, String decision, String actor,
                                Collection<String> actorGroups) {
        Agency agency = requireAgency(slug, actorGroups);
        Map<String, Object> row = agencyRow(caseNumber, agency);
        LocalDate preserved = date(row.get("evidence_preserved_on"));
        if (decidedOn == null || blank(decision)) {
            throw new InvalidInputException("evidenceDecision", "请填写登记保存证据的处理决定和日期");
        }
        if (decidedOn.isBefore(preserved) || decidedOn.isAfter(clock.today())) {
            throw new InvalidInputException("evidenceDecidedOn", "处理决定日期应在登记保存日期（" + preserved + "）至今天之间");
        }
        jdbc.update("update two_non_agency set evidence_decided_on = ?, evidence_decision = ? where id = ?",
                sqlDate(decidedOn), decision.strip(), row.get("id"));
        String late = decidedOn.isAfter(preserved.plusDays(7)) ? "（超过七日期限）" : "";
        caseFiles.recordStep(caseOf(caseNumber).getId(), actor, "EVIDENCE_DECIDED", agency.slug(),
                "登记保存证据处理决定" + late, decision.strip(), null);
    }

    /** 移送公安机关 (刑法 art. 336): recorded with the date and the transfer document's number. */
    public void referred(String caseNumber, String slug, LocalDate referredOn, String referralNumber, String actor,
                         Collection<String> actorGroups) {
        Agency agency = requireAgency(slug, actorGroups);
        if (referredOn == null || blank(referralNumber) || referredOn.isAfter(clock.today())) {
            throw new InvalidInputException("referralNumber", "请填写移送日期（不晚于今天）和移送书编号");
        }
        jdbc.update("update two_non_agency set referred_on = ?, referral_number = ? where id = ?",
                sqlDate(referredOn), referralNumber.strip(), agencyRow(caseNumber, agency).get("id"));
        caseFiles.recordStep(caseOf(caseNumber).getId(), actor, "REFERRED", agency.slug(), "移送公安机关",
                agency.label() + "移送，" + referralNumber.strip(), null);
    }

    /** 处罚告知书送达; returns the last day to request a hearing (3 days, 行政处罚法 1996 art. 42). */
    public LocalDate noticeServed(String caseNumber, String slug, LocalDate servedOn, String actor,
                                  Collection<String> actorGroups) {
        Agency agency = requireAgency(slug, actorGroups);
        if (servedOn == null || servedOn.isAfter(clock.today())) {
            throw new InvalidInputException("noticeServedOn", "请填写告知书送达日期（不晚于今天）");
        }
        jdbc.update("update two_non_agency set notice_served_on = ? where id = ?", sqlDate(servedOn),
                agencyRow(caseNumber, agency).get("id"));
        caseFiles.recordStep(caseOf(caseNumber).getId(), actor, "NOTICE_SERVED", agency.slug(), "送达处罚告知书",
                agency.label(), null);
        return hearingRequestDue(caseNumber, slug);
    }

    @Transactional(readOnly = true)
    public LocalDate hearingRequestDue(String caseNumber, String slug) {
        LocalDate served = date(agencyRow(caseNumber, agency(slug)).get("notice_served_on"));
        return served == null ? null : deadlines.addCalendarDays(served, 3);
    }

    public void hearingRequested(String caseNumber, String slug, Boolean requested, String actor,
                                 Collection<String> actorGroups) {
        Agency agency = requireAgency(slug, actorGroups);
        if (requested == null) {
            throw new InvalidInputException("hearingRequested", "请选择当事人是否要求听证");
        }
        jdbc.update("update two_non_agency set hearing_requested = ? where id = ?", requested,
                agencyRow(caseNumber, agency).get("id"));
    }

    /**
     * 听证: the party was told the hearing's time and place at least {@code app.two-non.hearing-notice-days} (7) days
     * before it (《行政处罚法》1996 第四十二条), after the prior notice; the hearing is held after the prior notice and
     * not later than today. A refused input writes nothing.
     */
    public void hearingHeld(String caseNumber, String slug, LocalDate notifiedOn, LocalDate heldOn, String summary,
                            String actor, Collection<String> actorGroups) {
        Agency agency = requireAgency(slug, actorGroups);
        Map<String, Object> row = agencyRow(caseNumber, agency);
        LocalDate notice = date(row.get("notice_served_on"));
        if (notifiedOn == null || notifiedOn.isBefore(notice) || notifiedOn.isAfter(clock.today())) {
            throw new InvalidInputException("hearingNotifiedOn", "请填写听证通知送达日期（处罚告知书送达日期" + notice
                    + "至今天之间）");
        }
        if (heldOn == null || blank(summary) || !heldOn.isAfter(notice) || heldOn.isAfter(clock.today())) {
            throw new InvalidInputException("hearingHeldOn", "请填写听证日期（告知书送达之后、不晚于今天）和听证意见");
        }
        new HearingNotice(properties.hearingNoticeDays()).tooEarly(notifiedOn, heldOn).ifPresent(reason -> {
            throw new InvalidInputException("hearingHeldOn", reason);
        });
        jdbc.update("update two_non_agency set hearing_notified_on = ?, hearing_held_on = ?, hearing_summary = ?"
                + " where id = ?", sqlDate(notifiedOn), sqlDate(heldOn), summary.strip(), row.get("id"));
        caseFiles.recordStep(caseOf(caseNumber).getId(), actor, "HEARING_HELD", agency.slug(), "听证",
                "听证通知" + notifiedOn + "送达，" + heldOn + "举行听证：" + summary.strip(), null);
    }

    /** The fine range open to this agency on the illegal income its investigation found. */
    @Transactional(readOnly = true)
    public FineRange fineRange(String caseNumber, String slug) {
        Agency agency = agency(slug);
        PenaltyBasis basis = agency.penaltyBasis().orElseThrow(() ->
                new InvalidInputException("fine", agency.label() + "在两非案件中没有罚款职权"));
        return basis.range((BigDecimal) agencyRow(caseNumber, agency).get("illegal_income"));
    }

    /**
     * 处罚决定: only after the prior notice (行政处罚法 1996 art. 41) and, where requested, the hearing; the fine within
     * the legal range; a suspected crime referred first (a fine never replaces a referral). Returns the decision number.
     */
    public String decide(String caseNumber, String slug, LocalDate decidedOn, BigDecimal fine, String actor,
                         Collection<String> actorGroups) {
        Agency agency = requireAgency(slug, actorGroups);
        Map<String, Object> row = agencyRow(caseNumber, agency);
        LocalDate notice = date(row.get("notice_served_on"));
        if (decidedOn == null || decidedOn.isAfter(clock.today())) {
            throw new InvalidInputException("decidedOn", "请填写处罚决定日期（不晚于今天）");
        }
        if (notice == null || !decidedOn.isAfter(notice)) {
            throw new InvalidInputException("decidedOn", "处罚决定不能早于或与处罚告知同日作出：未依法告知当事人事实、理由、依据和权利的，"
                    + "行政处罚决定不能成立（《行政处罚法》第三十一条、第四十一条）");
        }
        if (Boolean.TRUE.equals(row.get("hearing_requested"))) {
            LocalDate held = date(row.get("hearing_held_on"));
            if (held == null || decidedOn.isBefore(held)) {
                throw new InvalidInputException("decidedOn", "当事人要求听证的，应在听证后作出处罚决定（《行政处罚法》第四十二条）");
            }
        }
        if (Boolean.TRUE.equals(row.get("crime_suspected")) && row.get("referred_on") == null) {
            throw new InvalidInputException("fine", "涉嫌犯罪的案件须先移送公安机关，不得以罚代刑（《行政处罚法》第三十八条、第六十一条）");
        }
        FineRange range = fineRange(caseNumber, slug);
        if (!range.contains(fine)) {
            throw new InvalidInputException("fine", "罚款数额" + (fine == null ? "未填写" : fine.toPlainString() + "元")
                    + "超出法定幅度：" + range.text() + "（" + agency.penaltyBasis().orElseThrow().citation() + "）");
        }
        String number = "新两非罚〔" + decidedOn.getYear() + "〕" + "%05d".formatted(
                caseFiles.drawNumber("TWO_NON_DECISION", decidedOn.getYear())) + "号";
        jdbc.update("update two_non_agency set decided_on = ?, fine = ?, decision_number = ? where id = ?",
                sqlDate(decidedOn), fine, number, row.get("id"));
        caseFiles.recordStep(caseOf(caseNumber).getId(), actor, "PENALTY_DECIDED", agency.slug(),
                agency.label() + "处罚决定", number + "，罚款" + fine.toPlainString() + "元", null);
        return number;
    }

    /** 送达处罚决定书, due within 7 days of the decision (art. 40); returns the payment deadline (15 days, art. 46). */
    public LocalDate decisionServed(String caseNumber, String slug, LocalDate servedOn, String actor,
                                    Collection<String> actorGroups) {
        Agency agency = requireAgency(slug, actorGroups);
        Map<String, Object> row = agencyRow(caseNumber, agency);
        LocalDate decided = date(row.get("decided_on"));
        if (servedOn == null || servedOn.isBefore(decided) || servedOn.isAfter(clock.today())) {
            throw new InvalidInputException("servedOn", "送达日期应在处罚决定日期（" + decided + "）至今天之间");
        }
        LocalDate due = deadlines.addCalendarDays(servedOn, 15);
        jdbc.update("update two_non_agency set served_on = ?, payment_due_on = ? where id = ?", sqlDate(servedOn),
                sqlDate(due), row.get("id"));
        return due;
    }

    @Transactional(readOnly = true)
    public LocalDate serviceDue(String caseNumber, String slug) {
        return deadlines.addCalendarDays(date(agencyRow(caseNumber, agency(slug)).get("decided_on")), 7);
    }

    @Transactional(readOnly = true)
    public LocalDate paymentDue(String caseNumber, String slug) {
        return date(agencyRow(caseNumber, agency(slug)).get("payment_due_on"));
    }

    /** What is owed if paid on that day: the fine plus the late surcharge. */
    @Transactional(readOnly = true)
    public BigDecimal amountOwed(String caseNumber, String slug, LocalDate paidOn) {
        Map<String, Object> row = agencyRow(caseNumber, agency(slug));
        BigDecimal fine = (BigDecimal) row.get("fine");
        return fine.add(LateSurcharge.of(fine, date(row.get("payment_due_on")), paidOn));
    }

    /** The finance liaison confirms the payment: the fine plus 3 % a day after the deadline, at most the fine again. */
    public BigDecimal finePaid(String caseNumber, String slug, LocalDate paidOn, BigDecimal amount, String actor,
                               Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有财政联络员可以登记罚款缴纳", FINANCE_LIAISONS);
        Agency agency = agency(slug);
        Map<String, Object> row = agencyRow(caseNumber, agency);
        if (paidOn == null || paidOn.isAfter(clock.today()) || paidOn.isBefore(date(row.get("served_on")))) {
            throw new InvalidInputException("paidOn", "缴款日期应在决定书送达之后、不晚于今天");
        }
        BigDecimal fine = (BigDecimal) row.get("fine");
        BigDecimal surcharge = LateSurcharge.of(fine, date(row.get("payment_due_on")), paidOn);
        BigDecimal owed = fine.add(surcharge);
        if (amount == null || amount.compareTo(owed) != 0) {
            throw new InvalidInputException("amountPaid", "应缴" + owed.toPlainString() + "元（罚款" + fine.toPlainString()
                    + "元，逾期加处罚款" + surcharge.toPlainString() + "元），登记的缴款数额不符");
        }
        jdbc.update("update two_non_agency set paid_on = ?, amount_paid = ?, late_surcharge = ?, finished = true"
                + " where id = ?", sqlDate(paidOn), amount, surcharge, row.get("id"));
        caseFiles.recordStep(caseOf(caseNumber).getId(), actor, "FINE_PAID", agency.slug(), agency.label() + "罚款已缴纳",
                owed.toPlainString() + "元", null);
        return surcharge;
    }

    // --- closure, reward, supervision, holds -----------------------------------------------------------------------

    public record Closure(Boolean reportVerified, String summary, String holdIdNumber, String holdReason) {
    }

    /** 结案: a summary line per agency is written from its record; a hold is registered when a woman is named. */
    public void close(String caseNumber, Closure c, String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局经办人可以结案", BUREAU_CLERKS);
        CaseFile caseFile = caseOf(caseNumber);
        if (c.reportVerified() == null || blank(c.summary())) {
            throw new InvalidInputException("summary", "请填写结案意见并认定举报是否属实");
        }
        for (Map<String, Object> row : jdbc.queryForList("select * from two_non_agency where case_id = ?", caseFile.getId())) {
            if (Boolean.TRUE.equals(row.get("crime_suspected")) && row.get("referred_on") == null) {
                throw new InvalidInputException("summary", "涉嫌犯罪的线索尚未移送公安机关，不能结案");
            }
            jdbc.update("update two_non_agency set summary = ?, finished = true where id = ?", agencySummary(row), row.get("id"));
        }
        if (!blank(c.holdIdNumber())) {
            ResidentIdNumber woman = ResidentIdNumber.parse(c.holdIdNumber(), clock.today());
            jdbc.update("insert into two_non_hold (id, id_number, case_number, held_from, reason) values (?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(), woman.value(), caseNumber, Date.valueOf(clock.today()),
                    blank(c.holdReason()) ? "非医学需要终止中期以上妊娠" : c.holdReason().strip());
            caseFiles.recordStep(caseFile.getId(), actor, "HOLD", null, "暂停再生育审批",
                    ResidentIdNumber.mask(woman.value()), null);
        }
        Map<String, Object> row = caseRow(caseNumber);
        jdbc.update("update two_non_case set report_verified = ?, closing_summary = ? where case_id = ?",
                c.reportVerified(), c.summary().strip(), caseFile.getId());
        if (rewardDue(caseNumber)) {
            caseFiles.changeStatus(caseFile, CaseStatus.AWAITING_REWARD, actor, c.summary().strip());
        } else {
            caseFiles.close(caseFile, CaseStatus.CLOSED, c.reportVerified() ? "举报属实，已结案" : "举报不实，已结案", actor,
                    c.summary().strip() + (Boolean.TRUE.equals(row.get("anonymous")) && c.reportVerified()
                            ? "（匿名举报，未登记举报人，无法兑现奖励）" : ""));
        }
    }

    @Transactional(readOnly = true)
    public List<String> agencySummaries(String caseNumber) {
        return jdbc.queryForList("select summary from two_non_agency where case_id = ? order by added_late, agency",
                String.class, caseOf(caseNumber).getId());
    }

    /** A verified, named report earns the reward (JS 2005 decision item 12). */
    @Transactional(readOnly = true)
    public boolean rewardDue(String caseNumber) {
        Map<String, Object> row = caseRow(caseNumber);
        return Boolean.TRUE.equals(row.get("report_verified")) && !Boolean.TRUE.equals(row.get("anonymous"));
    }

    /** The finance liaison pays the reward: at least 10,000 元; the case closes. */
    public void rewardPaid(String caseNumber, BigDecimal amount, LocalDate paidOn, String voucher, String actor,
                           Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有财政联络员可以登记举报奖励的发放", FINANCE_LIAISONS);
        CaseFile caseFile = caseOf(caseNumber);
        if (amount == null || amount.compareTo(MINIMUM_REWARD) < 0) {
            throw new InvalidInputException("rewardAmount", "查证属实的两非举报，奖励不少于一万元（江苏省2005年决定第十二条）");
        }
        if (paidOn == null || paidOn.isAfter(clock.today()) || blank(voucher)) {
            throw new InvalidInputException("rewardPaidOn", "请填写发放日期（不晚于今天）和付款凭证号");
        }
        jdbc.update("update two_non_case set reward_amount = ?, reward_paid_on = ?, reward_voucher = ? where case_id = ?",
                amount, sqlDate(paidOn), voucher.strip(), caseFile.getId());
        caseFiles.close(caseFile, CaseStatus.CLOSED, "举报属实，已结案，奖励已兑现", actor,
                "举报奖励" + amount.toPlainString() + "元，凭证" + voucher.strip());
    }

    /** 督办: a bureau supervisor marks the case as priority and sets the deadline of the whole case. */
    public void prioritise(String caseNumber, LocalDate deadline, String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局领导可以督办案件", BUREAU_SUPERVISORS);
        CaseFile caseFile = caseOf(caseNumber);
        if (deadline == null || !deadline.isAfter(clock.today())) {
            throw new InvalidInputException("deadline", "督办期限应晚于今天");
        }
        jdbc.update("update two_non_case set priority = true, supervision_due_on = ?, supervised_by = ? where case_id = ?",
                sqlDate(deadline), actor, caseFile.getId());
        caseFile.setDueOn(deadline);
        if (caseFile.getProcessInstanceId() != null) {
            for (Job job : managementService.createJobQuery().processInstanceId(caseFile.getProcessInstanceId())
                    .activityId(OVERDUE_TIMER).list()) {
                managementService.setJobDuedate(job.getId(), deadlines.endOfDay(deadline));
            }
        }
        caseFiles.recordStep(caseFile.getId(), actor, "PRIORITY", null, "督办", "办结期限" + deadline, null);
    }

    @Transactional(readOnly = true)
    public LocalDate supervisionDue(String caseNumber) {
        return date(caseRow(caseNumber).get("supervision_due_on"));
    }

    @Transactional(readOnly = true)
    public boolean priority(String caseNumber) {
        return Boolean.TRUE.equals(caseRow(caseNumber).get("priority"));
    }

    public void escalated(String caseNumber) {
        CaseFile caseFile = caseOf(caseNumber);
        jdbc.update("update two_non_case set escalated_at = ? where case_id = ?",
                java.sql.Timestamp.from(clock.now()), caseFile.getId());
        caseFiles.recordStep(caseFile.getId(), null, "ESCALATED", null, "逾期督办",
                "联合调查超过办案期限" + supervisionDue(caseNumber) + "，已提交区局领导", null);
    }

    public void escalationHandled(String caseNumber, String instruction, String actor) {
        if (blank(instruction)) {
            throw new InvalidInputException("instruction", "请填写督办意见");
        }
        caseFiles.recordStep(caseOf(caseNumber).getId(), actor, "SUPERVISED", null, "督办意见", instruction.strip(), null);
    }

    public record Hold(String id, String idNumberMasked, String caseNumber, LocalDate heldFrom, String reason,
                       LocalDate liftedOn, String liftedBy, String liftReason) {
    }

    /** The holds a case registered (ID numbers masked): bureau clerks and supervisors. */
    @Transactional(readOnly = true)
    public List<Hold> holds(String caseNumber, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局经办人和领导可以查看暂停再生育审批的登记", BUREAU_CLERKS, BUREAU_SUPERVISORS);
        caseOf(caseNumber);
        return jdbc.query("select * from two_non_hold where case_number = ? order by held_from, id",
                (rs, i) -> hold(rs), caseNumber);
    }

    /**
     * Lifts a hold once the facts are cleared (2002 规定 art. 7: no approval "查清事实前"): bureau supervisors only,
     * with a reason of at least {@code app.two-non.hold-lift-reason-min-length} characters, on today's date; written
     * to the case timeline with the user. From then on the woman may apply for a second child again.
     */
    public Hold liftHold(String holdId, String reason, String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局领导可以解除暂停再生育审批", BUREAU_SUPERVISORS);
        List<Hold> found = jdbc.query("select * from two_non_hold where id = ?", (rs, i) -> hold(rs), holdId);
        if (found.isEmpty()) {
            throw new NotFoundException("暂停再生育审批的登记不存在：" + holdId);
        }
        Hold hold = found.get(0);
        if (hold.liftedOn() != null) {
            throw new InvalidInputException("holdId", "该暂停已于" + hold.liftedOn() + "解除");
        }
        int minimum = properties.holdLiftReasonMinLength();
        if (blank(reason) || reason.strip().codePointCount(0, reason.strip().length()) < minimum) {
            throw new InvalidInputException("reason", "请填写解除暂停的理由（查清的事实），至少" + minimum + "个字");
        }
        LocalDate today = clock.today();
        jdbc.update("update two_non_hold set lifted_on = ?, lifted_by = ?, lift_reason = ? where id = ? and lifted_on is null",
                sqlDate(today), actor, reason.strip(), holdId);
        caseFiles.recordStep(caseOf(hold.caseNumber()).getId(), actor, "HOLD_LIFTED", null, "解除暂停再生育审批",
                hold.idNumberMasked() + "：" + reason.strip(), null);
        return new Hold(hold.id(), hold.idNumberMasked(), hold.caseNumber(), hold.heldFrom(), hold.reason(), today,
                actor, reason.strip());
    }

    private static Hold hold(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Hold(rs.getString("id"), ResidentIdNumber.mask(rs.getString("id_number")), rs.getString("case_number"),
                date(rs.getDate("held_from")), rs.getString("reason"), date(rs.getDate("lifted_on")),
                rs.getString("lifted_by"), rs.getString("lift_reason"));
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static String agencySummary(Map<String, Object> row) {
        Agency agency = Agency.bySlug((String) row.get("agency")).orElseThrow();
        StringBuilder s = new StringBuilder(agency.label()).append("：");
        s.append(row.get("findings") == null ? "未调查" : row.get("findings"));
        if (row.get("referred_on") != null) {
            s.append("；已移送公安机关（").append(row.get("referral_number")).append("）");
        }
        if (row.get("decision_number") != null) {
            s.append("；").append(row.get("decision_number")).append("罚款")
                    .append(((BigDecimal) row.get("fine")).toPlainString()).append("元");
            s.append(row.get("paid_on") == null ? "，未缴纳" : "，已缴纳" + ((BigDecimal) row.get("amount_paid")).toPlainString() + "元");
        } else if (agency.penaltyBasis().isPresent()) {
            s.append("；不予行政处罚");
        }
        return s.toString();
    }

    private void insertAgency(CaseFile caseFile, Agency agency, String reason, boolean late) {
        jdbc.update("insert into two_non_agency (id, case_id, agency, reason, added_on, added_late) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), caseFile.getId(), agency.slug(), reason, Date.valueOf(clock.today()), late);
    }

    /** The agency of a track; its liaisons only (the candidate group does the same in the Tasklist). */
    private static Agency requireAgency(String slug, Collection<String> actorGroups) {
        Agency agency = agency(slug);
        if (actorGroups != null && !actorGroups.contains(agency.liaisons())) {
            throw new AccessDeniedException("只有" + agency.label() + "联络员可以办理本部门的调查处罚步骤");
        }
        return agency;
    }

    private static Agency agency(String slug) {
        return Agency.bySlug(slug).orElseThrow(() -> new IllegalArgumentException("unknown agency " + slug));
    }

    private static void requireGroup(Collection<String> actorGroups, String message, String... allowed) {
        if (actorGroups != null && java.util.Arrays.stream(allowed).noneMatch(actorGroups::contains)) {
            throw new AccessDeniedException(message);
        }
    }

    private CaseFile caseOf(String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if (caseFile.getKind() != CaseKind.TWO_NON) {
            throw new IllegalArgumentException(caseNumber + " is not a 两非 case");
        }
        return caseFile;
    }

    private Map<String, Object> caseRow(String caseNumber) {
        return jdbc.queryForMap("select * from two_non_case where case_id = ?", caseOf(caseNumber).getId());
    }

    private Map<String, Object> agencyRow(String caseNumber, Agency agency) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from two_non_agency where case_id = ? and agency = ?",
                caseOf(caseNumber).getId(), agency.slug());
        if (rows.isEmpty()) {
            throw new InvalidInputException("agency", agency.label() + "未参与本案");
        }
        return rows.get(0);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}
