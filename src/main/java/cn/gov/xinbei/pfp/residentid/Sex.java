package cn.gov.xinbei.pfp.residentid;

/** Sex as recorded in a resident ID number: digit 17 (the last digit of the sequence code) is odd for men, even for women. */
public enum Sex {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    /** The Chinese label shown to users. */
    public String label() {
        return label;
    }
}
