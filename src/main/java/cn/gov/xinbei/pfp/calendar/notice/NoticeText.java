package cn.gov.xinbei.pfp.calendar.notice;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pasted notice with copy/paste noise taken out, line by line: full-width digits and punctuation become
 * half-width (NFKC: "１月１日（周四）" reads as "1月1日(周四)") and every space is dropped, since the notices
 * never need one. Each character keeps the 1-based line it came from, so errors can point at the pasted text.
 */
final class NoticeText {

    /** "一、元旦：…", "六、中秋节、国庆节：…"; the name runs up to the colon or the first digit. */
    private static final Pattern ITEM_HEADER = Pattern.compile("[一二三四五六七八九十]+[、.]([^:\\d]*):?(.*)");

    private final List<String> lines;

    private NoticeText(List<String> lines) {
        this.lines = lines;
    }

    static NoticeText of(String raw) {
        List<String> lines = new ArrayList<>();
        for (String line : raw.split("\\R", -1)) {
            lines.add(normalize(line));
        }
        return new NoticeText(lines);
    }

    static String normalize(String line) {
        String nfkc = Normalizer.normalize(line, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !isInvisible(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Zero-width characters and the byte-order mark that some editors and web pages paste along. */
    private static boolean isInvisible(int cp) {
        return (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF;
    }

    /** The whole text as one run (a title may be broken over two lines, as on www.gov.cn). */
    Span whole() {
        Span.Builder all = new Span.Builder();
        for (int i = 0; i < lines.size(); i++) {
            all.append(lines.get(i), i + 1);
        }
        return all.build();
    }

    /**
     * The numbered items ("一、元旦：…"). An item goes on over the next lines while its text has not ended with
     * "。" or while a line starts with a date (pasted copies break "三、清明节：" and its dates onto lines of their
     * own); any other line (the closing paragraph, the signature) ends it.
     */
    List<Item> items() {
        List<Item> items = new ArrayList<>();
        Item.Builder current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            Matcher header = ITEM_HEADER.matcher(line);
            if (header.matches()) {
                if (current != null) {
                    items.add(current.build());
                }
                current = new Item.Builder(lineNo, header.group(1));
                current.body.append(header.group(2), lineNo);
            } else if (current != null && (!current.body.endsWith("。") || Character.isDigit(line.charAt(0)))) {
                current.body.append(line, lineNo);
            } else if (current != null) {
                items.add(current.build());
                current = null;
            }
        }
        if (current != null) {
            items.add(current.build());
        }
        return items;
    }

    /** One numbered item: the line of its number, the holiday name as written and the rest of its text. */
    record Item(int line, String name, Span body) {

        private static final class Builder {
            private final int line;
            private final String name;
            private final Span.Builder body = new Span.Builder();

            Builder(int line, String name) {
                this.line = line;
                this.name = name;
            }

            Item build() {
                return new Item(line, name, body.build());
            }
        }
    }

    /** Normalized text in which every character remembers its line. */
    static final class Span {

        private final String text;
        private final int[] lineOf;
        private final int fallbackLine;

        private Span(String text, int[] lineOf, int fallbackLine) {
            this.text = text;
            this.lineOf = lineOf;
            this.fallbackLine = fallbackLine;
        }

        String text() {
            return text;
        }

        int lineAt(int index) {
            if (lineOf.length == 0) {
                return fallbackLine;
            }
            return lineOf[Math.min(Math.max(index, 0), lineOf.length - 1)];
        }

        /** The pieces between the separators, empty pieces left out. */
        List<Span> split(Pattern separator) {
            List<Span> pieces = new ArrayList<>();
            Matcher m = separator.matcher(text);
            int start = 0;
            while (m.find()) {
                addPiece(pieces, start, m.start());
                start = m.end();
            }
            addPiece(pieces, start, text.length());
            return pieces;
        }

        private void addPiece(List<Span> pieces, int from, int to) {
            if (to > from) {
                pieces.add(new Span(text.substring(from, to), Arrays.copyOfRange(lineOf, from, to), lineAt(from)));
            }
        }

        static final class Builder {
            private final StringBuilder text = new StringBuilder();
            private int[] lineOf = new int[64];
            private int firstLine = 1;

            void append(String s, int line) {
                if (text.length() == 0) {
                    firstLine = line;
                }
                if (lineOf.length < text.length() + s.length()) {
                    lineOf = Arrays.copyOf(lineOf, Math.max(lineOf.length * 2, text.length() + s.length()));
                }
                Arrays.fill(lineOf, text.length(), text.length() + s.length(), line);
                text.append(s);
            }

            boolean endsWith(String suffix) {
                return text.toString().endsWith(suffix);
            }

            Span build() {
                return new Span(text.toString(), Arrays.copyOf(lineOf, text.length()), firstLine);
            }
        }
    }
}
