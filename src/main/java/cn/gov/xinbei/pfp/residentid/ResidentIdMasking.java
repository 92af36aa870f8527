package cn.gov.xinbei.pfp.residentid;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hides the personal part (birth date) of resident ID numbers in text meant for people or logs.
 * An 18-digit number keeps its first 6 and last 4 characters ({@code 320411********0019});
 * a 15-digit one keeps its first 6 and last 3 ({@code 320411******001}), so in both cases exactly
 * the birth date is hidden and the masked text keeps the original length.
 */
public final class ResidentIdMasking {

    private static final int LONG_LENGTH = 18;
    private static final int SHORT_LENGTH = 15;
    private static final int KEPT_PREFIX = 6;
    private static final int KEPT_SUFFIX_LONG = 4;
    private static final int KEPT_SUFFIX_SHORT = 3;
    private static final char MASK_CHAR = '*';

    /** A whole value that looks like an ID number: 17 digits + digit/X, or 15 digits. */
    private static final Pattern WHOLE_ID = Pattern.compile("[0-9]{17}[0-9Xx]|[0-9]{15}");

    /**
     * An ID-like run inside free text. The digit look-arounds stop us from masking a slice of a longer
     * number (an ID is never part of a longer digit run), and let "身份证320411...0019。" still match.
     */
    private static final Pattern ID_IN_TEXT =
            Pattern.compile("(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9])");

    private ResidentIdMasking() {
    }

    /**
     * Masks one value from an ID-number field, for lists and screens. Null and blank values come back unchanged
     * (nothing to hide). Anything else that does not look like an ID number is masked completely:
     * such a value is most likely a mistyped ID number, and showing it would leak most of it.
     */
    public static String mask(String anyRaw) {
        if (anyRaw == null || anyRaw.isBlank()) {
            return anyRaw;
        }
        String trimmed = anyRaw.strip();
        if (WHOLE_ID.matcher(trimmed).matches()) {
            return maskId(trimmed);
        }
        return String.valueOf(MASK_CHAR).repeat(trimmed.length());
    }

    /** Masks every ID-like run (18 or 15 characters, see {@link #ID_IN_TEXT}) in free text; other text is kept. */
    public static String maskAll(String text) {
        if (text == null || text.length() < SHORT_LENGTH) {
            return text;
        }
        return ID_IN_TEXT.matcher(text).replaceAll(match -> maskId(match.group()));
    }

    /** {@code id} is 18 or 15 characters long, already checked by a pattern. */
    static String maskId(String id) {
        int keptSuffix = id.length() == LONG_LENGTH ? KEPT_SUFFIX_LONG : KEPT_SUFFIX_SHORT;
        int hidden = id.length() - KEPT_PREFIX - keptSuffix;
        return id.substring(0, KEPT_PREFIX)
                + String.valueOf(MASK_CHAR).repeat(hidden)
                + id.substring(id.length() - keptSuffix).toUpperCase(Locale.ROOT);
    }
}
