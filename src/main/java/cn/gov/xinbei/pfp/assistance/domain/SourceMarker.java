package cn.gov.xinbei.pfp.assistance.domain;

/**
 * How sure a configured amount is, with the markers of the domain REFERENCE (section 0) plus {@link #BUREAU} for a value
 * the bureau has set from its own documents. Anything but {@link #V} and {@link #BUREAU} is provisional: the bureau has
 * to confirm it before money is paid on it.
 */
public enum SourceMarker {
    /** Checked against the text of the rule itself. */
    V("已核对原文"),
    /** Stated in the 2012 district work plan. */
    V_SEED("区工作意见载明"),
    /** Secondary source (a report or another locality's document). */
    S("二手资料"),
    /** Inference from sourced facts. */
    I("推断"),
    /** Not found: a placeholder default the bureau must set. */
    NF("未查到，占位默认值"),
    /** Set by the bureau from its own documents. */
    BUREAU("本局确定");

    private final String label;

    SourceMarker(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean provisional() {
        return this != V && this != BUREAU;
    }
}
