package cn.gov.xinbei.pfp.documents;

import java.util.regex.Pattern;

/**
 * What a printed document may say (issue 15): the configuration's working notes — web addresses of the statistics a
 * figure comes from, and the reliability markers of the domain reference ([S], [I], [W] …) — stay on the screen and
 * in the configuration, not on a legal document. Applied by {@link PdfComposer} to every line it prints.
 */
public final class PrintedText {

    private static final Pattern ADDRESS = Pattern.compile("\\s*(https?://|www\\.)[^\\s，。；、）)]+");
    private static final Pattern MARKER = Pattern.compile("\\[[A-Z]{1,2}]");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([，。；：、）])");
    private static final Pattern REPEATED_SEPARATOR = Pattern.compile("([，；、])\\s*[，；、]+");

    private PrintedText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = ADDRESS.matcher(text).replaceAll("");
        cleaned = MARKER.matcher(cleaned).replaceAll("");
        cleaned = SPACE_BEFORE_PUNCTUATION.matcher(cleaned).replaceAll("$1");
        cleaned = REPEATED_SEPARATOR.matcher(cleaned).replaceAll("$1");
        return cleaned.replaceAll("[，；、]\\s*$", "").strip();
    }
}
