package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;

/**
 * The situations of JS-PFP art. 41 para 3 and the range of multiples of the base for each (REFERENCE.md 5.2; [S],
 * the same five items in three independent copies). The item numbers (一)–(五) follow the order in which those copies
 * list them. Where the range is wider than one value the bureau chooses the multiple and records why.
 */
public enum FeeSituation {
    ONE_EXTRA_CHILD("不符合规定多生育一个孩子", "第（一）项", "4", "4"),
    TWO_OR_MORE_EXTRA_CHILDREN("不符合规定多生育二个以上孩子", "第（二）项", "5", "8"),
    NON_MARITAL_ONE_CHILD("非婚生育一个孩子", "第（三）项", "0.5", "2"),
    NON_MARITAL_TWO_OR_MORE_CHILDREN("非婚生育二个以上孩子", "第（四）项", "5", "8"),
    BIGAMY("重婚生育", "第（五）项", "6", "9");

    private final String label;
    private final String item;
    private final BigDecimal minimum;
    private final BigDecimal maximum;

    FeeSituation(String label, String item, String minimum, String maximum) {
        this.label = label;
        this.item = item;
        this.minimum = new BigDecimal(minimum);
        this.maximum = new BigDecimal(maximum);
    }

    public String label() {
        return label;
    }

    /** For example "《江苏省人口与计划生育条例》第四十一条第三款第（一）项". */
    public String legalBasis() {
        return LegalBasis.JIANGSU_MULTIPLES + item;
    }

    public BigDecimal minimumMultiple() {
        return minimum;
    }

    public BigDecimal maximumMultiple() {
        return maximum;
    }

    /** The law fixes the multiple (4× for one extra child): no choice, so no reason to record. */
    public boolean isFixed() {
        return minimum.compareTo(maximum) == 0;
    }

    public boolean allows(BigDecimal multiple) {
        return multiple.compareTo(minimum) >= 0 && multiple.compareTo(maximum) <= 0;
    }

    /** "4倍" or "5至8倍". */
    public String rangeText() {
        return isFixed() ? Yuan.multiple(minimum) + "倍"
                : Yuan.multiple(minimum) + "至" + Yuan.multiple(maximum) + "倍";
    }
}
