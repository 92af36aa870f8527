package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.audit.AdministrationAudit;
import cn.gov.xinbei.pfp.configuration.ConfigurationFigureService;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A year's targets entered on the desk when {@code config/targets/<year>.yml} does not exist (issue 14 point 6): the
 * rows of the latest configured year before it, with a value per town (required) and for the district (optional, as
 * in the annexes), checked per kind, with the document they come from; stored (annual_targets), written to the
 * administration log. Administrators only. A refused entry writes nothing.
 */
@Service
@Transactional
public class TargetEntryService {

    static final int MIN_SOURCE_LENGTH = 4;
    static final int MAX_SOURCE_LENGTH = 500;

    /** The form: one row per target of the template year, each with the towns' and the district's values. */
    public record Form(int year, int templateYear, boolean alreadyEntered, String source,
                       List<FormRow> rows, List<Town> towns) {
    }

    /** @param values unit (town slug or "district") -> value as shown in the form */
    public record FormRow(String key, String name, int annex, String kindLabel, String kind,
                          Map<String, String> values) {
    }

    private final TargetCatalog catalog;
    private final EnteredTargets entered;
    private final Organization organization;
    private final AdministrationAudit audit;
    private final ConfigurationFigureService figures;
    private final EngineClock clock;

    public TargetEntryService(TargetCatalog catalog, EnteredTargets entered, Organization organization,
                              AdministrationAudit audit, ConfigurationFigureService figures, EngineClock clock) {
        this.catalog = catalog;
        this.entered = entered;
        this.organization = organization;
        this.audit = audit;
        this.figures = figures;
        this.clock = clock;
    }

    /** A year as typed: 4 digits, within the years figures may be entered for. */
    public int year(String text) {
        Violations violations = new Violations();
        Integer year = year(text, violations);
        violations.throwIfAny();
        return year;
    }

    private Integer year(String text, Violations violations) {
        String value = text == null ? "" : text.strip();
        if (!value.matches("\\d{4}")) {
            violations.add("year", "年度应为4位数字年份，如2013");
            return null;
        }
        int year = Integer.parseInt(value);
        if (year < figures.minYear() || year > figures.maxYear()) {
            violations.add("year", "年度应在" + figures.minYear() + "至" + figures.maxYear() + "年之间");
            return null;
        }
        if (catalog.configuredInFile(year)) {
            violations.add("year", year + "年度的考核目标由配置文件 config/targets/" + year + ".yml 提供，不在此录入");
            return null;
        }
        return year;
    }

    /** The form of a year: prefilled with what was entered, else with the template year's values. */
    @Transactional(readOnly = true)
    @PreAuthorize(UserScope.ADMINISTRATOR)
    public Form form(CurrentUser user, int year) {
        Optional<EnteredTargets.Year> before = entered.year(year);
        int template = before.map(EnteredTargets.Year::templateYear).orElse(catalog.templateYear(year));
        List<FormRow> rows = catalog.rows(template).stream().map(row -> {
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> stored = before.map(b -> b.values().getOrDefault(row.key(), Map.of())).orElse(null);
            for (Town town : organization.towns()) {
                values.put(town.slug(), stored != null ? stored.getOrDefault(town.slug(), "")
                        : Objects.requireNonNullElse(row.towns().getOrDefault(town.slug(), row.all()), ""));
            }
            values.put(EnteredTargets.DISTRICT, stored != null ? stored.getOrDefault(EnteredTargets.DISTRICT, "")
                    : Objects.requireNonNullElse(row.district(), ""));
            return new FormRow(row.key(), row.name(), row.annex(), row.kind().label(), row.kind().name(), values);
        }).toList();
        return new Form(year, template, before.isPresent(), before.map(EnteredTargets.Year::source).orElse(""), rows,
                organization.towns());
    }

    /**
     * Stores the year's targets.
     *
     * @param values form parameters {@code v.<key>.<unit>} -> value
     * @throws InvalidInputException (fields {@code year}, {@code source}, {@code v.<key>.<unit>}) when refused
     */
    @PreAuthorize(UserScope.ADMINISTRATOR)
    public void enter(CurrentUser user, String yearText, String source, Map<String, String> values) {
        Violations violations = new Violations();
        Integer year = year(yearText, violations);
        String src = source == null ? "" : source.strip();
        if (src.length() < MIN_SOURCE_LENGTH) {
            violations.add("source", "请填写目标任务的来源（下达文件的名称、文号，至少" + MIN_SOURCE_LENGTH + "个字）");
        } else if (src.length() > MAX_SOURCE_LENGTH) {
            violations.add("source", "来源不能超过" + MAX_SOURCE_LENGTH + "个字");
        }
        if (year == null) {
            violations.throwIfAny();
        }
        Optional<EnteredTargets.Year> before = entered.year(year);
        int template = before.map(EnteredTargets.Year::templateYear).orElse(catalog.templateYear(year));
        Map<String, Map<String, String>> checked = new LinkedHashMap<>();
        for (TargetsProperties.TargetRow row : catalog.rows(template)) {
            Map<String, String> units = new LinkedHashMap<>();
            for (Town town : organization.towns()) {
                String field = "v." + row.key() + "." + town.slug();
                String value = values.get(field);
                String problem = TargetValues.problem(row.kind(), value);
                if (problem != null) {
                    violations.add(field, row.name() + "（" + town.name() + "）：" + problem);
                } else {
                    units.put(town.slug(), value.strip());
                }
            }
            String field = "v." + row.key() + "." + EnteredTargets.DISTRICT;
            String district = values.get(field);
            if (district != null && !district.isBlank()) {
                String problem = TargetValues.problem(row.kind(), district);
                if (problem != null) {
                    violations.add(field, row.name() + "（全区）：" + problem);
                } else {
                    units.put(EnteredTargets.DISTRICT, district.strip());
                }
            }
            checked.put(row.key(), units);
        }
        violations.throwIfAny();
        entered.save(year, template, src, user.id(), clock.now(), checked);
        Map<String, String[]> changes = new LinkedHashMap<>();
        changes.put("年度", new String[] {null, year + "年度考核目标（按" + template + "年目标项目录入）"});
        changes.put("来源", new String[] {before.map(EnteredTargets.Year::source).orElse(null), src});
        int changed = 0;
        for (var row : checked.entrySet()) {
            for (var unit : row.getValue().entrySet()) {
                String old = before.map(b -> b.values().getOrDefault(row.getKey(), Map.of()).get(unit.getKey()))
                        .orElse(null);
                if (!unit.getValue().equals(old)) {
                    changed++;
                }
            }
        }
        changes.put("目标值", new String[] {null, checked.size() + "项目标，" + changed + "个值" + (before.isPresent() ? "变更" : "录入")});
        audit.log(user.id(), user.groups(), AdministrationAudit.ANNUAL_TARGETS,
                before.isPresent() ? UserOperationLogEntry.OPERATION_TYPE_UPDATE : UserOperationLogEntry.OPERATION_TYPE_CREATE,
                changes);
    }
}
