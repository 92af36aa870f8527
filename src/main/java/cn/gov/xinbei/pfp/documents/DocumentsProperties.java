package cn.gov.xinbei.pfp.documents;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * The printed documents' settings ({@code config/documents.yml}); see that file for each default and why.
 *
 * @param font                  the TrueType font embedded (as a subset) in every document
 * @param issuingAuthority      the body that issues and signs the documents
 * @param reconsiderationBodies where 行政复议 may be applied for (行政复议法 art. 12)
 * @param court                 where a suit is filed (行政诉讼法 1989)
 * @param paymentPlace          how and where the fee is paid (357号令 art. 6; the bank is [NF])
 */
@Validated
@ConfigurationProperties(prefix = "app.documents")
public record DocumentsProperties(@NotNull(message = REQUIRED) @Valid Font font,
                                  @NotBlank(message = REQUIRED) String issuingAuthority,
                                  @NotBlank(message = REQUIRED) String reconsiderationBodies,
                                  @NotBlank(message = REQUIRED) String court,
                                  @NotBlank(message = REQUIRED) String paymentPlace) {

    /**
     * @param path               a .ttf file, or a .ttc collection
     * @param collectionFontName the PostScript name of the font inside a .ttc (ignored for a .ttf)
     */
    public record Font(@NotBlank(message = REQUIRED) String path, String collectionFontName) {
    }
}
