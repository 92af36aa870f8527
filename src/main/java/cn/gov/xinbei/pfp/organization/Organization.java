package cn.gov.xinbei.pfp.organization;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organization model: who can be routed work. Group ids are {@code <unit>-<role>}; this class is the one
 * place that composes and parses them, so BPMN expressions and authorization code agree.
 */
@Component
public class Organization {

    public static final String CLERK = "clerk";
    public static final String LIAISON = "liaison";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";
    /** The district bureau is both a department and the approving authority. */
    public static final String BUREAU = "bureau";

    private final OrganizationProperties properties;
    private final Map<String, Town> townsBySlug;
    private final Map<String, Town> townsByCode;
    private final Map<String, Department> departmentsBySlug;

    public Organization(OrganizationProperties properties) {
        this.properties = properties;
        this.townsBySlug = index(properties.towns(), Town::slug);
        this.townsByCode = index(properties.towns(), Town::code);
        this.departmentsBySlug = index(properties.departments(), Department::slug);
        if (!departmentsBySlug.containsKey(BUREAU)) {
            throw new IllegalStateException("config/organization.yml must list the department '" + BUREAU + "'");
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> {
            throw new IllegalStateException("duplicate entry in config/organization.yml: " + key.apply(a));
        }, LinkedHashMap::new));
    }

    public String districtCode() {
        return properties.district().code();
    }

    public String districtName() {
        return properties.district().name();
    }

    public List<Town> towns() {
        return List.copyOf(townsBySlug.values());
    }

    public List<Department> departments() {
        return List.copyOf(departmentsBySlug.values());
    }

    public List<Role> roles() {
        return properties.roles();
    }

    public Optional<Town> townBySlug(String slug) {
        return Optional.ofNullable(slug).map(townsBySlug::get);
    }

    public Optional<Town> townByCode(String code) {
        return Optional.ofNullable(code).map(townsByCode::get);
    }

    public Optional<Department> department(String slug) {
        return Optional.ofNullable(slug).map(departmentsBySlug::get);
    }

    public static String group(String unit, String role) {
        return unit + "-" + role;
    }

    /** Every group the organization defines, with a Chinese display name. */
    public Map<String, String> allGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        for (Town town : towns()) {
            groups.put(group(town.slug(), CLERK), town.name() + "经办人");
            groups.put(group(town.slug(), SUPERVISOR), town.name() + "负责人");
        }
        groups.put(group(BUREAU, CLERK), departmentsBySlug.get(BUREAU).name() + "经办人");
        groups.put(group(BUREAU, SUPERVISOR), departmentsBySlug.get(BUREAU).name() + "负责人");
        departments().stream().filter(d -> !d.slug().equals(BUREAU))
                .forEach(d -> groups.put(group(d.slug(), LIAISON), d.name() + "联络员"));
        groups.put(ADMIN, "系统管理员");
        return groups;
    }

    /** The towns a set of group ids gives access to (a town's clerks and supervisors). */
    public List<Town> townsOf(java.util.Collection<String> groupIds) {
        return groupIds.stream()
                .flatMap(g -> towns().stream().filter(t -> g.startsWith(t.slug() + "-")))
                .distinct()
                .toList();
    }
}
