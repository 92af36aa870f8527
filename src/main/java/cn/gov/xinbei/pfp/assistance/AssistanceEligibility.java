package cn.gov.xinbei.pfp.assistance;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType;

/**
 * The verdict of a scheme's eligibility decision.
 *
 * @param outcome ELIGIBLE, NEEDS_CONFIRMATION or INELIGIBLE (the DMN's output values)
 * @param subType the 特扶 case or complication grade the amount depends on, or null
 */
public record AssistanceEligibility(String outcome, String article, String reason, AssistanceSubType subType,
                                    String ruleVersion) {

    public static final String ELIGIBLE = "ELIGIBLE";
    public static final String INELIGIBLE = "INELIGIBLE";
    public static final String NEEDS_CONFIRMATION = "NEEDS_CONFIRMATION";

    public boolean eligible() {
        return ELIGIBLE.equals(outcome);
    }

    public boolean ineligible() {
        return INELIGIBLE.equals(outcome);
    }

    public String label() {
        return switch (outcome) {
            case ELIGIBLE -> "符合条件";
            case NEEDS_CONFIRMATION -> "其他条件符合，待部门核实";
            default -> "不符合条件";
        };
    }
}
