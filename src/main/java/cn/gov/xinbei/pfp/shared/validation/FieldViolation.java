package cn.gov.xinbei.pfp.shared.validation;

/**
 * One thing wrong with one input field. {@code field} is the path a form or API client knows
 * (for example {@code wife.idNumber}); {@code message} is written for the clerk, in Chinese.
 */
public record FieldViolation(String field, String message) {
}
