package cn.gov.xinbei.pfp.targets.domain;

/** How a target of the annexes is stated. */
public enum TargetKind {
    /** At least this percent, e.g. 出生政策符合率 98. */
    MIN_PERCENT("比例（不低于，%）"),
    /** A range, both ends included: the sex ratio at birth 103—107. */
    BAND("区间"),
    /** At least this number, e.g. 孕前优生健康检查人数 110 (couples) or 信息报道 20 (points). */
    COUNT("数量"),
    /** A requirement in words, e.g. 基本正常, 基本兑现. */
    TEXT("文字要求");

    private final String label;

    TargetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
