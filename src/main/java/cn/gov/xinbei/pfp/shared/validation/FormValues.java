package cn.gov.xinbei.pfp.shared.validation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Reads the fields of a submitted form (process variables as the Tasklist or the API sends them) and collects a
 * Chinese violation per bad field instead of failing on the first. An instance reads a map of variables (the start
 * forms); the static methods check one value a task listener or a controller already holds. The one place for these
 * little rules, so every form answers a blank, a too long or an unknown value the same way.
 */
public final class FormValues {

    /** Opinions, reasons and summaries: long enough to say something, short enough for the case record. */
    public static final int MIN_WRITTEN_TEXT = 5;
    public static final int MAX_WRITTEN_TEXT = 1000;
    /** The zone in which a date sent as a point in time is a day of the bureau's calendar. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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

    /**
     * A required date: "年-月-日" text, a LocalDate, or a Date from the engine (counted in China time, where the
     * bureau's days are). {@code example} shows the expected form in the message, e.g. 2026-03-02.
     */
    public LocalDate date(String field, String label, String example) {
        Object raw = variables.get(field);
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            violations.add(field, label + "为必填项");
            return null;
        }
        try {
            return raw instanceof LocalDate d ? d
                    : raw instanceof java.util.Date d ? d.toInstant().atZone(CHINA).toLocalDate()
                    : LocalDate.parse(raw.toString().strip());
        } catch (DateTimeParseException e) {
            violations.add(field, label + "格式不正确，应为“年-月-日”，如" + example);
            return null;
        }
    }

    /** A required whole number from min to max; {@code requiredMessage} says what to enter when it is missing. */
    public Integer wholeNumber(String field, String label, int min, int max, String requiredMessage) {
        Object raw = variables.get(field);
        if (raw == null || raw.toString().isBlank()) {
            violations.add(field, requiredMessage);
            return null;
        }
        long value;
        try {
            if (raw instanceof Number n) {
                if (n.doubleValue() != Math.rint(n.doubleValue())) {
                    throw new NumberFormatException();
                }
                value = n.longValue();
            } else {
                value = Long.parseLong(raw.toString().strip());
            }
        } catch (NumberFormatException e) {
            violations.add(field, label + "应为整数");
            return null;
        }
        if (value < min || value > max) {
            violations.add(field, label + "应在" + min + "至" + max + "之间");
            return null;
        }
        return (int) value;
    }

    /** A required choice among the constants of {@code type}. */
    public <E extends Enum<E>> E enumValue(String field, String label, Class<E> type) {
        return choice(type, variables.get(field), field, label + "为必填项", label + "的取值无效", violations);
    }

    // ------------------------------------------------------------------------------------------- single values

    /** The value as stripped text, or null when it is absent or blank (an empty form field means "not given"). */
    public static String blankToNull(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isBlank() ? null : text.strip();
    }

    /** A required choice among the constants of {@code type}; {@code message} when it is missing or unknown. */
    public static <E extends Enum<E>> E choice(Class<E> type, Object raw, String field, String message,
                                               Violations violations) {
        return choice(type, raw, field, message, message, violations);
    }

    /** A required choice among the constants of {@code type}, with one message for missing and one for unknown. */
    public static <E extends Enum<E>> E choice(Class<E> type, Object raw, String field, String missing, String unknown,
                                               Violations violations) {
        String value = blankToNull(raw);
        if (value == null) {
            violations.add(field, missing);
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        violations.add(field, unknown);
        return null;
    }

    /**
     * A written opinion, reason or summary, stripped: at least {@value #MIN_WRITTEN_TEXT} and at most
     * {@value #MAX_WRITTEN_TEXT} characters.
     */
    public static String writtenText(Object value, String field, String label, Violations violations) {
        String text = blankToNull(value);
        if (text == null || text.length() < MIN_WRITTEN_TEXT) {
            violations.add(field, "请填写" + label + "，至少" + MIN_WRITTEN_TEXT + "个字");
            return null;
        }
        if (text.length() > MAX_WRITTEN_TEXT) {
            violations.add(field, label + "不能超过" + MAX_WRITTEN_TEXT + "个字");
            return null;
        }
        return text;
    }

    /** {@link #writtenText(Object, String, String, Violations)} alone: refused at once when it is not acceptable. */
    public static String writtenText(Object value, String field, String label) {
        Violations violations = new Violations();
        String text = writtenText(value, field, label, violations);
        violations.throwIfAny();
        return text;
    }

    /** A required short text such as a name or a document number, stripped: at most {@code max} characters. */
    public static String required(Object value, String field, String label, int max, Violations violations) {
        String text = blankToNull(value);
        if (text == null) {
            violations.add(field, "请填写" + label);
            return null;
        }
        return limited(text, field, label, max, violations);
    }

    /** An optional short text, stripped, null when blank: at most {@code max} characters. */
    public static String optional(Object value, String field, String label, int max, Violations violations) {
        String text = blankToNull(value);
        return text == null ? null : limited(text, field, label, max, violations);
    }

    private static String limited(String text, String field, String label, int max, Violations violations) {
        if (text.length() > max) {
            violations.add(field, label + "不能超过" + max + "个字");
            return null;
        }
        return text;
    }
}
