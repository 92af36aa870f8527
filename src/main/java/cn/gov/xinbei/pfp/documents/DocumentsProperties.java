package cn.gov.xinbei.pfp.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The printed documents' settings ({@code config/documents.yml}); see that file for each default and why.
 *
 * @param font                  the TrueType font embedded (as a subset) in every document
 * @param issuingAuthority      the body that issues and signs the documents
 * @param reconsiderationBodies where 行政复议 may be applied for (行政复议法 art. 12)
 * @param court                 where a suit is filed (行政诉讼法 1989)
 * @param paymentPlace          how and where the fee is paid (357号令 art. 6; the bank is [NF])
 */
@ConfigurationProperties(prefix = "app.documents")
public record DocumentsProperties(Font font, String issuingAuthority, String reconsiderationBodies, String court,
                                  String paymentPlace) {

    public DocumentsProperties {
        if (font == null || font.path() == null || font.path().isBlank()) {
            throw new IllegalArgumentException("app.documents.font.path is missing (config/documents.yml)");
        }
        require(issuingAuthority, "issuing-authority");
        require(reconsiderationBodies, "reconsideration-bodies");
        require(court, "court");
        require(paymentPlace, "payment-place");
    }

    /**
     * @param path               a .ttf file, or a .ttc collection
     * @param collectionFontName the PostScript name of the font inside a .ttc (ignored for a .ttf)
     */
    public record Font(String path, String collectionFontName) {
    }

    private static void require(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("app.documents." + key + " is missing (config/documents.yml)");
        }
    }
}
