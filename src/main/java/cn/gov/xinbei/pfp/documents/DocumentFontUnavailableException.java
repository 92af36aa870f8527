package cn.gov.xinbei.pfp.documents;

/**
 * The configured font cannot print a document: missing, unreadable, not TrueType, not in the collection, or without
 * a glyph the document needs. The message is Chinese (it reaches the user) and names the setting to fix.
 */
public class DocumentFontUnavailableException extends RuntimeException {

    public DocumentFontUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public DocumentFontUnavailableException(String message) {
        super(message);
    }
}
