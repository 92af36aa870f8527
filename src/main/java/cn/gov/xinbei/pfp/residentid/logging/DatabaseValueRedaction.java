package cn.gov.xinbei.pfp.residentid.logging;

import java.util.regex.Pattern;

/**
 * Removes the values a database quotes in its error messages (H2: {@code Value too long for column "X": "'13800…' (120)"},
 * a unique index's {@code VALUES ( /* key:1 *&#47; '…')}, a check constraint's value), so a refused phone number, name or
 * text typed by a user never reaches a log line through a database error. The column name and the length stay: they
 * are what an operator needs.
 */
public final class DatabaseValueRedaction {

    private static final String REDACTED = "<已隐去>";

    /** H2 22001 / MariaDB-style: the quoted value after the column, with its length in parentheses. */
    private static final Pattern TOO_LONG_VALUE = Pattern.compile("(?s)(Value too long for column \"[^\"]*\": )\"'.*?' \\((\\d+)\\)\"");
    /** H2 23505: the key values of a unique index violation. */
    private static final Pattern INDEX_VALUES = Pattern.compile("(?s)(VALUES \\( /\\* [^*]*\\*/ ).*?( \\))");
    /** H2 22018 / 22007 and similar: "Data conversion error converting "'…'"". */
    private static final Pattern CONVERTING_VALUE = Pattern.compile("(?s)(converting )\"'.*?'\"");

    private DatabaseValueRedaction() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        if (out.contains("Value too long")) {
            out = TOO_LONG_VALUE.matcher(out).replaceAll("$1\"" + REDACTED + " ($2)\"");
        }
        if (out.contains("VALUES ( /*")) {
            out = INDEX_VALUES.matcher(out).replaceAll("$1" + REDACTED + "$2");
        }
        if (out.contains("converting \"'")) {
            out = CONVERTING_VALUE.matcher(out).replaceAll("$1\"" + REDACTED + "\"");
        }
        return out;
    }
}
