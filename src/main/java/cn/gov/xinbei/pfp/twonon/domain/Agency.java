package cn.gov.xinbei.pfp.twonon.domain;

import java.util.Arrays;
import java.util.Optional;

/** The agencies of the joint mechanism (REFERENCE.md §6.3), by their organization slug, with the penalty each may impose. */
public enum Agency {
    HEALTH("health", "社会事业局（卫生）", PenaltyBasis.PFPL_ART_36),
    DRUGS("drugs", "药品监督管理局", PenaltyBasis.JS_2005_ITEM_14),
    POLICE("police", "公安分局", null),
    WOMEN("women", "妇联", null);

    private final String slug;
    private final String label;
    private final PenaltyBasis penaltyBasis;

    Agency(String slug, String label, PenaltyBasis penaltyBasis) {
        this.slug = slug;
        this.label = label;
        this.penaltyBasis = penaltyBasis;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** The candidate group of the agency's liaisons, e.g. {@code health-liaison}. */
    public String liaisons() {
        return slug + "-liaison";
    }

    /** The fine the agency may impose in a 两非 case; empty for agencies without penalty powers here. */
    public Optional<PenaltyBasis> penaltyBasis() {
        return Optional.ofNullable(penaltyBasis);
    }

    public static Optional<Agency> bySlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equalsIgnoreCase(slug == null ? "" : slug.strip())).findFirst();
    }
}
