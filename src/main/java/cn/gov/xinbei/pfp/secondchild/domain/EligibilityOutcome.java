package cn.gov.xinbei.pfp.secondchild.domain;

/** What the eligibility rules say about a family on a date. */
public enum EligibilityOutcome {
    ELIGIBLE("符合条件"),
    INELIGIBLE("不符合条件"),
    NEEDS_ASSESSMENT("待病残儿医学鉴定"),
    /**
     * No approval exists for this child: from 2016 a first or second child (from 2021 up to the third) is registered
     * (生育登记, 中发〔2015〕40号, REFERENCE.md §12 B2, D2-D3), so the application is refused with the registration path.
     */
    REGISTRATION_ONLY("无需审批，办理生育登记");

    private final String label;

    EligibilityOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
