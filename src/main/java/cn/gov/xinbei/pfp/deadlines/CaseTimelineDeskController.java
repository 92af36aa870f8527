package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.calendar.domain.Period;
import cn.gov.xinbei.pfp.casefile.CaseDocumentLinks;
import cn.gov.xinbei.pfp.casefile.CaseEvent;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStep;
import cn.gov.xinbei.pfp.casefile.CaseStepRepository;
import cn.gov.xinbei.pfp.casefile.CaseTasks;
import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.casefile.TimelineLabels;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineRules;
import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A case's timeline on the desk: the case header, every step (case_step) with who ended it, when, against which due
 * date and how late in working days, and every entry of the case's record (case_event) with its source. Visible as
 * in CaseController: the bureau every case, a town its own (another town's case: 404); a department's liaison a case
 * with a step offered to their group (others: 404); others 403. Above the steps, a 办理 button for each open step the
 * user may do now, opening it in the Tasklist ({@link CaseTasks}).
 */
@Controller
@DeskPage
public class CaseTimelineDeskController {

    /** A step's completion and its case_event entry are written in the same call; allow for clock ticks between. */
    private static final Duration SAME_MOMENT = Duration.ofSeconds(2);

    private final CaseFileService caseFiles;
    private final CaseStepRepository steps;
    private final CaseVisibility visibility;
    private final DeskUsers users;
    private final Organization organization;
    private final DeadlineRules rules;
    private final EngineClock clock;
    private final CaseTasks tasks;
    private final TimelineLabels labels;
    private final ObjectProvider<CaseDocumentLinks> documentLinks;

    public CaseTimelineDeskController(CaseFileService caseFiles, CaseStepRepository steps, CaseVisibility visibility,
                                      DeskUsers users, Organization organization, DeadlineRules rules,
                                      EngineClock clock, CaseTasks tasks, TimelineLabels labels,
                                      ObjectProvider<CaseDocumentLinks> documentLinks) {
        this.labels = labels;
        this.documentLinks = documentLinks;
        this.caseFiles = caseFiles;
        this.steps = steps;
        this.visibility = visibility;
        this.users = users;
        this.organization = organization;
        this.rules = rules;
        this.clock = clock;
        this.tasks = tasks;
    }

    public record Header(String caseNumber, String kindName, String townName, String statusLabel, String title,
                         LocalDate appliedOn, LocalDate acceptedOn, LocalDate dueOn, LocalDate closedOn,
                         String outcome, List<String> parties, String dueProvisionalNote) {
    }

    public record StepLine(String taskId, String stepName, String responsible, LocalDateTime createdAt,
                           LocalDate dueDate, LocalDate originalDueDate, LocalDateTime endedAt, String endKind,
                           String completedBy, String timeliness, String timelinessClass, String source,
                           String legalBasis, String provisionalNote) {
    }

    public record EventLine(LocalDateTime at, String actor, String type, String stepName, String detail,
                            LocalDate dueDate, String source) {
    }

    @GetMapping("/desk/cases/{caseNumber}")
    @Transactional(readOnly = true)
    String timeline(Authentication authentication, @PathVariable String caseNumber, Model model) {
        CurrentUser user = users.current(authentication);
        CaseVisibility.Scope scope = visibility.scopeIfAny(user.groups()).orElse(null);
        List<String> liaisonGroups = user.groups().stream().filter(g -> g.endsWith("-" + Organization.LIAISON)).toList();
        if (scope == null && liaisonGroups.isEmpty()) {
            throw new AccessDeniedException("no case list for these groups");
        }
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        List<CaseStep> caseSteps = steps.findByCaseIdOrderByCreatedAtAsc(caseFile.getId());
        boolean liaisonStep = caseSteps.stream()
                .anyMatch(s -> s.candidateGroupList().stream().anyMatch(liaisonGroups::contains));
        if (!(scope != null && scope.covers(caseFile)) && !liaisonStep) {
            // Not found rather than forbidden: a clerk may not learn that another town's case exists.
            throw new NotFoundException("案件不存在：" + caseNumber);
        }
        List<CaseEvent> events = caseFiles.timeline(caseFile);
        Map<String, String> people = labels.people(Stream.concat(events.stream().map(CaseEvent::getActor),
                caseSteps.stream().map(CaseStep::getCompletedBy)).toList());
        model.addAttribute("header", header(caseFile));
        // The printed documents, opened with the desk's own sign-in; a liaison reading one step sees none of them.
        model.addAttribute("documents", scope != null && scope.covers(caseFile)
                ? documentLinks.orderedStream().flatMap(d -> d.linksFor(caseFile).stream()).toList() : List.of());
        model.addAttribute("steps", caseSteps.stream().map(s -> stepLine(s, events, people)).toList());
        model.addAttribute("workable", tasks.workableAmong(user.id(), user.groups(),
                caseSteps.stream().filter(CaseStep::isOpen).map(CaseStep::getTaskId).toList(), clock.zone()));
        // People by name, groups and event types in Chinese, the source without the user agent (issue 15).
        model.addAttribute("events", events.stream().map(e -> new EventLine(local(e.getOccurredAt()),
                personOf(e.getActor(), people), TimelineLabels.eventType(e.getEventType()),
                labels.stepName(e.getStepName()), ResidentIdMasking.maskAll(labels.detail(e.getDetail())), date(e.getDueAt()),
                TimelineLabels.source(e.getSource()))).toList());
        return "desk/deadlines/case";
    }

    private Header header(CaseFile c) {
        return new Header(c.getCaseNumber(), c.getKind().displayName(),
                organization.townBySlug(c.getTownSlug()).map(Town::name)
                        .or(() -> organization.department(c.getTownSlug()).map(d -> d.name())).orElse("—"),
                c.getStatus().label(), c.getTitle(), c.getAppliedOn(), c.getAcceptedOn(), c.getDueOn(), c.getClosedOn(),
                c.getOutcome(), c.getParties().stream().map(p -> p.getFullName() + " " + p.getIdNumberMasked()).toList(),
                c.getClosedOn() != null ? null
                        : rules.provisionalNote(c.dueBasis().map(Period::start).orElse(clock.today()), c.getDueOn()));
    }

    private StepLine stepLine(CaseStep step, List<CaseEvent> events, Map<String, String> people) {
        Map<String, String> groupNames = organization.allGroups();
        List<String> groups = step.candidateGroupList();
        String responsible = groups.isEmpty() ? "—"
                : String.join("、", groups.stream().map(g -> groupNames.getOrDefault(g, g)).toList());
        LocalDate due = date(step.getDueAt());
        String timeliness;
        String css;
        if (step.isOpen()) {
            DeadlineRules.Standing standing = rules.classify(due, clock.today());
            timeliness = "办理中：" + standing.status().label()
                    + (standing.remainingWorkingDays() == null ? "" : "（" + remaining(standing.remainingWorkingDays()) + "）");
            css = standing.status().cssClass();
        } else if ("CANCELLED".equals(step.getEndKind())) {
            timeliness = "已取消";
            css = "desk-muted";
        } else if (due == null) {
            timeliness = "已办结（无期限）";
            css = "desk-muted";
        } else {
            LocalDate ended = date(step.getEndedAt());
            if (ended.isAfter(due)) {
                timeliness = "逾期" + rules.workingDaysLate(due, ended) + "个工作日办结";
                css = "status-overdue";
            } else {
                timeliness = "按期办结";
                css = "status-on-time";
            }
        }
        String source = step.getEndedAt() == null ? null : events.stream()
                .filter(e -> "TASK_COMPLETED".equals(e.getEventType()) && Objects.equals(e.getStepKey(), step.getStepKey()))
                .filter(e -> Duration.between(e.getOccurredAt(), step.getEndedAt()).abs().compareTo(SAME_MOMENT) <= 0)
                .map(CaseEvent::getSource).filter(Objects::nonNull).findFirst().orElse(null);
        return new StepLine(step.getTaskId(), labels.stepName(step.getStepName()), responsible, local(step.getCreatedAt()), due,
                Objects.equals(step.getDueAt(), step.getOriginalDueAt()) ? null : date(step.getOriginalDueAt()),
                local(step.getEndedAt()), endKindLabel(step.getEndKind()),
                step.getCompletedBy() == null ? null : people.get(step.getCompletedBy()), timeliness, css,
                TimelineLabels.source(source), step.getLegalBasis(), step.isOpen()
                        ? rules.provisionalNote(step.dueBasis().map(Period::start).orElse(date(step.getCreatedAt())), due)
                        : null);
    }

    /** An event without an actor is the engine's own: 系统, as {@link TimelineLabels#person} says. */
    private String personOf(String actor, Map<String, String> people) {
        return actor == null ? labels.person(null) : people.get(actor);
    }

    private static String remaining(int days) {
        return days < 0 ? "已逾期" + (-days) + "个工作日" : "剩余" + days + "个工作日";
    }

    private static String endKindLabel(String endKind) {
        if (endKind == null) {
            return null;
        }
        return "COMPLETED".equals(endKind) ? "办结" : "CANCELLED".equals(endKind) ? "取消" : endKind;
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, clock.zone()).withNano(0);
    }

    private LocalDate date(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.zone());
    }
}
