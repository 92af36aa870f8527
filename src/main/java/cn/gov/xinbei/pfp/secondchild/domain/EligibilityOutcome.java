package cn.gov.xinbei.pfp.secondchild.domain;

/** What the eligibility rules say about a family on a date. */
public enum EligibilityOutcome {
    ELIGIBLE("符合条件"),
    INELIGIBLE("不符合条件"),
    NEEDS_ASSESSMENT("待病残儿医学鉴定");

    private final String label;

    EligibilityOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
