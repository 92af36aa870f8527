package cn.gov.xinbei.pfp.deadlines.domain;

/** Where an open step stands against its due date, with its Chinese label and the desk's style class. */
public enum DeadlineStatus {
    OVERDUE("已逾期", "status-overdue"),
    DUE_SOON("即将到期", "status-due-soon"),
    ON_TIME("正常", "status-on-time"),
    NO_DEADLINE("无期限", "desk-muted");

    private final String label;
    private final String cssClass;

    DeadlineStatus(String label, String cssClass) {
        this.label = label;
        this.cssClass = cssClass;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return cssClass;
    }
}
