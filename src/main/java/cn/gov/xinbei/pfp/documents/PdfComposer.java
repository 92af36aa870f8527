package cn.gov.xinbei.pfp.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out a plain official document on A4 pages: centred titles, wrapped paragraphs (Chinese text breaks between any
 * two characters, runs of Latin letters and digits stay together), right-aligned signature lines, and page numbers.
 * The one font ({@link DocumentFont}) is embedded as a subset when {@link #toBytes()} saves the document.
 * Not thread-safe: one composer per document.
 */
public final class PdfComposer implements AutoCloseable {

    /** Margins of GB/T 9704 (公文格式) rounded to points: 37 mm top, 28 mm left, 26 mm right, 35 mm bottom. */
    static final float TOP = 105, LEFT = 79, RIGHT = 74, BOTTOM = 99;
    public static final float TITLE_SIZE = 20, BODY_SIZE = 12, SMALL_SIZE = 10;
    private static final float LEADING = 1.6f;
    /** Latin words, numbers, amounts, dates and addresses are not split unless longer than a line. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.,:/%\\-_?=&#+@~]+|\\s|.");
    /** Chinese punctuation that may not start a line (避头): it hangs at the end of the previous one. */
    private static final String NO_LINE_START = "，。、；：？！）》”’〕】%";
    /** Opening brackets that may not end a line (避尾): they move to the next one with what they open. */
    private static final String NO_LINE_END = "（《“‘〔【";

    private final PDDocument document;
    private final DocumentFont.Loaded font;
    private final String footer;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    /**
     * @param title  the PDF's title (document information)
     * @param footer printed at the bottom of every page before the page number, e.g. the case number
     */
    public PdfComposer(DocumentFont documentFont, String title, String footer) {
        this.document = new PDDocument();
        try {
            this.font = documentFont.load(document);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
        this.footer = footer;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        newPage();
    }

    public PDType0Font font() {
        return font.font();
    }

    /** Starts a new page (each parent's decision begins on its own page). */
    public PdfComposer newPage() {
        closeContent();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - TOP;
        return this;
    }

    public PdfComposer centered(String text, float size) {
        for (String line : wrap(text, size, 0)) {
            ensureRoom(size);
            write(line, (PDRectangle.A4.getWidth() - width(line, size)) / 2, size);
        }
        return this;
    }

    public PdfComposer right(String text, float size) {
        for (String line : wrap(text, size, 0)) {
            ensureRoom(size);
            write(line, PDRectangle.A4.getWidth() - RIGHT - width(line, size) - 2 * size, size);
        }
        return this;
    }

    /** A paragraph, its first line indented by two characters (公文 style). */
    public PdfComposer paragraph(String text) {
        return paragraph(text, BODY_SIZE, true);
    }

    public PdfComposer paragraph(String text, float size, boolean indent) {
        for (String raw : PrintedText.clean(text).split("\n", -1)) {
            float indentWidth = indent ? 2 * size : 0;
            boolean first = true;
            for (String line : wrap(raw, size, indentWidth)) {
                ensureRoom(size);
                write(line, LEFT + (first ? indentWidth : 0), size);
                first = false;
            }
        }
        return this;
    }

    public PdfComposer gap(float points) {
        y -= points;
        return this;
    }

    /** Saves the document with the font subset embedded. */
    public byte[] toBytes() {
        closeContent();
        try {
            numberPages();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        closeContent();
        closeQuietly();
    }

    // ------------------------------------------------------------------------------------------------- layout

    private void numberPages() throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            String text = (footer == null ? "" : footer + "　") + "第" + (i + 1) + "页，共" + pages.size() + "页";
            font.requireGlyphs(text);
            try (PDPageContentStream footerStream = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                footerStream.beginText();
                footerStream.setFont(font.font(), SMALL_SIZE);
                footerStream.newLineAtOffset((PDRectangle.A4.getWidth() - width(text, SMALL_SIZE)) / 2, BOTTOM / 2);
                footerStream.showText(text);
                footerStream.endText();
            }
        }
    }

    private void ensureRoom(float size) {
        if (y - size * LEADING < BOTTOM) {
            newPage();
        }
    }

    private void write(String line, float x, float size) {
        font.requireGlyphs(line);
        y -= size * LEADING;
        try {
            content.beginText();
            content.setFont(font.font(), size);
            content.newLineAtOffset(x, y);
            content.showText(line);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Breaks text into lines that fit the page width (the first line {@code indent} narrower). */
    List<String> wrap(String text, float size, float indent) {
        float max = PDRectangle.A4.getWidth() - LEFT - RIGHT;
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float available = max - indent;
        for (String token : tokens) {
            String candidate = line + token;
            boolean hangs = token.length() == 1 && NO_LINE_START.contains(token);
            if (width(candidate, size) <= available || line.isEmpty() || hangs) {
                if (line.isEmpty() && width(token, size) > available) {
                    // A token longer than a line (a long web address): split it by characters.
                    for (int i = 0; i < token.length(); i++) {
                        String next = line.toString() + token.charAt(i);
                        if (width(next, size) > available && !line.isEmpty()) {
                            lines.add(line.toString());
                            line.setLength(0);
                            available = max;
                        }
                        line.append(token.charAt(i));
                    }
                } else {
                    line.append(token);
                }
            } else {
                String done = line.toString().stripTrailing();
                String carried = "";
                while (done.length() > 1 && NO_LINE_END.indexOf(done.charAt(done.length() - 1)) >= 0) {
                    carried = done.charAt(done.length() - 1) + carried;
                    done = done.substring(0, done.length() - 1);
                }
                lines.add(done);
                line.setLength(0);
                available = max;
                line.append(carried);
                if (!token.isBlank()) {
                    line.append(token);
                }
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private float width(String text, float size) {
        try {
            return font.font().getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a character without a glyph; name it rather than print a box.
            font.requireGlyphs(text);
            throw new DocumentFontUnavailableException("打印文书时无法排版：" + e.getMessage(), e);
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                content = null;
            }
        }
    }

    private void closeQuietly() {
        try {
            document.close();
        } catch (IOException ignored) {
            // nothing was written
        }
        if (font != null) {
            try {
                font.source().close();
            } catch (IOException ignored) {
                // read-only font file
            }
        }
    }
}
