package cn.gov.xinbei.pfp.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The document font of config/documents.yml (default: WenQuanYi Micro Hei of Debian's fonts-wqy-microhei, which
 * tools/test-all.sh installs): embedded as a subset; a missing font or a character it lacks is a clear error, never a
 * PDF with empty boxes.
 */
class DocumentFontTest {

    static final String DEFAULT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private static DocumentFont font(String path, String name) {
        return new DocumentFont(new DocumentsProperties(new DocumentsProperties.Font(path, name), "常州市新北区人口和计划生育局",
                "常州市新北区人民政府", "常州市新北区人民法院", "缴入国库"));
    }

    @Test
    void composedTextIsEmbeddedAsASubsetAndReadsBack() throws Exception {
        byte[] bytes;
        try (PdfComposer pdf = new PdfComposer(font(DEFAULT_PATH, "WenQuanYiMicroHei"), "测试", "案件编号MF-2012-00001")) {
            pdf.centered("社会抚养费征收决定书", PdfComposer.TITLE_SIZE)
                    .paragraph("逾期不缴纳的，每月加收欠缴部分2‰的滞纳金：4 × 29,829 = 119,316.00元。".repeat(3));
            bytes = pdf.toBytes();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFont embedded = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(embedded.isEmbedded()).isTrue();
            assertThat(embedded.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\R", ""))
                    .contains("社会抚养费征收决定书", "每月加收欠缴部分2‰的滞纳金：4 × 29,829 = 119,316.00元。", "第1页，共1页");
        }
        // a subset: far smaller than the 5 MB font file
        assertThat(bytes.length).isLessThan(200_000);
    }

    @Test
    void missingFontFileIsAnErrorNamingTheSetting() {
        assertThatThrownBy(() -> new PdfComposer(font("/nowhere/simsun.ttf", null), "测试", null))
                .isInstanceOf(DocumentFontUnavailableException.class)
                .hasMessageContaining("未找到打印文书所需的中文字体文件/nowhere/simsun.ttf")
                .hasMessageContaining("app.documents.font.path");
    }

    @Test
    void unknownFontInTheCollectionIsAnErrorNamingTheSetting() {
        assertThatThrownBy(() -> new PdfComposer(font(DEFAULT_PATH, "SimSun"), "测试", null))
                .isInstanceOf(DocumentFontUnavailableException.class)
                .hasMessageContaining("没有名为SimSun的字体")
                .hasMessageContaining("collection-font-name");
    }

    @Test
    void characterTheFontLacksIsRefusedRatherThanPrintedAsABox() {
        try (PdfComposer pdf = new PdfComposer(font(DEFAULT_PATH, "WenQuanYiMicroHei"), "测试", null)) {
            assertThatThrownBy(() -> pdf.paragraph("当事人：\uD800\uDF30"))
                    .isInstanceOf(DocumentFontUnavailableException.class)
                    .hasMessageContaining("缺少字符")
                    .hasMessageContaining("U+10330");
        }
    }

    @Test
    void linesBreakWithinTheWidthWithoutOpeningBracketsAtTheEndOrClosingPunctuationAtTheStart() {
        try (PdfComposer pdf = new PdfComposer(font(DEFAULT_PATH, "WenQuanYiMicroHei"), "测试", null)) {
            String text = "请你自收到本决定书之日起30日内一次性缴纳（《社会抚养费征收管理办法》第六条）。".repeat(6)
                    + "https://tjj.changzhou.gov.cn/html/tjj/2012/OPOEMFCL_0209/8396.html/very/long/address/that/needs/splitting";
            List<String> lines = pdf.wrap(text, PdfComposer.BODY_SIZE, 2 * PdfComposer.BODY_SIZE);
            assertThat(String.join("", lines)).isEqualTo(text);
            assertThat(lines).hasSizeGreaterThan(3).allSatisfy(line -> {
                assertThat(line).doesNotEndWith("（").doesNotEndWith("《");
                assertThat(line).doesNotStartWith("，").doesNotStartWith("。").doesNotStartWith("）");
            });
        }
    }
}
