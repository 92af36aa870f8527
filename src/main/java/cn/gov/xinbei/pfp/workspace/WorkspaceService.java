package cn.gov.xinbei.pfp.workspace;

import cn.gov.xinbei.pfp.casefile.CaseSearch;
import cn.gov.xinbei.pfp.casefile.CaseTasks;
import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.casefile.TimelineLabels;
import cn.gov.xinbei.pfp.deadlines.DeadlineProperties;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineRules;
import cn.gov.xinbei.pfp.organization.Department;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.paging.LimitedCount;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import cn.gov.xinbei.pfp.workspace.WorkspaceQueries.CaseLine;
import cn.gov.xinbei.pfp.workspace.WorkspaceQueries.Criteria;
import cn.gov.xinbei.pfp.workspace.WorkspaceQueries.OpenStep;
import cn.gov.xinbei.pfp.workspace.WorkspaceQueries.PartyLine;
import cn.gov.xinbei.pfp.workspace.WorkspaceQueries.Reach;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The clerks' case workspace (案件办理): every case the user may see, open and closed, of every kind — the bureau all
 * towns, a town's clerks and supervisors their town ({@link CaseVisibility}), a liaison the cases with a step offered
 * to their group — searched by case number, a party's name or full ID number, filtered by kind, state, status and
 * current step; and the tasks the user may do now ({@link CaseTasks}). Everything is selected, counted and paged in
 * the database ({@link WorkspaceQueries}).
 */
@Service
public class WorkspaceService {

    private static final String LIAISON_SUFFIX = "-" + Organization.LIAISON;
    static final int TASKS_PER_PAGE = 10;

    private final WorkspaceQueries queries;
    private final StepCatalog stepCatalog;
    private final CaseVisibility visibility;
    private final CaseTasks tasks;
    private final Organization organization;
    private final DeadlineRules rules;
    private final DeadlineProperties properties;
    private final EngineClock clock;
    private final TimelineLabels labels;

    public WorkspaceService(WorkspaceQueries queries, StepCatalog stepCatalog, CaseVisibility visibility,
                            CaseTasks tasks, Organization organization, DeadlineRules rules,
                            DeadlineProperties properties, EngineClock clock, TimelineLabels labels) {
        this.queries = queries;
        this.stepCatalog = stepCatalog;
        this.visibility = visibility;
        this.tasks = tasks;
        this.organization = organization;
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
        this.labels = labels;
    }

    /** A case of the list with its business columns; the parties' ID numbers masked. */
    public record Row(String caseNumber, String kindName, List<String> parties, String townName,
                      List<String> currentSteps, LocalDate dueDate, String dueLabel, String dueClass,
                      String statusLabel, boolean open, LocalDateTime updatedAt) {
    }

    /** A page of the cases found; {@code more}: there are more than {@code total}, which is the count's limit. */
    public record Result(List<Row> items, long total, boolean more, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    List<StepCatalog.Step> steps() {
        return stepCatalog.steps();
    }

    /** Refuses (403) users who see no cases: administrators and users in no organization group. */
    Reach reachOf(CurrentUser user) {
        Set<String> liaisonGroups = user.groups().stream().filter(g -> g.endsWith(LIAISON_SUFFIX))
                .collect(Collectors.toCollection(TreeSet::new));
        CaseVisibility.Scope scope = visibility.scopeIfAny(user.groups()).orElse(null);
        if (scope == null && liaisonGroups.isEmpty()) {
            throw new AccessDeniedException("no case list for these groups");
        }
        return scope == null ? new Reach(false, List.of(), liaisonGroups)
                : new Reach(scope.allTowns(), scope.towns(), liaisonGroups);
    }

    /** The page of cases; a step key the processes do not have or an invalid ID number is a 400 naming the field. */
    @Transactional(readOnly = true)
    public Result search(CurrentUser user, WorkspaceQuery query) {
        Reach reach = reachOf(user);
        Violations violations = new Violations();
        CaseSearch search = CaseSearch.parse(query.q(), violations);
        String step = FormValues.blankToNull(query.step());
        if (step != null && !stepCatalog.isStep(step)) {
            violations.add("step", "办理环节不正确");
        }
        violations.throwIfAny();
        Criteria criteria = new Criteria(reach, query.kind(), query.state(), query.status(), step, search);
        int page = query.page() == null ? 0 : query.page();
        int size = query.size() == null ? properties.pageSize() : query.size();
        LimitedCount counted = LimitedCount.of(
                queries.count(criteria, LimitedCount.probe(properties.countLimit())), properties.countLimit());
        int rows = counted.rowsOn(page, size);
        List<CaseLine> lines = rows == 0 ? List.of()
                : queries.page(criteria, query.sort() == null ? WorkspaceQuery.Sort.UPDATED : query.sort(),
                (long) page * size, rows);
        return new Result(rows(lines), counted.total(), counted.more(), page, size);
    }

    /** The tasks the user may do now, a page of them. */
    public CaseTasks.Page myTasks(CurrentUser user, Integer page) {
        return tasks.mine(user.id(), user.groups(), page == null ? 0 : page, TASKS_PER_PAGE, properties.countLimit(),
                clock.zone());
    }

    // ------------------------------------------------------------------------------------------------- rows

    private List<Row> rows(List<CaseLine> lines) {
        List<String> ids = lines.stream().map(CaseLine::id).toList();
        Map<String, List<PartyLine>> parties = queries.parties(ids);
        Map<String, List<OpenStep>> steps = queries.openSteps(ids);
        LocalDate today = clock.today();
        return lines.stream().map(line -> row(line, parties.getOrDefault(line.id(), List.of()),
                steps.getOrDefault(line.id(), List.of()), today)).toList();
    }

    private Row row(CaseLine c, List<PartyLine> parties, List<OpenStep> steps, LocalDate today) {
        boolean open = c.status().isOpen();
        LocalDate due;
        String label;
        String css;
        if (!open) {
            due = c.closedOn();
            label = "已办结";
            css = "desk-muted";
        } else {
            // The earliest due date of the open steps, else the case's own legal deadline.
            due = steps.stream().map(OpenStep::dueAt).filter(Objects::nonNull).min(Instant::compareTo)
                    .map(i -> LocalDate.ofInstant(i, clock.zone())).orElse(c.dueOn());
            DeadlineRules.Standing standing = rules.classify(due, today);
            label = standing.status().label();
            css = standing.status().cssClass();
        }
        return new Row(c.caseNumber(), c.kind().displayName(),
                parties.stream().map(p -> p.name() + "（" + p.idNumberMasked() + "）").toList(),
                // A district case (the bureau's, e.g. 两非) by the department's name; steps with their agencies in Chinese.
                organization.townBySlug(c.townSlug()).map(Town::name)
                        .or(() -> organization.department(c.townSlug()).map(Department::name)).orElse("—"),
                steps.stream().map(OpenStep::stepName).map(labels::stepName).distinct().toList(), due, label, css, c.status().label(), open,
                c.updatedAt() == null ? null : LocalDateTime.ofInstant(c.updatedAt(), clock.zone()).withNano(0));
    }
}
