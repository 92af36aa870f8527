package cn.gov.xinbei.pfp.birthregistration.domain;

/** Registration before the birth (with the expected date) or 补登 after it (with the birth date), §12 D3. */
public enum BirthTiming {
    BEFORE_BIRTH("生育前登记", "预产期"),
    AFTER_BIRTH("出生后补登", "出生日期");

    private final String label;
    private final String dateLabel;

    BirthTiming(String label, String dateLabel) {
        this.label = label;
        this.dateLabel = dateLabel;
    }

    public String label() {
        return label;
    }

    public String dateLabel() {
        return dateLabel;
    }
}
