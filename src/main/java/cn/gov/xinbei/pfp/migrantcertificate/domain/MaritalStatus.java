package cn.gov.xinbei.pfp.migrantcertificate.domain;

/** The marital status the 婚育证明 states (《流动人口计划生育工作条例》 art. 7 para 1: 婚姻状况). */
public enum MaritalStatus {
    UNMARRIED("未婚"),
    MARRIED("已婚"),
    DIVORCED("离婚"),
    WIDOWED("丧偶");

    private final String label;

    MaritalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
