package cn.gov.xinbei.pfp.documents;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;

/**
 * The Chinese TrueType font of the printed documents ({@code app.documents.font} in config/documents.yml), embedded
 * in each PDF as a subset of the glyphs it uses. It is checked at start-up (an unusable font is logged as an error
 * naming the setting; the application still starts, since only printing needs it) and again for every document, which
 * then fails with {@link DocumentFontUnavailableException} rather than print empty boxes.
 */
@Component
public class DocumentFont {

    private static final Logger log = LoggerFactory.getLogger(DocumentFont.class);
    /** Characters every document prints: Chinese, digits, Latin and the signs of the fee documents. */
    static final String PROBE = "社会抚养费征收决定书催告书〔〕（）：；，。、《》“”0123456789.,%‰×−-/ABCXabcx";

    private final DocumentsProperties.Font settings;

    public DocumentFont(DocumentsProperties properties) {
        this.settings = properties.font();
    }

    /** A font loaded for one document, with whatever must stay open until the document is saved. */
    public record Loaded(PDType0Font font, CmapLookup unicode, Closeable source) {

        /** Refuses text the font cannot show (it would print as empty boxes). */
        public void requireGlyphs(String text) {
            text.codePoints().forEach(cp -> {
                if (!Character.isWhitespace(cp) && unicode.getGlyphId(cp) == 0) {
                    throw new DocumentFontUnavailableException("打印文书所用字体" + font.getName() + "缺少字符“"
                            + new String(Character.toChars(cp)) + "”（U+" + Integer.toHexString(cp).toUpperCase()
                            + "），请在config/documents.yml中改用包含该字符的字体");
                }
            });
        }
    }

    @EventListener(ContextRefreshedEvent.class)
    void checkAtStartUp() {
        try (PDDocument probe = new PDDocument()) {
            Loaded loaded = load(probe);
            try {
                loaded.requireGlyphs(PROBE);
            } finally {
                loaded.source().close();
            }
            log.info("Document font {} ({}) is usable", settings.path(), loaded.font().getName());
        } catch (DocumentFontUnavailableException | IOException e) {
            log.error("Printed documents (PDF) are unavailable until app.documents.font is fixed (config/documents.yml): {}",
                    e.getMessage());
        }
    }

    /** Loads the font into {@code document}, to be embedded as a subset when the document is saved. */
    public Loaded load(PDDocument document) {
        File file = new File(settings.path());
        if (!file.isFile() || !file.canRead()) {
            throw new DocumentFontUnavailableException("未找到打印文书所需的中文字体文件" + settings.path()
                    + "，请安装字体（apt-get install fonts-wqy-microhei）或在config/documents.yml中设置app.documents.font.path");
        }
        try {
            if (file.getName().toLowerCase().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                TrueTypeFont font = collection.getFontByName(settings.collectionFontName());
                if (font == null) {
                    collection.close();
                    throw new DocumentFontUnavailableException("字体集" + settings.path() + "中没有名为"
                            + settings.collectionFontName() + "的字体，请检查config/documents.yml中的"
                            + "app.documents.font.collection-font-name");
                }
                return new Loaded(PDType0Font.load(document, font, true), font.getUnicodeCmapLookup(), collection);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return new Loaded(PDType0Font.load(document, font, true), font.getUnicodeCmapLookup(), font);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentFontUnavailableException unavailable) {
                throw unavailable;
            }
            throw new DocumentFontUnavailableException("打印文书所需的字体文件" + settings.path()
                    + "无法读取或不是TrueType字体，请检查config/documents.yml中的app.documents.font.path", e);
        }
    }
}
