package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;
import cn.gov.xinbei.pfp.organization.Department;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The deadline desk's request parameters, checked into filters: blank means "any", every error names its field in
 * Chinese (400). Shared by the desk page, its Excel export and {@code GET /api/deadlines}.
 */
@Component
public class DeadlineFilters {

    /** The first-generation cut-off does not matter for a search: parse as of the last day both kinds were valid. */
    private static final LocalDate ID_SEARCH_AS_OF = LocalDate.of(2012, 12, 31);

    /** The value of the step parameter that selects the public-posting steps (app.targets.posting-steps). */
    public static final String POSTING = "posting";

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

    /** The open list's filters; null means "any". {@code search}: a case number (part) or a full ID number. */
    public record Filter(CaseKind kind, String town, String unit, DeadlineStatus status, String search,
                         SortKey sort, boolean descending, int page, int size) {
    }

    /**
     * The ended-steps view's filters: steps completed from {@code from} to {@code to} (dates, China time, both whole
     * days); {@code town} the case's town, {@code unit} the responsible unit; {@code postingOnly} the public-posting
     * steps of the targets' configuration.
     */
    public record EndedFilter(LocalDate from, LocalDate to, CaseKind kind, String town, String unit,
                              boolean postingOnly, String search, int page, int size) {
    }

    private final Organization organization;
    private final DeadlineProperties properties;
    private final EngineClock clock;

    public DeadlineFilters(Organization organization, DeadlineProperties properties, EngineClock clock) {
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    public Filter open(String kind, String town, String unit, String status, String search, String sort,
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

    /** The ended view's parameters; default period: this year up to today. */
    public EndedFilter ended(String from, String to, String kind, String town, String unit, String step,
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

    /** The Chinese name of a town or department slug, or null when it is neither. */
    public String unitName(String unit) {
        if (unit == null) {
            return null;
        }
        return organization.townBySlug(unit).map(Town::name)
                .or(() -> organization.department(unit).map(Department::name)).orElse(null);
    }

    /** Whether a search text is a full resident ID number (18 or 15 digits), not a case number. */
    static boolean looksLikeIdNumber(String value) {
        return value.matches("[0-9]{17}[0-9Xx]|[0-9]{15}");
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

    /** An optional choice: blank means "any", an unknown value is a violation. */
    private static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String field, String message,
                                                   Violations violations) {
        return FormValues.blankToNull(raw) == null ? null : FormValues.choice(type, raw, field, message, violations);
    }

    private static String blankToNull(String value) {
        return FormValues.blankToNull(value);
    }
}
