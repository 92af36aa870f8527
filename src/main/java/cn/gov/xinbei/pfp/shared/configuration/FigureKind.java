package cn.gov.xinbei.pfp.shared.configuration;

/** The kinds of figures the bureau owns per year (configuration, not input): each has a YAML default and DB entries. */
public enum FigureKind {
    /** 扶助标准: the amount of a support scheme (and sub-type) in a year, config/assistance/rates.yml. */
    ASSISTANCE_RATE("扶助标准"),
    /** 社会抚养费征收基数: a published income figure of an area in a year, config/maintenance-fee/income-base.yml. */
    INCOME_BASE("社会抚养费征收基数"),
    /** 年度考核目标: the towns' targets of a year, config/targets/&lt;year&gt;.yml. */
    ANNUAL_TARGETS("年度考核目标");

    private final String label;

    FigureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
