package cn.gov.xinbei.pfp.maintenancefee.domain;

/**
 * The resident category a parent is assessed at, which picks the kind of base (JS-PFP art. 41 para 2).
 * <p>
 * <b>Couples whose categories differ</b> (REFERENCE.md 5.5, [NF]: the Jiangsu text found does not say): this system
 * assesses <em>each parent at their own category</em> — an urban parent on the city/county urban figure, a rural
 * parent on the township rural figure. This follows from the fee being assessed per person (REFERENCE.md 5.2,
 * [I, strongly supported]) and is stated in the assessment's lines whenever the two categories differ.
 */
public enum HukouCategory {
    URBAN("城镇居民", IncomeBaseKind.URBAN_DISPOSABLE_INCOME),
    RURAL("农村居民", IncomeBaseKind.RURAL_NET_INCOME);

    private final String label;
    private final IncomeBaseKind baseKind;

    HukouCategory(String label, IncomeBaseKind baseKind) {
        this.label = label;
        this.baseKind = baseKind;
    }

    public String label() {
        return label;
    }

    /** The statistic the base is taken from for this category. */
    public IncomeBaseKind baseKind() {
        return baseKind;
    }
}
