package cn.gov.xinbei.pfp.twonon.domain;

import java.math.BigDecimal;

/** The legal bases of the fines in a 两非 case (REFERENCE.md §6.1) and the range each allows. */
public enum PenaltyBasis {
    /** PFPL art. 36 (and JS 2005 decision item 13): illegal income ≥ 10,000 → 2–6 ×; else 10,000–30,000 元. */
    PFPL_ART_36("《人口与计划生育法》第三十六条"),
    /** JS 2005 decision item 14: sale of termination drugs → 5,000–30,000 元. */
    JS_2005_ITEM_14("《江苏省人大常委会关于禁止非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠的决定》第十四条");

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private final String citation;

    PenaltyBasis(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }

    /** The fine range for the illegal income found (null or 0 when none). */
    public FineRange range(BigDecimal illegalIncome) {
        BigDecimal income = illegalIncome == null ? BigDecimal.ZERO : illegalIncome;
        if (income.signum() < 0) {
            throw new IllegalArgumentException("illegal income cannot be negative");
        }
        return switch (this) {
            case PFPL_ART_36 -> income.compareTo(TEN_THOUSAND) >= 0
                    ? new FineRange(income.multiply(BigDecimal.valueOf(2)), income.multiply(BigDecimal.valueOf(6)),
                    "违法所得" + income.stripTrailingZeros().toPlainString() + "元的二倍以上六倍以下")
                    : new FineRange(TEN_THOUSAND, new BigDecimal("30000"), "一万元以上三万元以下");
            case JS_2005_ITEM_14 -> new FineRange(new BigDecimal("5000"), new BigDecimal("30000"), "五千元以上三万元以下");
        };
    }
}
