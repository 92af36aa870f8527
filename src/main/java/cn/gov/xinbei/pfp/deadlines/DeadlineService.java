package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.calendar.domain.Period;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseStep;
import cn.gov.xinbei.pfp.casefile.CaseStepRepository;
import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineRules;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;
import cn.gov.xinbei.pfp.organization.Department;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import cn.gov.xinbei.pfp.targets.TargetsProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The deadline desk's list: the open steps of all case kinds with their case, classified against their due dates
 * on the working-day calendar ({@link DeadlineRules}), filtered, searched, sorted and paged, within what the user
 * may see. The bureau sees every step; a town's clerks and supervisors their town's cases ({@link CaseVisibility});
 * a department liaison the steps offered to their group; administrators nothing (403).
 */
@Service
public class DeadlineService {

    /** The first-generation cut-off does not matter for a search: parse as of the last day both kinds were valid. */
    private static final LocalDate ID_SEARCH_AS_OF = LocalDate.of(2012, 12, 31);
    private static final String LIAISON_SUFFIX = "-" + Organization.LIAISON;

    public enum SortKey {
        DUE("due", "期限"), CASE_NUMBER("caseNumber", "案件编号"), TOWN("town", "镇（街道）"), CREATED("created", "开始时间");

        private final String param;
        private final String label;

        SortKey(String param, String label) {
            this.param = param;
            this.label = label;
        }

        public String param() {
            return param;
        }

        public String label() {
            return label;
        }
    }

    /** The list's filters, checked; null means "any". {@code search}: a case number (part) or a full ID number. */
    public record Filter(CaseKind kind, String town, String unit, DeadlineStatus status, String search,
                         SortKey sort, boolean descending, int page, int size) {
    }

    public record Row(String taskId, String caseNumber, String kind, String kindName, String town, String townName,
                      List<String> parties, String stepKey, String stepName, String responsibleGroup,
                      String responsibleGroupName, String responsibleUnit, String responsibleUnitName,
                      Instant createdAt, LocalDate createdOn, Instant dueAt, LocalDate dueDate, LocalDate originalDueDate,
                      boolean extended, Integer remainingWorkingDays, DeadlineStatus status, String statusLabel,
                      String legalBasis, boolean provisional, String provisionalNote) {

        public String statusClass() {
            return status.cssClass();
        }

        /** "剩余N个工作日", "逾期N个工作日", or "—" without a deadline. */
        public String remainingText() {
            if (remainingWorkingDays == null) {
                return "—";
            }
            if (status == DeadlineStatus.OVERDUE) {
                return remainingWorkingDays == 0 ? "已逾期（不足1个工作日）" : "逾期" + (-remainingWorkingDays) + "个工作日";
            }
            return remainingWorkingDays == 0 ? "今日到期" : "剩余" + remainingWorkingDays + "个工作日";
        }
    }

    public record Counts(int overdue, int dueSoon, int onTime, int noDeadline) {
        public int total() {
            return overdue + dueSoon + onTime + noDeadline;
        }
    }

    public record Series(String status, String label, List<Integer> counts) {
    }

    /** Counts per category, one series per status (stacked in the desk's charts). */
    public record Chart(String key, String title, List<String> categories, List<Series> series) {
    }

    /**
     * One page of the list. Counts and charts cover every row the filters select except the status filter, so the
     * summary stays whole while the table shows one status.
     */
    public record Result(List<Row> items, long total, int page, int size, Counts counts, List<Chart> charts,
                         int dueSoonWorkingDays, LocalDate today) {
        public int pages() {
            return total == 0 ? 1 : (int) ((total + size - 1) / size);
        }
    }

    private final CaseStepRepository steps;
    private final CaseVisibility visibility;
    private final Organization organization;
    private final DeadlineRules rules;
    private final DeadlineProperties properties;
    private final EngineClock clock;
    private final TargetsProperties targets;

    public DeadlineService(CaseStepRepository steps, CaseVisibility visibility, Organization organization,
                           DeadlineRules rules, DeadlineProperties properties, EngineClock clock,
                           TargetsProperties targets) {
        this.targets = targets;
        this.steps = steps;
        this.visibility = visibility;
        this.organization = organization;
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
    }

    public DeadlineProperties properties() {
        return properties;
    }

    /** Checks the raw request parameters; blank means "any". Errors name the field in Chinese (400). */
    public Filter filter(String kind, String town, String unit, String status, String search, String sort,
                         String dir, Integer page, Integer size) {
        Violations violations = new Violations();
        CaseKind kindValue = parseEnum(CaseKind.class, kind, "kind", "案件类型不正确", violations);
        DeadlineStatus statusValue = parseEnum(DeadlineStatus.class, status, "status", "期限状态不正确", violations);
        String townValue = checkedTown(town, violations);
        String unitValue = checkedUnit(unit, violations);
        SortKey sortKey = SortKey.DUE;
        String sortValue = blankToNull(sort);
        if (sortValue != null) {
            sortKey = Arrays.stream(SortKey.values()).filter(k -> k.param.equals(sortValue)).findFirst().orElse(null);
            if (sortKey == null) {
                violations.add("sort", "排序方式不正确");
                sortKey = SortKey.DUE;
            }
        }
        String dirValue = blankToNull(dir);
        if (dirValue != null && !dirValue.equals("asc") && !dirValue.equals("desc")) {
            violations.add("dir", "排序方向应为asc或desc");
        }
        int pageValue = checkedPage(page, violations);
        int sizeValue = checkedSize(size, violations);
        String searchValue = checkedSearch(search, violations);
        violations.throwIfAny();
        return new Filter(kindValue, townValue, unitValue, statusValue, searchValue, sortKey, "desc".equals(dirValue),
                pageValue, sizeValue);
    }

    @Transactional(readOnly = true)
    public Result search(CurrentUser user, Filter filter) {
        List<Row> selected = selectedRows(user, filter);
        Counts counts = counts(selected);
        List<Chart> charts = charts(selected);
        List<Row> shown = withStatus(selected, filter);
        return new Result(pageOf(shown, filter.page(), filter.size()), shown.size(), filter.page(), filter.size(), counts, charts,
                rules.dueSoonWorkingDays(), clock.today());
    }

    /** Every row the filters select (status included), sorted, unpaged: for the Excel export. */
    @Transactional(readOnly = true)
    public List<Row> allRows(CurrentUser user, Filter filter) {
        return withStatus(selectedRows(user, filter), filter);
    }

    /** Page {@code page} (from 0) of {@code size} rows; empty past the end. */
    private static <T> List<T> pageOf(List<T> rows, int page, int size) {
        int from = (int) Math.min((long) page * size, rows.size());
        int to = Math.min(from + size, rows.size());
        return rows.subList(from, to);
    }

    private List<Row> withStatus(List<Row> rows, Filter filter) {
        return filter.status() == null ? rows : rows.stream().filter(r -> r.status() == filter.status()).toList();
    }

    /** Refuses (403) users who may see no deadlines: administrators and users in no organization group. */
    public void requireAccess(CurrentUser user) {
        caseScopeOf(user, liaisonGroupsOf(user));
    }

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

    /**
     * What the user may see and how the search reads, shared by the open and the ended view: the towns for the
     * query (all towns for the bureau and liaisons), the case-number pattern or the ID number searched for.
     */
    private record Reach(Set<String> liaisonGroups, CaseVisibility.Scope scope, boolean allTowns, List<String> towns,
                         String casePattern, String idNumber) {

        /** A step is visible when its case is in the user's scope or it is offered to one of their liaison groups. */
        boolean sees(CaseStepRepository.OpenStep step) {
            return (scope != null && scope.covers(step.caseFile()))
                    || step.step().candidateGroupList().stream().anyMatch(liaisonGroups::contains);
        }
    }

    private Reach reachOf(CurrentUser user, String search) {
        Set<String> liaisonGroups = liaisonGroupsOf(user);
        CaseVisibility.Scope scope = caseScopeOf(user, liaisonGroups);
        boolean allTowns = scope == null || scope.allTowns() || !liaisonGroups.isEmpty();
        List<String> towns = allTowns ? List.of() : scope.towns();
        boolean byId = search != null && looksLikeIdNumber(search);
        String casePattern = search == null || byId ? null
                : "%" + search.toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return new Reach(liaisonGroups, scope, allTowns, towns, casePattern, byId ? search : null);
    }

    private List<Row> selectedRows(CurrentUser user, Filter filter) {
        Reach reach = reachOf(user, filter.search());
        LocalDate today = clock.today();
        List<Row> rows = new ArrayList<>();
        for (CaseStepRepository.OpenStep open : steps.findOpen(reach.allTowns(), reach.towns(), filter.kind(),
                filter.town(), filter.unit(), reach.casePattern(), reach.idNumber())) {
            if (reach.sees(open)) {
                rows.add(row(open.step(), open.caseFile(), today));
            }
        }
        rows.sort(comparator(filter.sort(), filter.descending()));
        return rows;
    }

    private Row row(CaseStep step, CaseFile caseFile, LocalDate today) {
        String group = firstGroup(step);
        LocalDate due = toDate(step.getDueAt());
        LocalDate originalDue = toDate(step.getOriginalDueAt());
        DeadlineRules.Standing standing = rules.classify(due, today);
        String provisionalNote = rules.provisionalNote(step.dueBasis().map(Period::start).orElse(toDate(step.getCreatedAt())), due);
        return new Row(step.getTaskId(), caseFile.getCaseNumber(), caseFile.getKind().name(),
                caseFile.getKind().displayName(), caseFile.getTownSlug(), townName(caseFile.getTownSlug()),
                parties(caseFile),
                step.getStepKey(), step.getStepName(), group, groupName(group),
                step.getResponsibleUnit(), unitName(step.getResponsibleUnit()), step.getCreatedAt(),
                toDate(step.getCreatedAt()), step.getDueAt(), due, originalDue,
                step.getDueAt() != null && !step.getDueAt().equals(step.getOriginalDueAt()),
                standing.remainingWorkingDays(), standing.status(), standing.status().label(), step.getLegalBasis(),
                provisionalNote != null, provisionalNote);
    }

    private Comparator<Row> comparator(SortKey key, boolean descending) {
        Comparator<Row> byDue = Comparator.comparing(Row::dueAt, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Row> byNumber = Comparator.comparing(Row::caseNumber);
        Map<String, Integer> townOrder = new LinkedHashMap<>();
        organization.towns().forEach(t -> townOrder.put(t.slug(), townOrder.size()));
        Comparator<Row> primary = switch (key) {
            case DUE -> byDue;
            case CASE_NUMBER -> byNumber;
            case TOWN -> Comparator.comparing((Row r) -> townOrder.getOrDefault(r.town(), Integer.MAX_VALUE));
            case CREATED -> Comparator.comparing(Row::createdAt);
        };
        if (descending) {
            primary = primary.reversed();
        }
        return primary.thenComparing(byDue).thenComparing(byNumber).thenComparing(Row::taskId);
    }

    private static Counts counts(List<Row> rows) {
        Map<DeadlineStatus, Integer> n = countByStatus(rows);
        return new Counts(n.get(DeadlineStatus.OVERDUE), n.get(DeadlineStatus.DUE_SOON), n.get(DeadlineStatus.ON_TIME),
                n.get(DeadlineStatus.NO_DEADLINE));
    }

    private static Map<DeadlineStatus, Integer> countByStatus(List<Row> rows) {
        Map<DeadlineStatus, Integer> n = new EnumMap<>(DeadlineStatus.class);
        for (DeadlineStatus s : DeadlineStatus.values()) {
            n.put(s, 0);
        }
        rows.forEach(r -> n.merge(r.status(), 1, Integer::sum));
        return n;
    }

    private List<Chart> charts(List<Row> rows) {
        Map<String, String> kinds = new LinkedHashMap<>();
        Arrays.stream(CaseKind.values()).forEach(k -> kinds.put(k.name(), k.displayName()));
        Map<String, String> towns = new LinkedHashMap<>();
        organization.towns().forEach(t -> towns.put(t.slug(), t.name()));
        Map<String, String> departments = new LinkedHashMap<>();
        organization.departments().forEach(d -> departments.put(d.slug(), d.name()));
        return List.of(
                chart("kind", "按案件类型", kinds, rows, Row::kind),
                chart("town", "按镇（街道）", towns, rows, Row::town),
                chart("department", "按承办部门", departments, rows, Row::responsibleUnit));
    }

    private static Chart chart(String key, String title, Map<String, String> categories, List<Row> rows,
                               Function<Row, String> category) {
        List<Series> series = new ArrayList<>();
        for (DeadlineStatus status : DeadlineStatus.values()) {
            List<Integer> counts = new ArrayList<>();
            for (String c : categories.keySet()) {
                counts.add((int) rows.stream().filter(r -> r.status() == status && c.equals(category.apply(r))).count());
            }
            series.add(new Series(status.name(), status.label(), counts));
        }
        return new Chart(key, title, List.copyOf(categories.values()), series);
    }

    // ------------------------------------------------------------------------------------------ ended steps

    /** The value of the step parameter that selects the public-posting steps (app.targets.posting-steps). */
    public static final String POSTING = "posting";

    /**
     * The ended-steps view's filters, checked: steps completed from {@code from} to {@code to} (dates, China time,
     * both whole days); {@code town} the case's town, {@code unit} the responsible unit; {@code postingOnly} the
     * public-posting steps of the targets' configuration.
     */
    public record EndedFilter(LocalDate from, LocalDate to, CaseKind kind, String town, String unit,
                              boolean postingOnly, String search, int page, int size) {
    }

    /**
     * One completed step with a due date: when it ended, by whom, and whether on time (ended at or before its due
     * instant, the end of the due day) or how many working days late ({@link DeadlineRules#workingDaysLate}).
     */
    public record EndedRow(String taskId, String caseNumber, String kind, String kindName, String town,
                           String townName, List<String> parties, String stepKey, String stepName,
                           String responsibleUnit, String responsibleUnitName, String responsibleGroupName,
                           Instant dueAt, LocalDate dueDate, LocalDate originalDueDate, boolean extended,
                           Instant endedAt, LocalDateTime endedAtLocal, LocalDate endedOn, String completedBy,
                           boolean onTime, Integer workingDaysLate) {

        /** "按期办结", "逾期N个工作日" or "逾期（不足1个工作日）". */
        public String resultText() {
            if (onTime) {
                return "按期办结";
            }
            return workingDaysLate == null || workingDaysLate == 0 ? "逾期（不足1个工作日）"
                    : "逾期" + workingDaysLate + "个工作日";
        }

        public String resultClass() {
            return onTime ? DeadlineStatus.ON_TIME.cssClass() : DeadlineStatus.OVERDUE.cssClass();
        }
    }

    /** On time (the indicator's numerator) and late; total = the indicator's denominator. */
    public record EndedCounts(int onTime, int late) {
        public int total() {
            return onTime + late;
        }
    }

    public record EndedResult(List<EndedRow> items, long total, int page, int size, EndedCounts counts,
                              LocalDate from, LocalDate to, boolean postingOnly, List<String> postingSteps,
                              LocalDate today) {
        public int pages() {
            return total == 0 ? 1 : (int) ((total + size - 1) / size);
        }
    }

    /** Checks the ended view's parameters (400 naming the field); default period: this year up to today. */
    public EndedFilter endedFilter(String from, String to, String kind, String town, String unit, String step,
                                   String search, Integer page, Integer size) {
        Violations violations = new Violations();
        LocalDate today = clock.today();
        LocalDate fromValue = parseDate(from, "from", "开始日期", violations);
        LocalDate toValue = parseDate(to, "to", "结束日期", violations);
        fromValue = fromValue == null ? today.withDayOfYear(1) : fromValue;
        toValue = toValue == null ? today : toValue;
        if (toValue.isBefore(fromValue)) {
            violations.add("to", "结束日期不能早于开始日期");
        }
        CaseKind kindValue = parseEnum(CaseKind.class, kind, "kind", "案件类型不正确", violations);
        String townValue = checkedTown(town, violations);
        String unitValue = checkedUnit(unit, violations);
        String stepValue = blankToNull(step);
        if (stepValue != null && !POSTING.equals(stepValue)) {
            violations.add("step", "办理环节只能为posting（公示环节）");
        }
        int pageValue = checkedPage(page, violations);
        int sizeValue = checkedSize(size, violations);
        String searchValue = checkedSearch(search, violations);
        violations.throwIfAny();
        return new EndedFilter(fromValue, toValue, kindValue, townValue, unitValue, stepValue != null, searchValue,
                pageValue, sizeValue);
    }

    @Transactional(readOnly = true)
    public EndedResult searchEnded(CurrentUser user, EndedFilter filter) {
        List<EndedRow> rows = allEndedRows(user, filter);
        int onTime = (int) rows.stream().filter(EndedRow::onTime).count();
        return new EndedResult(pageOf(rows, filter.page(), filter.size()), rows.size(), filter.page(), filter.size(),
                new EndedCounts(onTime, rows.size() - onTime), filter.from(), filter.to(), filter.postingOnly(),
                postingStepNames(), clock.today());
    }

    /**
     * Every step the ended view selects, in the order they ended: completed by a user (not cancelled), with a due
     * date, ended within the period; within the user's scope as in the open view.
     */
    @Transactional(readOnly = true)
    public List<EndedRow> allEndedRows(CurrentUser user, EndedFilter filter) {
        Reach reach = reachOf(user, filter.search());
        Instant from = filter.from().atStartOfDay(clock.zone()).toInstant();
        Instant to = filter.to().plusDays(1).atStartOfDay(clock.zone()).toInstant();
        List<EndedRow> rows = new ArrayList<>();
        for (CaseStepRepository.OpenStep ended : steps.findCompleted(from, to, reach.allTowns(), reach.towns(),
                filter.kind(), filter.town(), filter.unit(), reach.casePattern(), reach.idNumber())) {
            if (reach.sees(ended) && (!filter.postingOnly() || isPostingStep(ended.caseFile(), ended.step()))) {
                rows.add(endedRow(ended.step(), ended.caseFile()));
            }
        }
        rows.sort(Comparator.comparing(EndedRow::endedAt).thenComparing(EndedRow::caseNumber)
                .thenComparing(EndedRow::taskId));
        return rows;
    }

    private boolean isPostingStep(CaseFile caseFile, CaseStep step) {
        return targets.postingSteps().stream().anyMatch(p -> p.caseKind().equals(caseFile.getKind().name())
                && p.stepKey().equals(step.getStepKey()));
    }

    /** The configured posting steps as "kind: step key", for the page's note. */
    private List<String> postingStepNames() {
        return targets.postingSteps().stream().map(p -> {
            String kind = Arrays.stream(CaseKind.values()).filter(k -> k.name().equals(p.caseKind()))
                    .map(CaseKind::displayName).findFirst().orElse(p.caseKind());
            return kind + "：" + p.stepKey();
        }).toList();
    }

    private EndedRow endedRow(CaseStep step, CaseFile caseFile) {
        String group = firstGroup(step);
        LocalDate due = toDate(step.getDueAt());
        LocalDate endedOn = toDate(step.getEndedAt());
        boolean onTime = !step.getEndedAt().isAfter(step.getDueAt());
        return new EndedRow(step.getTaskId(), caseFile.getCaseNumber(), caseFile.getKind().name(),
                caseFile.getKind().displayName(), caseFile.getTownSlug(), townName(caseFile.getTownSlug()),
                parties(caseFile),
                step.getStepKey(), step.getStepName(), step.getResponsibleUnit(), unitName(step.getResponsibleUnit()),
                groupName(group), step.getDueAt(), due,
                toDate(step.getOriginalDueAt()), !step.getDueAt().equals(step.getOriginalDueAt()), step.getEndedAt(),
                LocalDateTime.ofInstant(step.getEndedAt(), clock.zone()), endedOn, step.getCompletedBy(), onTime,
                onTime ? Integer.valueOf(0) : rules.workingDaysLate(due, endedOn));
    }

    /** The step's first candidate group, or null. */
    private static String firstGroup(CaseStep step) {
        List<String> groups = step.candidateGroupList();
        return groups.isEmpty() ? null : groups.get(0);
    }

    private String groupName(String group) {
        return group == null ? null : organization.allGroups().getOrDefault(group, group);
    }

    /** The case's parties as "name masked-ID". */
    private static List<String> parties(CaseFile caseFile) {
        return caseFile.getParties().stream().map(p -> p.getFullName() + " " + p.getIdNumberMasked()).toList();
    }

    private String checkedTown(String town, Violations violations) {
        String value = blankToNull(town);
        if (value != null && organization.townBySlug(value).isEmpty()) {
            violations.add("town", "镇（街道）不是本区的镇（街道）");
        }
        return value;
    }

    private String checkedUnit(String unit, Violations violations) {
        String value = blankToNull(unit);
        if (value != null && unitName(value) == null) {
            violations.add("unit", "承办单位不是本区的镇（街道）或部门");
        }
        return value;
    }

    private static int checkedPage(Integer page, Violations violations) {
        int value = page == null ? 0 : page;
        if (value < 0) {
            violations.add("page", "页码不能为负数");
        }
        return value;
    }

    private int checkedSize(Integer size, Violations violations) {
        int value = size == null ? properties.pageSize() : size;
        if (value < 1 || value > properties.maxPageSize()) {
            violations.add("size", "每页条数应在1至" + properties.maxPageSize() + "之间");
        }
        return value;
    }

    /** The search text; a full ID number is normalised (an invalid one is a violation of "q"). */
    private static String checkedSearch(String search, Violations violations) {
        String value = blankToNull(search);
        if (value != null && looksLikeIdNumber(value)) {
            try {
                value = ResidentIdNumber.parse(value, ID_SEARCH_AS_OF).value();
            } catch (InvalidResidentIdException e) {
                violations.add("q", "检索的公民身份号码有误：" + e.getMessage());
            }
        }
        return value;
    }

    private static LocalDate parseDate(String raw, String field, String label, Violations violations) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(field, label + "应为日期，如2012-01-31");
            return null;
        }
    }

    /** The Chinese name of a town or department slug, or null when it is neither. */
    public String unitName(String unit) {
        if (unit == null) {
            return null;
        }
        return organization.townBySlug(unit).map(Town::name)
                .or(() -> organization.department(unit).map(Department::name)).orElse(null);
    }

    private String townName(String slug) {
        return organization.townBySlug(slug).map(Town::name).orElse(slug);
    }

    private LocalDate toDate(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, clock.zone());
    }

    private static boolean looksLikeIdNumber(String value) {
        return value.matches("[0-9]{17}[0-9Xx]|[0-9]{15}");
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String field, String message,
                                                   Violations violations) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(field, message);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
