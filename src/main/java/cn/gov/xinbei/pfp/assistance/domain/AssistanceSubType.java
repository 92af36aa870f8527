package cn.gov.xinbei.pfp.assistance.domain;

/**
 * What the amount of a scheme depends on: the 特扶 case (death / disability of the only child) or the grade of a
 * surgery complication. The names are the {@code subType} outputs of the eligibility decisions.
 */
public enum AssistanceSubType {
    DEATH("独生子女死亡"),
    DISABILITY("独生子女伤残"),
    GRADE_1("并发症一级"),
    GRADE_2("并发症二级"),
    GRADE_3("并发症三级");

    private final String label;

    AssistanceSubType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
