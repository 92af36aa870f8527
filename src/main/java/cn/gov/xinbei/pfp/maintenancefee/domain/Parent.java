package cn.gov.xinbei.pfp.maintenancefee.domain;

/**
 * Which parent a per-person assessment is for. The fee is assessed on each parent separately (REFERENCE.md 5.2:
 * "分别对他们按照基本标准的四倍"; separate decisions served on the man and the woman), also outside marriage.
 */
public enum Parent {
    FATHER("男方", "father"),
    MOTHER("女方", "mother");

    private final String label;
    private final String field;

    Parent(String label, String field) {
        this.label = label;
        this.field = field;
    }

    public String label() {
        return label;
    }

    /** The prefix of this parent's input fields in error messages, e.g. {@code father.multiple}. */
    public String field() {
        return field;
    }
}
