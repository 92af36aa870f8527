package cn.gov.xinbei.pfp.migrantcertificate;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseParty;
import cn.gov.xinbei.pfp.documents.DocumentFont;
import cn.gov.xinbei.pfp.documents.PdfComposer;
import cn.gov.xinbei.pfp.migrantcertificate.domain.MaritalStatus;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The printed documents of a 婚育证明 case: the 《流动人口婚育证明》 once issued, and the 不予出具告知书 once refused.
 * <p>
 * The certificate states what 《流动人口计划生育工作条例》 art. 7 para 1 puts on it: her name, age and 公民身份号码 (in
 * full: the article lists the ID number, and the certificate identifies her to the town where she will live), marital
 * status, her spouse's particulars (name; his ID number masked: art. 7 asks only 配偶信息), childbearing status and
 * contraception; then the number, validity and issuing town, that it is free (art. 17) and that she presents it
 * within the days of art. 8 para 1 where she goes. The refusal names her with the ID number masked (no rule asks for
 * it in full), the reasons and the remedies. The text is never logged.
 */
@Service
@Transactional(readOnly = true)
public class CertificateDocuments {

    public static final String CERTIFICATE_TITLE = "流动人口婚育证明";
    public static final String REFUSAL_TITLE = "不予出具流动人口婚育证明告知书";
    static final String ARTICLE_7 = "《流动人口计划生育工作条例》第七条";
    static final String ARTICLE_8 = "《流动人口计划生育工作条例》第八条第一款";
    static final String ARTICLE_17 = "《流动人口计划生育工作条例》第十七条";
    /**
     * The holder's duty where she goes, in the words of art. 8 para 1 (the same 30 days as
     * app.migrant-arrival.submission-days, which the arrivals feature counts; quoted here, not read from it, so this
     * feature does not depend on that one).
     */
    static final String HOLDER_DUTY = "持证人应当自到达现居住地之日起三十日内，向现居住地的乡（镇）人民政府或者街道办事处"
            + "提交本证明（" + ARTICLE_8 + "）。";

    private final MigrantCertificateService service;
    private final CaseFileService caseFiles;
    private final Organization organization;
    private final MigrantCertificateProperties properties;
    private final DocumentFont font;

    public CertificateDocuments(MigrantCertificateService service, CaseFileService caseFiles,
                                Organization organization, MigrantCertificateProperties properties,
                                DocumentFont font) {
        this.service = service;
        this.caseFiles = caseFiles;
        this.organization = organization;
        this.properties = properties;
        this.font = font;
    }

    /** The case has no such document (not issued; not refused): the message says why, in Chinese. */
    public static class NotAvailableException extends RuntimeException {
        public NotAvailableException(String message) {
            super(message);
        }
    }

    /** Why the certificate cannot be printed, or empty when it can. */
    public Optional<String> certificateUnavailable(String caseNumber) {
        MigrantCertificateCase c = service.details(caseNumber);
        if (c.getDecision() == MigrantCertificateCase.Decision.REFUSED) {
            return Optional.of("本申请已不予出具婚育证明，没有《" + CERTIFICATE_TITLE + "》可打印");
        }
        if (c.getDecision() != MigrantCertificateCase.Decision.ISSUED || c.getCertificateNumber() == null) {
            return Optional.of("本申请尚未出具婚育证明，不能打印《" + CERTIFICATE_TITLE + "》");
        }
        return Optional.empty();
    }

    /** Why the refusal notice cannot be printed, or empty when it can. */
    public Optional<String> refusalUnavailable(String caseNumber) {
        MigrantCertificateCase c = service.details(caseNumber);
        if (c.getDecision() != MigrantCertificateCase.Decision.REFUSED || c.getRefusalNotice() == null) {
            return Optional.of("本申请没有不予出具的决定，不能打印《" + REFUSAL_TITLE + "》");
        }
        return Optional.empty();
    }

    public byte[] certificate(String caseNumber) {
        certificateUnavailable(caseNumber).ifPresent(reason -> {
            throw new NotAvailableException(reason);
        });
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MigrantCertificateCase c = service.details(caseNumber);
        CaseParty woman = party(caseFile, CaseParty.Role.APPLICANT);
        CaseParty husband = party(caseFile, CaseParty.Role.HUSBAND);
        String town = townName(caseFile);
        LocalDate issuedOn = c.getDecidedOn();
        try (PdfComposer pdf = new PdfComposer(font, CERTIFICATE_TITLE + " " + c.getCertificateNumber(),
                "案件编号" + caseNumber)) {
            pdf.centered(CERTIFICATE_TITLE, PdfComposer.TITLE_SIZE).gap(4)
                    .centered(c.getCertificateNumber(), PdfComposer.BODY_SIZE).gap(12);
            line(pdf, "姓名", woman.getFullName());
            line(pdf, "年龄", woman.getBirthDate() == null ? "—"
                    : Period.between(woman.getBirthDate(), issuedOn).getYears() + "周岁（" + date(woman.getBirthDate())
                    + "出生）");
            line(pdf, "公民身份号码", woman.getIdNumber());
            line(pdf, "户籍地址", c.getHukouAddress());
            line(pdf, "婚姻状况", c.getMaritalStatus().label()
                    + (c.getMarriageDate() == null ? "" : "（" + date(c.getMarriageDate()) + "登记结婚）"));
            if (husband != null) {
                line(pdf, "配偶", husband.getFullName() + "，公民身份号码" + husband.getIdNumberMasked());
            } else if (c.getMaritalStatus() == MaritalStatus.MARRIED) {
                line(pdf, "配偶", "—");
            }
            line(pdf, "生育状况", c.getChildrenCount() == 0 ? "未生育" : "已生育子女" + c.getChildrenCount() + "个");
            line(pdf, "避孕节育情况", c.getContraception() == null || c.getContraception().isBlank() ? "未申报"
                    : c.getContraception());
            line(pdf, "外出去向", c.getDestination().label() + "，" + c.getDestinationAddress());
            line(pdf, "有效期", date(issuedOn) + "至" + date(c.getValidUntil()));
            pdf.gap(8);
            pdf.paragraph("以上婚育情况经本镇（街道）核实，特此证明。依据" + ARTICLE_7 + "出具；出具婚育证明不收取任何费用（"
                    + ARTICLE_17 + "）。");
            pdf.paragraph(HOLDER_DUTY);
            pdf.gap(24).right(town + "（印章）", PdfComposer.BODY_SIZE)
                    .right(date(issuedOn), PdfComposer.BODY_SIZE);
            return pdf.toBytes();
        }
    }

    public byte[] refusal(String caseNumber) {
        refusalUnavailable(caseNumber).ifPresent(reason -> {
            throw new NotAvailableException(reason);
        });
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        MigrantCertificateCase c = service.details(caseNumber);
        CaseParty woman = party(caseFile, CaseParty.Role.APPLICANT);
        String town = townName(caseFile);
        LocalDate decidedOn = c.getDecidedOn();
        try (PdfComposer pdf = new PdfComposer(font, REFUSAL_TITLE + " " + caseNumber, "案件编号" + caseNumber)) {
            pdf.centered(town, 16).gap(4).centered(REFUSAL_TITLE, PdfComposer.TITLE_SIZE).gap(12);
            pdf.paragraph(woman.getFullName() + "（公民身份号码" + woman.getIdNumberMasked() + "）：", PdfComposer.BODY_SIZE,
                    false);
            pdf.paragraph("你于" + date(caseFile.getAppliedOn()) + "向本镇（街道）申请出具《" + CERTIFICATE_TITLE + "》（"
                    + ARTICLE_7 + "）。经核对，本镇（街道）决定不予出具。理由：" + sentence(c.getRefusalReasons()));
            pdf.paragraph("如不服本决定，可以自收到本告知书之日起" + properties.reconsiderationDays() + "日内向"
                    + properties.reconsiderationBody() + "申请行政复议，或者自收到本告知书之日起"
                    + properties.lawsuitMonthsOn(decidedOn) + "个月内向" + properties.court() + "提起行政诉讼。");
            pdf.paragraph("申请婚育证明不收取任何费用（" + ARTICLE_17 + "）；情况变化或者材料补齐后，可以重新申请。");
            pdf.gap(24).right(town + "（印章）", PdfComposer.BODY_SIZE).right(date(decidedOn), PdfComposer.BODY_SIZE);
            return pdf.toBytes();
        }
    }

    private static void line(PdfComposer pdf, String label, String value) {
        pdf.paragraph(label + "：" + (value == null ? "—" : value), PdfComposer.BODY_SIZE, false);
    }

    private static CaseParty party(CaseFile caseFile, CaseParty.Role role) {
        return caseFile.getParties().stream().filter(p -> p.getRole() == role).findFirst().orElse(null);
    }

    private String townName(CaseFile caseFile) {
        return organization.townBySlug(caseFile.getTownSlug()).map(Town::name).orElse(caseFile.getTownSlug());
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith("。") ? t : t + "。";
    }

    static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
