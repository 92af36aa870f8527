package cn.gov.xinbei.pfp.targets.domain;

/** The outcome of a target for a town (or the district) and period. */
public enum TargetStatus {
    MET("达标"),
    NOT_MET("未达标"),
    /** No computed indicator measures it: the assessment team judges it by hand. */
    MANUAL("人工考核"),
    /** Computed, but nothing to count in the period (or too few births for a meaningful sex ratio). */
    NO_DATA("无数据");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
