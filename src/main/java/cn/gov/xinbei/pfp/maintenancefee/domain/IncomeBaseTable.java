package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The published per-year base figures by area (JS-PFP art. 41 para 2; REFERENCE.md 5.2):
 * <ul>
 * <li>urban parents: 城镇居民人均可支配收入 of the 设区的市 or 县（市） — for a township of a 市辖区 that is the city
 * (Xinbei → 常州市 320400), found by walking up the area tree to the first {@link AreaLevel#isUrbanBaseArea()} level;</li>
 * <li>rural parents: 农村居民人均纯收入 of the township itself — never the city or county average, which is not
 * the legal base.</li>
 * </ul>
 * The year is the one before the child's birth, not the decision year (REFERENCE.md 5.5). A figure that is not
 * configured is a {@link MissingIncomeBaseException}, never a zero. Immutable; the constructor checks the data.
 */
public final class IncomeBaseTable {

    private record Key(int year, String areaCode, IncomeBaseKind kind) {
    }

    private final Map<String, IncomeArea> areas = new LinkedHashMap<>();
    private final Map<Key, IncomeFigure> figures = new HashMap<>();

    public IncomeBaseTable(Collection<IncomeArea> areas, Collection<IncomeFigure> figures) {
        for (IncomeArea area : areas) {
            if (this.areas.putIfAbsent(area.code(), area) != null) {
                throw new IllegalArgumentException("area " + area.code() + " is given twice");
            }
        }
        for (IncomeArea area : areas) {
            checkAncestry(area);
        }
        for (IncomeFigure figure : figures) {
            IncomeArea area = this.areas.get(figure.areaCode());
            if (area == null) {
                throw new IllegalArgumentException("figure " + figure.year() + "/" + figure.kind() + " names the unknown area "
                        + figure.areaCode());
            }
            Key key = new Key(figure.year(), figure.areaCode(), figure.kind());
            if (this.figures.putIfAbsent(key, figure) != null) {
                throw new IllegalArgumentException("the " + figure.year() + " " + figure.kind() + " figure of " + area.name()
                        + " (" + area.code() + ") is given twice");
            }
        }
    }

    /** Every area must lie below exactly one city or county, and the tree must have no loops. */
    private void checkAncestry(IncomeArea area) {
        Set<String> seen = new HashSet<>();
        IncomeArea current = area;
        while (current.parentCode() != null) {
            if (!seen.add(current.code())) {
                throw new IllegalArgumentException("the parents of area " + area.code() + " form a loop");
            }
            IncomeArea parent = this.areas.get(current.parentCode());
            if (parent == null) {
                throw new IllegalArgumentException("area " + current.code() + " names the unknown parent " + current.parentCode());
            }
            current = parent;
        }
        if (!current.level().isUrbanBaseArea()) {
            throw new IllegalArgumentException("area " + area.code() + " lies under no 设区的市 or 县（市）: its top is "
                    + current.code() + " (" + current.level() + ")");
        }
    }

    /**
     * This table with {@code overrides} (figures the bureau entered): an override replaces the configured figure of
     * its year, area and kind, or adds one. Its area must be known.
     */
    public IncomeBaseTable withFigures(Collection<IncomeFigure> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<Key, IncomeFigure> merged = new LinkedHashMap<>(figures);
        for (IncomeFigure figure : overrides) {
            merged.put(new Key(figure.year(), figure.areaCode(), figure.kind()), figure);
        }
        return new IncomeBaseTable(areas.values(), merged.values());
    }

    /** Every area, in the order configured. */
    public Collection<IncomeArea> areas() {
        return java.util.Collections.unmodifiableCollection(areas.values());
    }

    public Optional<IncomeArea> area(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    /** The base year for a child born on {@code childBirthDate}: the year before the birth ("孩子出生前一年"). */
    public static int baseYearFor(LocalDate childBirthDate) {
        return childBirthDate.getYear() - 1;
    }

    /**
     * The base for a parent of {@code category} whose applicable area (hukou or residence township, per 357号令 art. 5)
     * is {@code areaCode}, for a child born on {@code childBirthDate}.
     *
     * @throws IllegalArgumentException   if the area is unknown, or a rural parent is given an area above township
     * @throws MissingIncomeBaseException if the figure is not configured
     */
    public IncomeBase baseFor(HukouCategory category, String areaCode, LocalDate childBirthDate) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(childBirthDate, "childBirthDate");
        IncomeArea area = baseArea(category, areaCode);
        return lookup(baseYearFor(childBirthDate), area.code(), category.baseKind());
    }

    /**
     * The area whose figure applies: for urban parents the city or county the area lies in (the area itself if it is
     * one), for rural parents the township itself.
     */
    public IncomeArea baseArea(HukouCategory category, String areaCode) {
        IncomeArea area = areas.get(areaCode);
        if (area == null) {
            throw new IllegalArgumentException("unknown area " + areaCode);
        }
        if (category == HukouCategory.RURAL) {
            if (area.level() != AreaLevel.TOWNSHIP) {
                throw new IllegalArgumentException("a rural base is the township's: " + area.name() + " (" + areaCode
                        + ") is a " + area.level());
            }
            return area;
        }
        IncomeArea current = area;
        while (!current.level().isUrbanBaseArea()) {
            current = areas.get(current.parentCode());
        }
        return current;
    }

    /** The figure exactly as configured for the year, area and kind. */
    public IncomeBase lookup(int year, String areaCode, IncomeBaseKind kind) {
        IncomeArea area = areas.get(areaCode);
        if (area == null) {
            throw new IllegalArgumentException("unknown area " + areaCode);
        }
        IncomeFigure figure = figures.get(new Key(year, areaCode, kind));
        if (figure == null) {
            throw new MissingIncomeBaseException(year, area, kind);
        }
        return new IncomeBase(year, area, kind, figure.amount(), figure.source(), figure.marker());
    }

    public int size() {
        return figures.size();
    }
}
