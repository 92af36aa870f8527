package cn.gov.xinbei.pfp.targets.domain;

/** The indicators the system computes from its own data. Every other target is assessed by hand (人工考核). */
public enum Indicator {
    BIRTH_POLICY_COMPLIANCE("出生政策符合率", Unit.PERCENT),
    SEX_RATIO("出生人口性别比", Unit.RATIO),
    ASSISTANCE_ACCURACY("奖扶、特扶、一次性奖励对象申报变更准确率", Unit.PERCENT),
    ASSISTANCE_PAYOUT("扶助金发放率", Unit.PERCENT),
    INFORMATION_TIMELINESS("部门月报及时率", Unit.PERCENT),
    ENFORCEMENT_TIMELINESS("办理环节按期办结率", Unit.PERCENT),
    POSTING_TIMELINESS("及时公示率", Unit.PERCENT),
    /** 流入登记的流动人口中已查验有效婚育证明并登记服务的比例 (issue 20; 条例 art. 8). */
    MIGRANT_SERVICE("流动人口管理服务率", Unit.PERCENT, "期内本单位没有登记的流入人口，无从计算，不作判定");

    /** Percent: numerator ÷ denominator × 100. Ratio: boys per 100 girls (numerator boys, denominator girls). */
    public enum Unit { PERCENT, RATIO }

    /** What the page says of a percent whose denominator is 0 when the indicator says nothing more precise. */
    static final String NOTHING_COUNTED = "期内无可计数的记录";

    private final String label;
    private final Unit unit;
    private final String nothingCounted;

    Indicator(String label, Unit unit) {
        this(label, unit, NOTHING_COUNTED);
    }

    Indicator(String label, Unit unit, String nothingCounted) {
        this.label = label;
        this.unit = unit;
        this.nothingCounted = nothingCounted;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** Why there is no figure when nothing was counted (no value, status 无数据; never an invented 0 % or 100 %). */
    public String nothingCounted() {
        return nothingCounted;
    }
}
