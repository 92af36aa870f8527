package cn.gov.xinbei.pfp.secondchild.domain;

/** The result of evaluating the rule version in force: the outcome, the article that applies or failed, and why. */
public record Eligibility(EligibilityOutcome outcome, String article, String reason, String ruleVersion) {
}
