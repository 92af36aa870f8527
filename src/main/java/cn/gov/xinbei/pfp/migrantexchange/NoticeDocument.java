package cn.gov.xinbei.pfp.migrantexchange;

import cn.gov.xinbei.pfp.documents.DocumentFont;
import cn.gov.xinbei.pfp.documents.PdfComposer;
import cn.gov.xinbei.pfp.migrantexchange.domain.Notice;
import org.springframework.stereotype.Component;

/**
 * The printed 《流动人口计划生育信息通报单》 of one case: the same facts as its row of the exchange file, on the
 * project's document layout with the embedded Chinese font. The ID number is printed in full: the receiving place
 * matches the notice by it (art. 6), and the notice is kept confidential as the 条例 requires (art. 18).
 */
@Component
public class NoticeDocument {

    public static final String TITLE = "流动人口计划生育信息通报单";

    private final DocumentFont font;

    public NoticeDocument(DocumentFont font) {
        this.font = font;
    }

    public byte[] print(Notice n) {
        try (PdfComposer pdf = new PdfComposer(font, TITLE, n.number())) {
            pdf.centered(TITLE, PdfComposer.TITLE_SIZE).gap(PdfComposer.BODY_SIZE);
            pdf.paragraph("通报编号：" + n.number(), PdfComposer.BODY_SIZE, false);
            pdf.paragraph("接收地：" + (n.recipient() == null ? "" : n.recipient()), PdfComposer.BODY_SIZE, false);
            pdf.paragraph("通报事项：" + n.subject().label(), PdfComposer.BODY_SIZE, false);
            pdf.paragraph("姓名：" + n.name() + "　公民身份号码：" + n.id().value(), PdfComposer.BODY_SIZE, false);
            if (n.certificateNumber() != null) {
                pdf.paragraph("婚育证明编号：" + n.certificateNumber(), PdfComposer.BODY_SIZE, false);
            }
            pdf.gap(PdfComposer.BODY_SIZE / 2);
            pdf.paragraph(n.content());
            pdf.paragraph("根据《流动人口计划生育工作条例》第六条，现居住地和户籍所在地的乡（镇）人民政府、街道办事处相互通报"
                    + "流动人口计划生育信息。请接收地核对并回复；本通报单所载个人信息应予保密（条例第十八条）。");
            pdf.gap(PdfComposer.BODY_SIZE * 2);
            pdf.right(n.sender(), PdfComposer.BODY_SIZE);
            pdf.right(n.date().getYear() + "年" + n.date().getMonthValue() + "月" + n.date().getDayOfMonth() + "日",
                    PdfComposer.BODY_SIZE);
            return pdf.toBytes();
        }
    }
}
