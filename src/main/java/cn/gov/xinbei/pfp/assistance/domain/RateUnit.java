package cn.gov.xinbei.pfp.assistance.domain;

/** What one amount of the rate table pays for. */
public enum RateUnit {
    PER_PERSON_PER_YEAR("元/人/年"),
    PER_PERSON_PER_MONTH("元/人/月"),
    ONE_OFF_PER_PERSON("元/人（一次性）");

    private final String label;

    RateUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
