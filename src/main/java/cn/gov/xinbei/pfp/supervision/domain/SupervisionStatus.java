package cn.gov.xinbei.pfp.supervision.domain;

/** Where a supervision item (督办事项) stands. */
public enum SupervisionStatus {
    AWAITING_ANSWER("待答复"),
    AWAITING_REVIEW("待审阅"),
    CLOSED("已办结");

    private final String label;

    SupervisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
