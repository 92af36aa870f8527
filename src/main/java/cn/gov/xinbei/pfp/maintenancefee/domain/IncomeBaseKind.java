package cn.gov.xinbei.pfp.maintenancefee.domain;

/**
 * The two statistics that serve as the base (JS-PFP art. 41 para 2), with the area level each is published for:
 * the urban figure of the 设区的市 or 县（市）, the rural figure of the 乡（镇）.
 */
public enum IncomeBaseKind {
    URBAN_DISPOSABLE_INCOME("城镇居民人均可支配收入"),
    RURAL_NET_INCOME("农村居民人均纯收入");

    private final String label;

    IncomeBaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
