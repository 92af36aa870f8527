package cn.gov.xinbei.pfp.supervision.domain;

import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;

/** Input rules of the 督办 answer and review; the lengths come from config/supervision.yml. */
public final class SupervisionRules {

    public static final String ANSWER_FIELD = "answer";
    public static final String REVIEW_FIELD = "reviewDecision";
    public static final String RETURN_REASON_FIELD = "returnReason";

    private SupervisionRules() {
    }

    /** The answer, stripped; refused when shorter than {@code minLength} characters. */
    public static String answer(String text, int minLength) {
        return atLeast(text, minLength, ANSWER_FIELD, "督办答复");
    }

    /**
     * The review: {@code ACCEPT}, or {@code RETURN} with a reason of at least {@code minLength} characters.
     *
     * @return the stripped reason of a return, or null for an acceptance
     */
    public static String returnReason(String decision, String reason, int minLength) {
        if ("ACCEPT".equals(decision)) {
            return null;
        }
        if (!"RETURN".equals(decision)) {
            throw new InvalidInputException(REVIEW_FIELD, "审阅意见：请选择“同意办结”或“退回重新答复”");
        }
        return atLeast(reason, minLength, RETURN_REASON_FIELD, "退回理由");
    }

    static String atLeast(String text, int minLength, String field, String label) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.codePointCount(0, stripped.length()) < minLength) {
            throw new InvalidInputException(field, label + "：至少填写" + minLength + "个字");
        }
        return stripped;
    }
}
