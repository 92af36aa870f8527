package cn.gov.xinbei.pfp.departmentdata.domain;

/** How a reported birth compares with the approvals on record (birth_check.outcome). */
public enum BirthOutcome {
    /** A first child: no approval needed (JS-PFP art. 21). */
    FIRST_CHILD("第一孩"),
    /** A second child with an approval decided on or before the birth (JS-PFP arts. 22-23, 26). */
    APPROVED("已审批再生育"),
    /** From 2016 a first or second child (from 2021 up to the third) is registered, not approved (REFERENCE §12 D2-D4). */
    REGISTRATION("生育登记范围（无需审批）"),
    /** Born after the abolition of 社会抚养费 (REFERENCE §12 D1): not flagged, no fee case. */
    FEE_ABOLISHED("社会抚养费已取消（不立案）"),
    /** No approval found: flagged for the town to check. */
    UNMATCHED("未匹配审批");

    private final String label;

    BirthOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
