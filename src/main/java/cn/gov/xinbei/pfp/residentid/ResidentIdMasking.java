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

    /**
     * ID-like and bank-account-like runs for {@link #maskPersonalNumbers}: 17 digits + X, or 15 to 19 digits, not part
     * of a longer digit run.
     */
    private static final Pattern NUMBER_IN_TEXT =
            Pattern.compile("(?<![0-9])(?:[0-9]{17}[Xx]|[0-9]{15,19})(?![0-9])");

    /** A card number written in groups of four, as printed on cards and passbooks: 16 to 19 digits. */
    private static final Pattern GROUPED_ACCOUNT_IN_TEXT =
            Pattern.compile("(?<![0-9])[0-9]{4}(?: [0-9]{4}){3}(?: [0-9]{1,3})?(?![0-9])");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARACTERS = "10X98765432";
    private static final int ACCOUNT_VISIBLE_DIGITS = 4;

    private ResidentIdMasking() {
    }

    /**
     * Masks every resident ID number and every bank account number in free text, for anything that is stored outside
     * the case file's own columns (process variables, their history, form history) or written to a log:
     * <ul>
     *   <li>15 characters, or 18 with a valid MOD 11-2 check character: an ID number, masked as {@link #maskAll};</li>
     *   <li>any other run of 16 to 19 digits (and four-digit groups separated by single spaces, 16 to 19 digits
     *       in all): a bank account (the agent banks' accounts are 16 to 19 digits), every digit but the last four
     *       masked, as the assistance feature shows accounts ({@code ***************0018}).</li>
     * </ul>
     * Longer digit runs and everything else are kept.
     */
    public static String maskPersonalNumbers(String text) {
        if (text == null || text.length() < SHORT_LENGTH) {
            return text;
        }
        String masked = NUMBER_IN_TEXT.matcher(text).replaceAll(match -> {
            String run = match.group();
            if (run.length() == SHORT_LENGTH || run.length() == LONG_LENGTH && validIdCheck(run)) {
                return maskId(run);
            }
            return maskAccount(run);
        });
        return GROUPED_ACCOUNT_IN_TEXT.matcher(masked).replaceAll(match -> maskAccount(match.group()));
    }

    /** Every digit but the last four replaced by the mask character; other characters (group spaces) kept. */
    static String maskAccount(String account) {
        int digits = (int) account.chars().filter(c -> c >= '0' && c <= '9').count();
        StringBuilder out = new StringBuilder(account.length());
        int seen = 0;
        for (char c : account.toCharArray()) {
            if (c >= '0' && c <= '9') {
                seen++;
                out.append(seen > digits - ACCOUNT_VISIBLE_DIGITS ? c : MASK_CHAR);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean validIdCheck(String eighteen) {
        int sum = 0;
        for (int i = 0; i < ID_WEIGHTS.length; i++) {
            sum += (eighteen.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return Character.toUpperCase(eighteen.charAt(LONG_LENGTH - 1)) == ID_CHECK_CHARACTERS.charAt(sum % 11);
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
