package cn.gov.xinbei.pfp.maintenancefee.domain;

/**
 * The instruments the fee rules rest on, as the clerk cites them (REFERENCE.md §2, §5). The Jiangsu article
 * numbers follow the 2004 text as secondary sources quote it (REFERENCE.md 5.1, marked [S]).
 */
public final class LegalBasis {

    /** 《江苏省人口与计划生育条例》, 2002 text as amended 2004-06-17 (the version in force in 2012). */
    public static final String JIANGSU_REGULATION = "《江苏省人口与计划生育条例》";
    /** Art. 41 para 2: the base (year before the birth; city/county urban or township rural) and the income top-up. */
    public static final String JIANGSU_BASE_AND_TOP_UP = JIANGSU_REGULATION + "第四十一条第二款";
    /** Art. 41 para 3: the multiples of the base, items (一) to (五). */
    public static final String JIANGSU_MULTIPLES = JIANGSU_REGULATION + "第四十一条第三款";

    /** 《中华人民共和国人口与计划生育法》 (2001) art. 41: the fee is due; late fee; the deciding department applies to the court. */
    public static final String NATIONAL_LAW_ART_41 = "《中华人民共和国人口与计划生育法》第四十一条";

    /** 国务院《社会抚养费征收管理办法》 (Decree 357, 2002). */
    public static final String DECREE_357 = "《社会抚养费征收管理办法》";
    /** Art. 4: the county-level family-planning department decides in writing. */
    public static final String DECREE_357_ART_4 = DECREE_357 + "第四条";
    /** Art. 6: pay within 30 days of receiving the decision; hardship instalments applied for within the same 30 days. */
    public static final String DECREE_357_ART_6 = DECREE_357 + "第六条";
    /** Art. 8: 2‰ of the unpaid amount per month from the day the fee falls overdue. */
    public static final String DECREE_357_ART_8 = DECREE_357 + "第八条";

    /** Art. 9: 复议 and 诉讼 do not suspend the decision. */
    public static final String DECREE_357_ART_9 = DECREE_357 + "第九条";

    /** 《中华人民共和国行政强制法》 (in force 2012-01-01). */
    public static final String ADMINISTRATIVE_COMPULSION_LAW = "《中华人民共和国行政强制法》";
    /** Art. 45: a late fee may not exceed the amount of the money obligation. */
    public static final String LATE_FEE_CAP = ADMINISTRATIVE_COMPULSION_LAW + "第四十五条";
    /** Art. 53: an agency without enforcement power applies to the court within 3 months after the remedy periods. */
    public static final String COURT_ENFORCEMENT = ADMINISTRATIVE_COMPULSION_LAW + "第五十三条";
    /** Art. 54: the court may be asked only once a written 催告 has been served for ten days. */
    public static final String ENFORCEMENT_REMINDER = ADMINISTRATIVE_COMPULSION_LAW + "第五十四条";

    /** Art. 69: periods of ten days or less in the law are working days. */
    public static final String WORKING_DAY_PERIODS = ADMINISTRATIVE_COMPULSION_LAW + "第六十九条";

    /** 《中华人民共和国行政复议法》 art. 9: 60 days to apply for reconsideration. */
    public static final String RECONSIDERATION = "《中华人民共和国行政复议法》第九条";
    /** 《中华人民共和国行政诉讼法》 (1989) art. 39: 3 months to sue directly. */
    public static final String LAWSUIT = "《中华人民共和国行政诉讼法》第三十九条";
    /** The period rule: start day not counted, a last day on a rest day moves to the next working day. */
    public static final String PERIOD_RULE = "《中华人民共和国民事诉讼法》第七十五条";

    private LegalBasis() {
    }
}
