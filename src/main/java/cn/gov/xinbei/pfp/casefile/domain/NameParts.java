package cn.gov.xinbei.pfp.casefile.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The parts of a person's name a clerk may type to find a case: every run of consecutive characters, up to
 * {@link #LONGEST} of them, so "钱淑英" is found by 钱, 淑, 英, 钱淑, 淑英 and 钱淑英. Kept in an index (table
 * case_party_name_part), a search for a part of a name is an exact lookup instead of a {@code like '%…%'} over every
 * party. Chinese names have two to four characters; a longer name (a minority or foreign name) is found by any part
 * of up to {@value #LONGEST} characters, and a longer search by its first {@value #LONGEST}.
 */
public final class NameParts {

    /** The longest part kept: a name of n characters has at most n × LONGEST parts. */
    public static final int LONGEST = 10;

    private NameParts() {
    }

    public static Set<String> of(String name) {
        Set<String> parts = new LinkedHashSet<>();
        if (name == null) {
            return parts;
        }
        int[] characters = name.strip().codePoints().toArray();
        for (int start = 0; start < characters.length; start++) {
            for (int end = start + 1; end <= Math.min(characters.length, start + LONGEST); end++) {
                String part = new String(characters, start, end - start);
                // No part begins or ends with a space: MySQL compares "张 " equal to "张" (PAD SPACE), and no one
                // searches for one.
                if (!part.isBlank() && part.strip().equals(part)) {
                    parts.add(part);
                }
            }
        }
        return parts;
    }

    /** The part looked up for a search text: the text itself, or its first {@value #LONGEST} characters. */
    public static String lookupKey(String searched) {
        int[] characters = searched.codePoints().toArray();
        return characters.length <= LONGEST ? searched : new String(characters, 0, LONGEST);
    }

    /** Whether the lookup alone decides (the text is a kept part), or the full name must still be compared. */
    public static boolean isKeptPart(String searched) {
        return searched.codePointCount(0, searched.length()) <= LONGEST;
    }
}
