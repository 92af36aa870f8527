package cn.gov.xinbei.pfp.supervision.domain;

import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.util.List;
import java.util.Optional;

/**
 * Which deadlines may be extended, by how much. Only the steps listed in config/supervision.yml
 * (app.supervision.extensions) can be extended, each by at most its maximum in total: extensions granted earlier,
 * on the desk or through the process's own path, count against it. Every other time limit is statutory.
 */
public final class ExtensionPolicy {

    public static final String DAYS_FIELD = "workingDays";
    public static final String REASON_FIELD = "reason";

    private final List<ExtensionRule> rules;
    private final int reasonMinLength;

    public ExtensionPolicy(List<ExtensionRule> rules, int reasonMinLength) {
        this.rules = List.copyOf(rules);
        this.reasonMinLength = reasonMinLength;
    }

    public Optional<ExtensionRule> ruleFor(String processKey, String taskKey) {
        return rules.stream().filter(r -> r.covers(processKey, taskKey)).findFirst();
    }

    /** Working days still available on this step, given the days already used. */
    public static int remaining(ExtensionRule rule, int usedWorkingDays) {
        return Math.max(0, rule.maxWorkingDays() - usedWorkingDays);
    }

    /**
     * Checks a request; throws {@link InvalidInputException} with Chinese messages naming the fields.
     *
     * @param stepBasis the step's own time limit and basis (its BPMN documentation), shown when it is statutory
     * @return the stripped reason
     */
    public String check(String processKey, String taskKey, String stepName, String stepBasis, Integer days,
                        String reason, int usedWorkingDays) {
        ExtensionRule rule = ruleFor(processKey, taskKey).orElseThrow(() -> new InvalidInputException(DAYS_FIELD,
                statutory(stepName, stepBasis)));
        int remaining = remaining(rule, usedWorkingDays);
        Violations violations = new Violations();
        if (remaining == 0) {
            violations.add(DAYS_FIELD, "延长工作日数：“" + stepName + "”的期限已延长过" + rule.maxWorkingDays()
                    + "个工作日，不能再延长（" + rule.legalBasis() + "）");
        } else if (days == null || days < 1 || days > remaining) {
            violations.add(DAYS_FIELD, "延长工作日数：应为1到" + remaining + "之间的整数（最多共延长"
                    + rule.maxWorkingDays() + "个工作日，已延长" + usedWorkingDays + "个工作日；" + rule.legalBasis() + "）");
        }
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.codePointCount(0, stripped.length()) < reasonMinLength) {
            violations.add(REASON_FIELD, "延期理由：至少填写" + reasonMinLength + "个字");
        }
        violations.throwIfAny();
        return stripped;
    }

    /** The refusal for a step the law gives a fixed time limit. */
    public static String statutory(String stepName, String stepBasis) {
        return "“" + stepName + "”的办理期限为法定期限，不能延长。期限依据："
                + (stepBasis == null || stepBasis.isBlank() ? "（流程未载明）" : stepBasis.strip());
    }
}
