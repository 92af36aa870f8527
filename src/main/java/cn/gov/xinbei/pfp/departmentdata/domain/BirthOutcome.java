package cn.gov.xinbei.pfp.departmentdata.domain;

/** How a reported birth compares with the approvals on record (birth_check.outcome). */
public enum BirthOutcome {
    /** A first child: no approval needed (JS-PFP art. 21). */
    FIRST_CHILD("第一孩"),
    /** A second child with an approval decided on or before the birth (JS-PFP arts. 22-23, 26). */
    APPROVED("已审批再生育"),
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
