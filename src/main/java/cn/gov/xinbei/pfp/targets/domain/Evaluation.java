package cn.gov.xinbei.pfp.targets.domain;

import java.math.BigDecimal;

/**
 * A target judged for a unit and period: the computed value (percent or boys per 100 girls, two decimals; null when
 * not computed or nothing to count), the status, and a note (e.g. why there is no figure).
 */
public record Evaluation(Target target, Measurement measurement, BigDecimal value, TargetStatus status, String note) {
}
