package cn.gov.xinbei.pfp.secondchild.domain;

/** A spouse's marital history before the present marriage (JS-PFP art. 22 (三)(四)). */
public enum PriorMaritalStatus {
    NONE("初婚"),
    DIVORCED("离婚后再婚"),
    WIDOWED("丧偶后再婚");

    private final String label;

    PriorMaritalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
