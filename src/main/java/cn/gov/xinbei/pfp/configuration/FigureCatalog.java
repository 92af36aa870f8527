package cn.gov.xinbei.pfp.configuration;

import cn.gov.xinbei.pfp.shared.configuration.FigureKind;
import cn.gov.xinbei.pfp.shared.configuration.MissingFigure;

import java.util.List;

/**
 * What one feature's bureau-owned figures are: which keys exist, whether a figure has an area, its unit and the
 * plausible range that applies. Each feature that reads such figures implements it (assistance rates, fee bases), so
 * the desk page and the entry form know every figure kind without depending on the features.
 */
public interface FigureCatalog {

    FigureKind kind();

    /** The figures of this kind that may be entered (value = key). */
    List<Choice> keys();

    /** Whether the figure of this key is per area (then {@link #areas(String)} lists the allowed ones). */
    boolean needsArea(String key);

    /** The areas a figure of this key may be entered for (value = division code). */
    List<Choice> areas(String key);

    /** How the amount is counted, e.g. 元/人/年. */
    String unitLabel(String key);

    /** The name of the plausible range (app.configuration-figures.plausible-ranges) that applies to this key. */
    String rangeName(String key);

    /**
     * The figure of this key, year and area, described in Chinese.
     *
     * @throws IllegalArgumentException if the key or area is not one of this catalog's
     */
    MissingFigure describe(String key, int year, String area);

    /** An option of a form's select. */
    record Choice(String value, String label) {
    }
}
