package cn.gov.xinbei.pfp.secondchild.domain;

/** 户口性质, as the police certify it (SEED annex 3: 派出所 issue the 户口性质证明). */
public enum HukouType {
    RURAL("农村居民"),
    URBAN("城镇居民");

    private final String label;

    HukouType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
