package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.targets.domain.Indicator;
import cn.gov.xinbei.pfp.targets.domain.Target;
import cn.gov.xinbei.pfp.targets.domain.TargetKind;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configured targets, checked at start-up (every town has a value on every row, percents are numbers, the
 * indicator names exist), as domain {@link Target}s of a town or of the district.
 */
@Component
public class TargetCatalog {

    private static final String NONE = "NONE";

    private final TargetsProperties properties;
    private final Organization organization;
    private final EnteredTargets entered;

    public TargetCatalog(TargetsProperties properties, Organization organization, EnteredTargets entered) {
        this.properties = properties;
        this.organization = organization;
        this.entered = entered;
        properties.years().forEach((year, targets) -> {
            for (Town town : organization.towns()) {
                targets(year, town.slug());
            }
            targets(year, null);
        });
    }

    /** The years with targets: from config/targets/&lt;year&gt;.yml and entered on the desk. */
    public Set<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(properties.years().keySet());
        years.addAll(entered.years());
        return years;
    }

    public boolean hasYear(int year) {
        return properties.years().containsKey(year) || entered.year(year).isPresent();
    }

    /** Whether the year's targets come from config/targets/&lt;year&gt;.yml (they cannot be entered on the desk then). */
    public boolean configuredInFile(int year) {
        return properties.years().containsKey(year);
    }

    public String source(int year) {
        return yearTargets(year).source();
    }

    /**
     * The configured year whose rows (names, kinds, indicators, formulas) a year entered on the desk fills in: the
     * latest configured year before it, else the earliest one.
     */
    public int templateYear(int year) {
        TreeSet<Integer> configured = new TreeSet<>(properties.years().keySet());
        if (configured.isEmpty()) {
            throw new IllegalStateException("no config/targets/<year>.yml to take the targets' rows from");
        }
        Integer before = configured.floor(year);
        return before != null ? before : configured.first();
    }

    /** The rows of a configured year, as configured (for the entry form). */
    public List<TargetsProperties.TargetRow> rows(int configuredYear) {
        return properties.years().get(configuredYear).targets();
    }

    /** A year's targets: from its file, or as entered on the desk into the rows of its template year. */
    private TargetsProperties.YearTargets yearTargets(int year) {
        TargetsProperties.YearTargets configured = properties.years().get(year);
        if (configured != null) {
            return configured;
        }
        EnteredTargets.Year entry = entered.year(year).orElse(null);
        if (entry == null) {
            return null;
        }
        TargetsProperties.YearTargets template = properties.years().get(entry.templateYear());
        List<TargetsProperties.TargetRow> rows = new ArrayList<>();
        for (TargetsProperties.TargetRow row : template.targets()) {
            java.util.Map<String, String> values = entry.values().getOrDefault(row.key(), java.util.Map.of());
            java.util.Map<String, String> towns = new java.util.HashMap<>(values);
            towns.remove(EnteredTargets.DISTRICT);
            BigDecimal low = row.low();
            BigDecimal high = row.high();
            String district = values.get(EnteredTargets.DISTRICT);
            if (row.kind() == TargetKind.BAND) {
                BigDecimal[] band = TargetValues.band(district != null ? district : towns.values().stream().findFirst().orElse(null));
                if (band != null) {
                    low = band[0];
                    high = band[1];
                }
            }
            rows.add(new TargetsProperties.TargetRow(row.key(), row.name(), row.annex(), row.kind(), towns, null,
                    district, row.indicator(), row.minimum(), low, high, row.formula(), row.note(), row.seedLine()));
        }
        return new TargetsProperties.YearTargets(entry.source(), rows);
    }

    /** The targets of a town, or of the district when {@code townSlug} is null, in the order of the annexes. */
    public List<Target> targets(int year, String townSlug) {
        TargetsProperties.YearTargets yearTargets = yearTargets(year);
        if (yearTargets == null) {
            throw new IllegalArgumentException("no targets configured for " + year);
        }
        List<Target> targets = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (TargetsProperties.TargetRow row : yearTargets.targets()) {
            String where = "config/targets/" + year + ".yml, target " + row.key();
            if (row.key() == null || !keys.add(row.key())) {
                throw new IllegalStateException(where + ": missing or duplicate key");
            }
            if (row.kind() == null || row.annex() == null || row.name() == null) {
                throw new IllegalStateException(where + ": name, annex and kind are required");
            }
            String value = townSlug == null ? districtValue(row) : townValue(row, townSlug, where);
            Indicator indicator = indicator(row.indicator(), where);
            BigDecimal minimum = row.minimum();
            if (row.kind() == TargetKind.MIN_PERCENT && value != null) {
                minimum = number(value, where);
            } else if (row.kind() == TargetKind.COUNT && value != null) {
                number(value, where);
            }
            if (indicator != null && indicator.unit() == Indicator.Unit.PERCENT && row.minimum() == null
                    && row.kind() != TargetKind.MIN_PERCENT) {
                throw new IllegalStateException(where + ": a computed percent needs a minimum to be judged against");
            }
            try {
                targets.add(new Target(row.key(), row.name(), row.annex(), row.kind(), value, indicator,
                        value == null ? null : minimum, row.low(), row.high(), row.formula(), row.note()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        return targets;
    }

    public Optional<Target> target(int year, String townSlug, String key) {
        return targets(year, townSlug).stream().filter(t -> t.key().equals(key)).findFirst();
    }

    private static String townValue(TargetsProperties.TargetRow row, String townSlug, String where) {
        String value = row.towns().getOrDefault(townSlug, row.all());
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(where + ": no value for town " + townSlug);
        }
        return value.strip();
    }

    /** The district's target where the plan gives one; else the towns' common value when every town has the same. */
    private String districtValue(TargetsProperties.TargetRow row) {
        if (row.district() != null && !row.district().isBlank()) {
            return row.district().strip();
        }
        Set<String> values = new HashSet<>();
        for (Town town : organization.towns()) {
            String v = row.towns().getOrDefault(town.slug(), row.all());
            values.add(v == null ? "" : v.strip());
        }
        return values.size() == 1 && !values.contains("") ? values.iterator().next() : null;
    }

    private static Indicator indicator(String name, String where) {
        if (name == null || name.isBlank() || NONE.equals(name.strip())) {
            return null;
        }
        try {
            return Indicator.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown indicator " + name, e);
        }
    }

    private static BigDecimal number(String value, String where) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(where + ": \"" + value + "\" is not a number", e);
        }
    }
}
