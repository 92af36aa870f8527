package cn.gov.xinbei.pfp.shared.configuration;

import java.util.Objects;

/**
 * A bureau-owned figure that is not configured: what it is, for which year and (where relevant) which area.
 *
 * @param kind        the kind of figure
 * @param key         which figure of the kind, e.g. {@code RURAL_AWARD}, {@code SPECIAL_SUPPORT/DEATH} or
 *                    {@code RURAL_NET_INCOME}
 * @param year        the year the figure is for
 * @param area        the area (division code) the figure is for, or "" when the figure has none
 * @param description in Chinese, with year and area, e.g. 2011年春江镇农村居民人均纯收入
 */
public record MissingFigure(FigureKind kind, String key, int year, String area, String description) {

    public MissingFigure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        area = area == null ? "" : area;
    }

    /** The same figure (kind, key, year and area), whatever the description says. */
    public boolean sameFigure(FigureKind otherKind, String otherKey, int otherYear, String otherArea) {
        return kind == otherKind && key.equals(otherKey) && year == otherYear
                && area.equals(otherArea == null ? "" : otherArea);
    }
}
