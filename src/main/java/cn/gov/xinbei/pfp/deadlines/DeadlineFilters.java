package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseSearch;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;
import cn.gov.xinbei.pfp.organization.Department;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.ParameterValue;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * The deadline desk's request parameters, checked into filters: blank means "any", every error names its field in
 * Chinese (400). Shared by the desk page, its Excel export and {@code GET /api/deadlines}. The controllers take the
 * parameters typed (choices, dates, numbers with their bounds), so what is checked here is what depends on the
 * configuration: the towns and units of the organization, the page size limit, a resident ID number's check digit.
 */
@Component
public class DeadlineFilters {


    /** {@code step=posting} selects the public-posting steps (app.targets.posting-steps). */
    public enum StepChoice implements ParameterValue {
        POSTING;

        @Override
        public String param() {
            return "posting";
        }
    }

    /** {@code dir=asc} (default) or {@code dir=desc}. */
    public enum Direction implements ParameterValue {
        ASC("asc"), DESC("desc");

        private final String param;

        Direction(String param) {
            this.param = param;
        }

        @Override
        public String param() {
            return param;
        }
    }

    public enum SortKey implements ParameterValue {
        DUE("due", "期限"), CASE_NUMBER("caseNumber", "案件编号"), TOWN("town", "镇（街道）"), CREATED("created", "开始时间");

        private final String param;
        private final String label;

        SortKey(String param, String label) {
            this.param = param;
            this.label = label;
        }

        @Override
        public String param() {
            return param;
        }

        public String label() {
            return label;
        }
    }

    /** The open list's filters; null means "any". */
    public record Filter(CaseKind kind, String town, String unit, DeadlineStatus status, CaseSearch search,
                         SortKey sort, boolean descending, int page, int size) {
    }

    /**
     * The ended-steps view's filters: steps completed from {@code from} to {@code to} (dates, China time, both whole
     * days); {@code town} the case's town, {@code unit} the responsible unit; {@code postingOnly} the public-posting
     * steps of the targets' configuration.
     */
    public record EndedFilter(LocalDate from, LocalDate to, CaseKind kind, String town, String unit,
                              boolean postingOnly, CaseSearch search, int page, int size) {
    }

    private final Organization organization;
    private final DeadlineProperties properties;
    private final EngineClock clock;

    public DeadlineFilters(Organization organization, DeadlineProperties properties, EngineClock clock) {
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    /** The open list's filters; null parameters mean "any" (sort: by due date, ascending; page: the first). */
    public Filter open(CaseKind kind, String town, String unit, DeadlineStatus status, String search, SortKey sort,
                       Direction dir, Integer page, Integer size) {
        Violations violations = new Violations();
        String townValue = checkedTown(town, violations);
        String unitValue = checkedUnit(unit, violations);
        int pageValue = checkedPage(page, violations);
        int sizeValue = checkedSize(size, violations);
        CaseSearch searchValue = CaseSearch.parse(search, violations);
        violations.throwIfAny();
        return new Filter(kind, townValue, unitValue, status, searchValue, sort == null ? SortKey.DUE : sort,
                dir == Direction.DESC, pageValue, sizeValue);
    }

    /** The ended view's parameters; default period: this year up to today. */
    public EndedFilter ended(LocalDate from, LocalDate to, CaseKind kind, String town, String unit, StepChoice step,
                             String search, Integer page, Integer size) {
        Violations violations = new Violations();
        LocalDate today = clock.today();
        LocalDate fromValue = from == null ? today.withDayOfYear(1) : from;
        LocalDate toValue = to == null ? today : to;
        if (toValue.isBefore(fromValue)) {
            violations.add("to", "结束日期不能早于开始日期");
        }
        String townValue = checkedTown(town, violations);
        String unitValue = checkedUnit(unit, violations);
        int pageValue = checkedPage(page, violations);
        int sizeValue = checkedSize(size, violations);
        CaseSearch searchValue = CaseSearch.parse(search, violations);
        violations.throwIfAny();
        return new EndedFilter(fromValue, toValue, kind, townValue, unitValue, step == StepChoice.POSTING, searchValue,
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

    private static String blankToNull(String value) {
        return FormValues.blankToNull(value);
    }
}
