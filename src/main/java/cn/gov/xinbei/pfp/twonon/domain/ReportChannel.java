package cn.gov.xinbei.pfp.twonon.domain;

/** How a 两非 report reached the bureau. */
public enum ReportChannel {
    HOTLINE("举报电话"), LETTER("来信"), VISIT("来访"), ONLINE("网上举报");

    private final String label;

    ReportChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
