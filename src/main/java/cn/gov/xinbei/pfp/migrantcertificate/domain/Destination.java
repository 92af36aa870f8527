package cn.gov.xinbei.pfp.migrantcertificate.domain;

/**
 * Where the woman is going, as far as it decides whether she becomes 流动人口 at all (《流动人口计划生育工作条例》
 * art. 2): leaving the hukou 市辖区 to work or live elsewhere does; a move between districts of one 设区的市 (here:
 * another district of Changzhou) does not (art. 2 (二)), and needs no 婚育证明.
 */
public enum Destination {
    OTHER_PROVINCE("外省（自治区、直辖市）", true),
    OTHER_CITY_IN_JIANGSU("本省其他市、县", true),
    OTHER_DISTRICT_OF_CHANGZHOU("常州市其他区", false);

    /** The rule quoted when the destination makes no migrant. */
    public static final String ARTICLE_2 = "《流动人口计划生育工作条例》第二条第（二）项：在设区的市行政区域内区与区之间"
            + "异地居住的人员不属于流动人口";

    private final String label;
    private final boolean makesMigrant;

    Destination(String label, boolean makesMigrant) {
        this.label = label;
        this.makesMigrant = makesMigrant;
    }

    public String label() {
        return label;
    }

    public boolean makesMigrant() {
        return makesMigrant;
    }
}
