package cn.gov.xinbei.pfp.targets.domain;

/** The indicators the system computes from its own data. Every other target is assessed by hand (人工考核). */
public enum Indicator {
    BIRTH_POLICY_COMPLIANCE("出生政策符合率", Unit.PERCENT),
    SEX_RATIO("出生人口性别比", Unit.RATIO),
    ASSISTANCE_ACCURACY("奖扶、特扶、一次性奖励对象申报变更准确率", Unit.PERCENT),
    ASSISTANCE_PAYOUT("扶助金发放率", Unit.PERCENT),
    INFORMATION_TIMELINESS("部门月报及时率", Unit.PERCENT),
    ENFORCEMENT_TIMELINESS("办理环节按期办结率", Unit.PERCENT),
    POSTING_TIMELINESS("及时公示率", Unit.PERCENT);

    /** Percent: numerator ÷ denominator × 100. Ratio: boys per 100 girls (numerator boys, denominator girls). */
    public enum Unit { PERCENT, RATIO }

    private final String label;
    private final Unit unit;

    Indicator(String label, Unit unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }
}
