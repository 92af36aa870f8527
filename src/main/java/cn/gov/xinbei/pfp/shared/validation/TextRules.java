package cn.gov.xinbei.pfp.shared.validation;

import java.util.Optional;

/**
 * Characters no name or text field may hold: control characters (U+0000–U+001F, U+007F–U+009F; tab, line feed and
 * carriage return only where the field is multi-line) and the invisible bidirectional controls (U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069) that make a desk page show text in a different order than it was typed.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The Chinese problem with {@code value} in a field labelled {@code label}, if any. */
    public static Optional<String> problem(String value, boolean multiLine, String label) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiLine) {
                    return Optional.of(label + "不能换行或包含制表符，请填写在一行内");
                }
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return Optional.of(label + "包含不可见的控制字符，请删除后重新填写");
            } else if (c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                return Optional.of(label + "包含改变文字显示方向的不可见字符，请删除后重新填写");
            }
        }
        return Optional.empty();
    }

    /** Adds a violation when {@code value} is longer than {@code max} characters. */
    public static void maxLength(Violations violations, String field, String label, String value, int max) {
        if (value != null && value.strip().length() > max) {
            violations.add(field, label + "不能超过" + max + "个字（现为" + value.strip().length() + "个字）");
        }
    }
}
