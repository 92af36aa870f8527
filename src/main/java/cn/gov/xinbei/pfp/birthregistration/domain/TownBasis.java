package cn.gov.xinbei.pfp.birthregistration.domain;

/**
 * Why the couple register in this town: a couple registers at the town (镇／街道) of either spouse's hukou or current
 * residence (国卫办人口发〔2021〕21号, REFERENCE.md §12 D3). The case records which one, with the address.
 */
public enum TownBasis {
    WIFE_HUKOU("女方户籍所在地"),
    HUSBAND_HUKOU("男方户籍所在地"),
    WIFE_RESIDENCE("女方现居住地"),
    HUSBAND_RESIDENCE("男方现居住地");

    private final String label;

    TownBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
