package cn.gov.xinbei.pfp.twonon;

import cn.gov.xinbei.pfp.calendar.DeadlineCalculator;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.TextRules;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import cn.gov.xinbei.pfp.twonon.domain.Agency;
import cn.gov.xinbei.pfp.twonon.domain.ReportChannel;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.BUREAU_CLERKS;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.BUREAU_SUPERVISORS;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.blank;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.requireGroup;
import static cn.gov.xinbei.pfp.twonon.TwoNonRecords.trim;

/**
 * The start of a 两非 joint case (REFERENCE.md §6.4): report intake, the reporter's identity, 受理与分办 and an agency
 * added during the investigation. Every rule is checked here, on the case record, so a form or API call cannot get
 * around it.
 */
@Service
@Transactional
public class TwoNonIntakeService {

    public static final String PROCESS_KEY = "twoNonJointCase";
    public static final String TRACKS_ACTIVITY = "Call_AgencyTracks";
    /** Variables of the start form and of the API's start that carry the reporter's identity: cleared at the start. */
    public static final List<String> REPORTER_VARIABLES = List.of("reporterName", "reporterContact");

    private final CaseFileService caseFiles;
    private final CaseFileRepository caseFileRepository;
    private final TwoNonRecords records;
    private final TwoNonCaseRepository cases;
    private final TwoNonReporterRepository reporters;
    private final TwoNonAgencyTrackRepository tracks;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final DeadlineCalculator deadlines;
    private final EngineClock clock;
    private final TwoNonProperties properties;

    public TwoNonIntakeService(CaseFileService caseFiles, CaseFileRepository caseFileRepository, TwoNonRecords records,
                               TwoNonCaseRepository cases, TwoNonReporterRepository reporters,
                               TwoNonAgencyTrackRepository tracks, RuntimeService runtimeService,
                               IdentityService identityService, DeadlineCalculator deadlines, EngineClock clock,
                               TwoNonProperties properties) {
        this.caseFiles = caseFiles;
        this.caseFileRepository = caseFileRepository;
        this.records = records;
        this.cases = cases;
        this.reporters = reporters;
        this.tracks = tracks;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.deadlines = deadlines;
        this.clock = clock;
        this.properties = properties;
    }

    public record Intake(String channel, Boolean anonymous, String reporterName, String reporterContact, String facts) {
    }

    public record Reporter(boolean anonymous, String name, String contact) {
    }

    public record Registered(String caseNumber, String processInstanceId) {
    }

    /**
     * 举报登记 through the API by a bureau clerk: starts the process with the report, as the Tasklist's start form does;
     * the start listener registers it ({@link #register}). The reporter's name and contact travel as transient
     * variables, which the engine never stores (runtime or history), and the listener removes them at once.
     */
    public Registered report(Intake intake, String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局经办人可以登记两非举报", BUREAU_CLERKS);
        VariableMap variables = Variables.createVariables()
                .putValue("channel", intake.channel())
                .putValue("anonymous", intake.anonymous())
                .putValue("facts", intake.facts())
                .putValueTyped("reporterName", Variables.stringValue(intake.reporterName(), true))
                .putValueTyped("reporterContact", Variables.stringValue(intake.reporterContact(), true));
        // The API's filter has already signed the user in to the engine; a caller without an engine user (a test, a
        // job) acts as the given actor, so the start listener records who registered the report.
        Authentication current = identityService.getCurrentAuthentication();
        if (current == null && actor != null) {
            identityService.setAuthentication(actor, actorGroups == null ? List.of() : List.copyOf(actorGroups));
        }
        try {
            ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
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
        Violations lengths = new Violations();
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
        cases.save(new TwoNonCase(caseFile.getId(), channel, anonymous, intake.facts().strip()));
        if (!anonymous) {
            reporters.save(new TwoNonReporter(caseFile.getId(), trim(intake.reporterName()), trim(intake.reporterContact())));
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
        return reporters.findById(records.caseFile(caseNumber).getId())
                .map(r -> new Reporter(false, r.getName(), r.getContact()))
                .orElse(new Reporter(true, null, null));
    }

    /** 受理与分办: ACCEPT with at least one agency (slug → reason), or REFUSE with a reason. */
    public void accept(String caseNumber, String decision, Map<String, String> agencyReasons, String reason,
                       String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局经办人可以受理两非案件", BUREAU_CLERKS);
        CaseFile caseFile = records.caseFile(caseNumber);
        TwoNonCase record = records.twoNonCase(caseNumber);
        if ("REFUSE".equals(decision)) {
            if (blank(reason)) {
                throw new InvalidInputException("acceptanceReason", "不予受理须说明理由");
            }
            record.refuse(reason.strip());
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
        record.accept(trim(reason), deadlines.addCalendarDays(clock.today(), properties.defaultCaseDays()));
        agencies.forEach((agency, why) ->
                tracks.save(new TwoNonAgencyTrack(caseFile.getId(), agency, why, clock.today(), false)));
        caseFile.markAccepted(clock.today());
        caseFiles.changeStatus(caseFile, CaseStatus.JOINT_INVESTIGATION, actor, "分办："
                + String.join("、", agencies.keySet().stream().map(Agency::label).toList()));
    }

    /** Adds an agency to a case under investigation: its own track starts at once, in parallel with the others. */
    public void addAgency(String caseNumber, String slug, String reason, String actor, Collection<String> actorGroups) {
        requireGroup(actorGroups, "只有区人口计生局经办人可以增加参与部门", BUREAU_CLERKS);
        CaseFile caseFile = records.caseFile(caseNumber);
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
        tracks.save(new TwoNonAgencyTrack(caseFile.getId(), agency, reason.strip(), clock.today(), true));
        // The track's first steps read its record: written before the engine starts it.
        tracks.flush();
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

    /** The agencies of the case, in the order they joined: the process starts one track for each. */
    @Transactional(readOnly = true)
    public List<String> agencies(String caseNumber) {
        return tracks.findByCaseIdOrderByAddedLateAscAddedOnAscAgencyAsc(records.caseFile(caseNumber).getId()).stream()
                .map(TwoNonAgencyTrack::getAgency).toList();
    }

    @Transactional(readOnly = true)
    public boolean accepted(String caseNumber) {
        return records.twoNonCase(caseNumber).isAccepted();
    }
}
