package cn.gov.xinbei.pfp.shared.validation;

import java.util.Map;

/**
 * Reads the fields of a submitted form (process variables as the Tasklist or the API sends them) and collects a
 * Chinese violation per bad field instead of failing on the first. Shared by the readers of the start forms.
 */
public final class FormValues {

    private final Map<String, Object> variables;
    private final Violations violations;

    public FormValues(Map<String, Object> variables, Violations violations) {
        this.variables = variables;
        this.violations = violations;
    }

    public Object raw(String field) {
        return variables.get(field);
    }

    /** Required text, stripped. */
    public String text(String field, String label, int maxLength) {
        Object raw = variables.get(field);
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            violations.add(field, label + "为必填项");
            return null;
        }
        return optionalText(field, label, maxLength);
    }

    /** Optional text, stripped; null when empty. */
    public String optionalText(String field, String label, int maxLength) {
        Object raw = variables.get(field);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String s)) {
            violations.add(field, label + "应为文字");
            return null;
        }
        String trimmed = s.strip();
        if (trimmed.length() > maxLength) {
            violations.add(field, label + "不能超过" + maxLength + "个字");
            return null;
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A yes/no field; absent means no. */
    public boolean flag(String field, String label) {
        Object raw = variables.get(field);
        if (raw == null) {
            return false;
        }
        if (raw instanceof Boolean b) {
            return b;
        }
        if ("true".equalsIgnoreCase(raw.toString()) || "false".equalsIgnoreCase(raw.toString())) {
            return Boolean.parseBoolean(raw.toString());
        }
        violations.add(field, label + "应为“是”或“否”");
        return false;
    }

    /** A required choice among the constants of {@code type}. */
    public <E extends Enum<E>> E enumValue(String field, String label, Class<E> type) {
        Object raw = variables.get(field);
        if (raw == null || raw.toString().isBlank()) {
            violations.add(field, label + "为必填项");
            return null;
        }
        try {
            return Enum.valueOf(type, raw.toString().strip());
        } catch (IllegalArgumentException e) {
            violations.add(field, label + "的取值无效");
            return null;
        }
    }
}
