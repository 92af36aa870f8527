package cn.gov.xinbei.pfp.maintenancefee.domain;

/**
 * How a month of delay that has begun but not ended is charged. 357号令 art. 8 says "每月加收…2‰" and nothing about
 * part months (REFERENCE.md 5.3, [NF]), so the bureau chooses in config/maintenance-fee.yml. A month of delay runs
 * from the day after the deadline (or after the previous monthly anniversary) to the same day-of-month of the next
 * month, e.g. deadline 10-08 → months end on 11-08, 12-08, ... (the month's last day when the day does not exist).
 * <p>
 * The shipped default is {@link #COUNT_COMPLETED_MONTHS}: where the regulation is silent the reading least
 * burdensome to the person is taken, so no month is charged before it has run.
 */
public enum PartMonthRule {
    /** A month begun counts as a whole month ("不足一个月的按一个月计算"): one day late costs 2‰. */
    COUNT_STARTED_MONTHS("不足一个月的按一个月计算"),
    /** Only completed months count ("不足一个月的不计"). */
    COUNT_COMPLETED_MONTHS("不足一个月的不计"),
    /** A part month counts pro rata: its days over the days of that month of delay (e.g. 12/30 in Oct 9–Nov 8). */
    PRO_RATA_DAYS("不足一个月的按该月实际天数折算");

    private final String label;

    PartMonthRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
