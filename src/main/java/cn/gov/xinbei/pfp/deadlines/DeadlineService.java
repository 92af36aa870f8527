package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.calendar.domain.Period;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseSearch;
import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.casefile.TimelineLabels;
import cn.gov.xinbei.pfp.deadlines.DeadlineFilters.EndedFilter;
import cn.gov.xinbei.pfp.deadlines.DeadlineFilters.Filter;
import cn.gov.xinbei.pfp.deadlines.DeadlineList.Chart;
import cn.gov.xinbei.pfp.deadlines.DeadlineList.Counts;
import cn.gov.xinbei.pfp.deadlines.DeadlineList.EndedCounts;
import cn.gov.xinbei.pfp.deadlines.DeadlineList.EndedResult;
import cn.gov.xinbei.pfp.deadlines.DeadlineList.EndedRow;
import cn.gov.xinbei.pfp.deadlines.DeadlineList.Result;
import cn.gov.xinbei.pfp.deadlines.DeadlineList.Row;
import cn.gov.xinbei.pfp.deadlines.DeadlineList.Series;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.Bands;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.Criteria;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.GroupCount;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.Reach;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.StepLine;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineRules;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.targets.TargetsProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The deadline desk's list: the open steps of all case kinds with their case, classified against their due dates
 * on the working-day calendar ({@link DeadlineRules}), filtered, searched, sorted, counted and paged in the database
 * ({@link DeadlineQueries}), within what the user may see. The bureau sees every step; a town's clerks and supervisors
 * their town's cases ({@link CaseVisibility}); a department liaison the steps offered to their group; administrators
 * nothing (403).
 */
@Service
public class DeadlineService {

    private static final String LIAISON_SUFFIX = "-" + Organization.LIAISON;
    /** Rows read from the database at a time for the Excel export (their parties in one query each). */
    private static final int EXPORT_BATCH = 500;

    private final DeadlineQueries queries;
    private final DeadlineFilters filters;
    private final CaseVisibility visibility;
    private final Organization organization;
    private final DeadlineRules rules;
    private final DeadlineProperties properties;
    private final EngineClock clock;
    private final TargetsProperties targets;
    private final TimelineLabels labels;

    public DeadlineService(DeadlineQueries queries, DeadlineFilters filters, CaseVisibility visibility,
                           Organization organization, DeadlineRules rules, DeadlineProperties properties,
                           EngineClock clock, TargetsProperties targets, TimelineLabels labels) {
        this.labels = labels;
        this.queries = queries;
        this.filters = filters;
        this.visibility = visibility;
        this.organization = organization;
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
        this.targets = targets;
    }

    public DeadlineProperties properties() {
        return properties;
    }

    /** Checks the request parameters of the open list (see {@link DeadlineFilters#open}). */
    public Filter filter(DeadlineQuery q) {
        return filters.open(q.kind(), q.town(), q.unit(), q.status(), q.q(), q.sort(), q.dir(), q.page(), q.size());
    }

    /** The open list's filters for the whole list (the Excel export): page and size do not apply. */
    public Filter allFilter(DeadlineQuery q) {
        return filters.open(q.kind(), q.town(), q.unit(), q.status(), q.q(), q.sort(), q.dir(), null, null);
    }

    /** Checks the request parameters of the ended view (see {@link DeadlineFilters#ended}); paged or whole. */
    public EndedFilter endedFilter(DeadlineQuery q, boolean paged) {
        return filters.ended(q.from(), q.to(), q.kind(), q.town(), q.unit(), q.step(), q.q(),
                paged ? q.page() : null, paged ? q.size() : null);
    }

    /** The Chinese name of a town or department slug, or null when it is neither. */
    public String unitName(String unit) {
        return filters.unitName(unit);
    }

    @Transactional(readOnly = true)
    public Result search(CurrentUser user, Filter filter) {
        Criteria criteria = criteria(user, filter.kind(), filter.town(), filter.unit(), filter.search());
        LocalDate today = clock.today();
        Bands bands = bands(today);
        List<GroupCount> groups = queries.openCounts(criteria, bands);
        long total = filter.status() == null ? groups.stream().mapToLong(GroupCount::count).sum()
                : groups.stream().filter(g -> g.status() == filter.status()).mapToLong(GroupCount::count).sum();
        List<StepLine> page = queries.openPage(criteria, bands, filter.status(), filter.sort(), filter.descending(),
                townOrder(), (long) filter.page() * filter.size(), filter.size());
        return new Result(rows(page, today), total, filter.page(), filter.size(), counts(groups), charts(groups),
                rules.dueSoonWorkingDays(), today);
    }

    /**
     * Every row the filters select (status included), sorted, unpaged, handed to {@code sink} one at a time as they
     * come from the database (for the Excel export: the list is never held in memory).
     */
    @Transactional(readOnly = true)
    public void eachRow(CurrentUser user, Filter filter, Consumer<Row> sink) {
        Criteria criteria = criteria(user, filter.kind(), filter.town(), filter.unit(), filter.search());
        LocalDate today = clock.today();
        try (Stream<StepLine> lines = queries.openStream(criteria, bands(today), filter.status(), filter.sort(),
                filter.descending(), townOrder())) {
            inBatches(lines, batch -> rows(batch, today), sink);
        }
    }

    /** Refuses (403) users who may see no deadlines: administrators and users in no organization group. */
    public void requireAccess(CurrentUser user) {
        caseScopeOf(user, liaisonGroupsOf(user));
    }

    @Transactional(readOnly = true)
    public EndedResult searchEnded(CurrentUser user, EndedFilter filter) {
        Criteria criteria = criteria(user, filter.kind(), filter.town(), filter.unit(), filter.search());
        var posting = postingSteps(filter);
        int[] counts = queries.endedCounts(criteria, startOf(filter.from()), startOf(filter.to().plusDays(1)),
                filter.from(), filter.to().plusDays(1), posting);
        List<StepLine> page = queries.endedPage(criteria, startOf(filter.from()), startOf(filter.to().plusDays(1)),
                posting, (long) filter.page() * filter.size(), filter.size());
        return new EndedResult(endedRows(page), counts[0] + counts[1], filter.page(), filter.size(),
                new EndedCounts(counts[0], counts[1]), filter.from(), filter.to(), filter.postingOnly(),
                postingStepNames(), clock.today());
    }

    /**
     * Every step the ended view selects, in the order they ended: completed by a user (not cancelled), with a due
     * date, ended within the period; within the user's scope as in the open view.
     */
    @Transactional(readOnly = true)
    public void eachEndedRow(CurrentUser user, EndedFilter filter, Consumer<EndedRow> sink) {
        Criteria criteria = criteria(user, filter.kind(), filter.town(), filter.unit(), filter.search());
        try (Stream<StepLine> lines = queries.endedStream(criteria, startOf(filter.from()),
                startOf(filter.to().plusDays(1)), postingSteps(filter))) {
            inBatches(lines, this::endedRows, sink);
        }
    }

    // ------------------------------------------------------------------------------------------ who sees what

    private static Set<String> liaisonGroupsOf(CurrentUser user) {
        return user.groups().stream().filter(g -> g.endsWith(LIAISON_SUFFIX)).collect(Collectors.toSet());
    }

    /** The towns whose cases the user sees, or null for a liaison who sees their groups' steps only. */
    private CaseVisibility.Scope caseScopeOf(CurrentUser user, Set<String> liaisonGroups) {
        CaseVisibility.Scope scope = visibility.scopeIfAny(user.groups()).orElse(null);
        if (scope == null && liaisonGroups.isEmpty()) {
            throw new AccessDeniedException("no case list for these groups");
        }
        return scope;
    }

    /** The user's reach and the search ({@link CaseSearch}: any case of the reach, open steps only). */
    private Criteria criteria(CurrentUser user, CaseKind kind, String town, String unit, CaseSearch search) {
        Set<String> liaisonGroups = liaisonGroupsOf(user);
        CaseVisibility.Scope scope = caseScopeOf(user, liaisonGroups);
        Reach reach = scope == null ? new Reach(false, List.of(), liaisonGroups)
                : new Reach(scope.allTowns(), scope.towns(), liaisonGroups);
        return new Criteria(reach, kind, town, unit, search);
    }

    // ------------------------------------------------------------------------------------------------- rows

    private Bands bands(LocalDate today) {
        LocalDate laterOn = rules.lastDueSoonDay(today).plusDays(1);
        return new Bands(startOf(today), startOf(laterOn), today, laterOn);
    }

    private List<Row> rows(List<StepLine> lines, LocalDate today) {
        Map<String, List<String>> parties = queries.parties(lines.stream().map(StepLine::caseId).distinct().toList());
        return lines.stream().map(line -> row(line, parties.getOrDefault(line.caseId(), List.of()), today)).toList();
    }

    private Row row(StepLine step, List<String> parties, LocalDate today) {
        String group = firstGroup(step);
        LocalDate due = toDate(step.dueAt());
        DeadlineRules.Standing standing = rules.classify(due, today);
        LocalDate countedFrom = Period.parse(step.dueBasis()).map(Period::start).orElse(toDate(step.createdAt()));
        String provisionalNote = rules.provisionalNote(countedFrom, due);
        return new Row(step.taskId(), step.caseNumber(), step.kind().name(), step.kind().displayName(),
                step.townSlug(), townName(step.townSlug()), parties, step.stepKey(), stepName(step.stepName()), group,
                groupName(group), step.responsibleUnit(), unitName(step.responsibleUnit()), step.createdAt(),
                toDate(step.createdAt()), step.dueAt(), due, toDate(step.originalDueAt()),
                step.dueAt() != null && !step.dueAt().equals(step.originalDueAt()),
                standing.remainingWorkingDays(), standing.status(), standing.status().label(), step.legalBasis(),
                provisionalNote != null, provisionalNote);
    }

    private List<EndedRow> endedRows(List<StepLine> lines) {
        Map<String, List<String>> parties = queries.parties(lines.stream().map(StepLine::caseId).distinct().toList());
        Map<String, String> people = labels.people(lines.stream().map(StepLine::completedBy).toList());
        return lines.stream().map(line -> endedRow(line, parties.getOrDefault(line.caseId(), List.of()), people)).toList();
    }

    private EndedRow endedRow(StepLine step, List<String> parties, Map<String, String> people) {
        LocalDate due = toDate(step.dueAt());
        LocalDate endedOn = toDate(step.endedAt());
        boolean onTime = !step.endedAt().isAfter(step.dueAt());
        return new EndedRow(step.taskId(), step.caseNumber(), step.kind().name(), step.kind().displayName(),
                step.townSlug(), townName(step.townSlug()), parties, step.stepKey(), stepName(step.stepName()),
                step.responsibleUnit(), unitName(step.responsibleUnit()), groupName(firstGroup(step)), step.dueAt(),
                due, toDate(step.originalDueAt()), !step.dueAt().equals(step.originalDueAt()), step.endedAt(),
                LocalDateTime.ofInstant(step.endedAt(), clock.zone()), endedOn,
                step.completedBy() == null ? null : people.get(step.completedBy()), onTime,
                onTime ? Integer.valueOf(0) : rules.workingDaysLate(due, endedOn));
    }

    /** Rows made a batch of lines at a time (a batch's parties and names in one query each), each handed on. */
    private static <R> void inBatches(Stream<StepLine> lines, Function<List<StepLine>, List<R>> toRows,
                                      Consumer<R> sink) {
        List<StepLine> batch = new ArrayList<>(EXPORT_BATCH);
        lines.forEachOrdered(line -> {
            batch.add(line);
            if (batch.size() == EXPORT_BATCH) {
                toRows.apply(batch).forEach(sink);
                batch.clear();
            }
        });
        toRows.apply(batch).forEach(sink);
    }

    // ------------------------------------------------------------------------------------- counts and charts

    private static Counts counts(List<GroupCount> groups) {
        Map<DeadlineStatus, Integer> n = new EnumMap<>(DeadlineStatus.class);
        Arrays.stream(DeadlineStatus.values()).forEach(s -> n.put(s, 0));
        groups.forEach(g -> n.merge(g.status(), g.count(), Integer::sum));
        return new Counts(n.get(DeadlineStatus.OVERDUE), n.get(DeadlineStatus.DUE_SOON), n.get(DeadlineStatus.ON_TIME),
                n.get(DeadlineStatus.NO_DEADLINE));
    }

    private List<Chart> charts(List<GroupCount> groups) {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(CaseKind.values()).forEach(k -> kinds.put(k.name(), k.displayName()));
        Map<String, String> towns = new LinkedHashMap<>();
        organization.towns().forEach(t -> towns.put(t.slug(), t.name()));
        Map<String, String> departments = new LinkedHashMap<>();
        organization.departments().forEach(d -> departments.put(d.slug(), d.name()));
        return List.of(
                chart("kind", "按案件类型", kinds, groups, g -> g.kind().name()),
                chart("town", "按镇（街道）", towns, groups, GroupCount::town),
                chart("department", "按承办部门", departments, groups, GroupCount::unit));
    }

    private static Chart chart(String key, String title, Map<String, String> categories, List<GroupCount> groups,
                               Function<GroupCount, String> category) {
        List<Series> series = new ArrayList<>();
        for (DeadlineStatus status : DeadlineStatus.values()) {
            List<Integer> counts = new ArrayList<>();
            for (String c : categories.keySet()) {
                counts.add(groups.stream().filter(g -> g.status() == status && c.equals(category.apply(g)))
                        .mapToInt(GroupCount::count).sum());
            }
            series.add(new Series(status.name(), status.label(), counts));
        }
        return new Chart(key, title, List.copyOf(categories.values()), series);
    }

    // ------------------------------------------------------------------------------------------------- names

    /** The configured posting steps as (case kind, step key), or null when the view is not limited to them. */
    private List<Map.Entry<String, String>> postingSteps(EndedFilter filter) {
        return filter.postingOnly() ? targets.postingSteps().stream()
                .map(p -> Map.entry(p.caseKind(), p.stepKey())).toList() : null;
    }

    /** The configured posting steps as "kind: step key", for the page's note. */
    private List<String> postingStepNames() {
        return targets.postingSteps().stream().map(p -> {
            String kind = Arrays.stream(CaseKind.values()).filter(k -> k.name().equals(p.caseKind()))
                    .map(CaseKind::displayName).findFirst().orElse(p.caseKind());
            return kind + "：" + p.stepKey();
        }).toList();
    }

    private List<String> townOrder() {
        return organization.towns().stream().map(Town::slug).toList();
    }

    /** The step's first candidate group, or null. */
    private static String firstGroup(StepLine step) {
        List<String> groups = step.candidateGroupList();
        return groups.isEmpty() ? null : groups.get(0);
    }

    private String groupName(String group) {
        return group == null ? null : organization.allGroups().getOrDefault(group, group);
    }

    /** A town by name; a district case (the bureau's, e.g. 两非) by the department's name, never its code. */
    private String townName(String slug) {
        return slug == null ? null : Optional.ofNullable(filters.unitName(slug)).orElse("—");
    }

    /** "调查取证（drugs）" (one agency's part of a case) → "调查取证（药品监督管理局）". */
    private String stepName(String name) {
        return labels.stepName(name);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.zone()).toInstant();
    }

    private LocalDate toDate(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.zone());
    }
}
