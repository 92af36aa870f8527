package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.migrantcertificate.Certificates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 流动人口婚育证明 in a real browser: a town clerk signs in to the Camunda Tasklist, records a married woman's
 * application through the start form (the spouse fields appear once 已婚 is chosen), sees the case file's facts in the
 * town's step, issues the certificate, and the server holds its number and validity; the form's link to the printed
 * certificate opens it with the Tasklist's sign-in.
 */
class TasklistMigrantCertificateBrowserIT extends TasklistBrowserTest {

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2026, 3, 2);
    }

    @Test
    void townClerkIssuesTheCertificateOfAWomanLeavingForAnotherProvince() throws IOException {
        try {
            tasklist.signIn("chunjiang.clerk", "demo");
            startApplication();
            tasklist.dismissNotifications();

            tasklist.openTaskInFilter("本组待办", "镇（街道）核对婚育情况并出具婚育证明");
            String caseNumber = tasklist.form().readonlyValue("案件编号");
            assertThat(caseNumber).matches("MC-2026-\\d{5}");
            assertThat(tasklist.form().readonlyValue("申请人公民身份号码")).isEqualTo("320411********0061");
            assertThat(tasklist.form().readonlyValue("婚姻和生育情况"))
                    .isEqualTo("已婚（2015-10-01结婚，配偶李强），生育子女1个；避孕节育情况：已放置宫内节育器");
            assertThat(tasklist.form().readonlyValue("案卷记录")).startsWith("本系统中没有其再生育审批");
            // The form links the printed certificate (and the case page); it exists once the step is done.
            String href = tasklist.form().linkTarget("《流动人口婚育证明》（PDF）");
            assertThat(href).endsWith("/api/migrant-certificate/applications/" + caseNumber + "/certificate.pdf");
            tasklist.claimIfNeeded();
            tasklist.form().radio("办理意见", "出具《流动人口婚育证明》");
            browser.screenshot("migrant-certificate-filled");
            tasklist.completeTask("镇（街道）核对婚育情况并出具婚育证明");

            assertThat(jdbc.queryForObject("select status from case_file where case_number = ?", String.class,
                    caseNumber)).isEqualTo("MIGRANT_CERTIFICATE_ISSUED");
            assertThat(jdbc.queryForObject("select m.certificate_number from migrant_certificate_case m"
                    + " join case_file c on c.id = m.case_id where c.case_number = ?", String.class, caseNumber))
                    .isEqualTo("新流动婚育证〔2026〕00001号");
            for (String filter : List.of("我的待办", "本组待办")) {
                tasklist.awaitEmptyFilter(filter);
            }
            // Following the form's link in this browser: the Tasklist's sign-in opens the PDF (no other prompt).
            Browser.Fetched pdf = browser.fetch(href);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("\\R", ""))
                        .contains("流动人口婚育证明", "新流动婚育证〔2026〕00001号", "周敏", Certificates.APPLICANT_ID);
            }
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }

    private void startApplication() {
        tasklist.openStartForm("流动人口婚育证明");
        tasklist.form().select("户籍所在镇（街道）", "春江镇");
        tasklist.form().text("户籍地址", "春江镇魏村12号");
        tasklist.form().date("申请日期", LocalDate.of(2026, 3, 2));
        tasklist.form().text("申请人姓名", "周敏");
        tasklist.form().text("申请人公民身份号码", Certificates.APPLICANT_ID);
        tasklist.form().select("婚姻状况", "已婚");
        tasklist.form().date("结婚登记日期", LocalDate.of(2015, 10, 1));
        tasklist.form().text("配偶姓名（已婚的填写）", "李强");
        tasklist.form().text("配偶公民身份号码（已婚的填写）", Certificates.SPOUSE_ID);
        tasklist.form().text("生育子女数", "1");
        tasklist.form().text("避孕节育情况", "已放置宫内节育器");
        tasklist.form().select("外出去向", "外省（自治区、直辖市）");
        tasklist.form().text("拟前往地址", "浙江省杭州市西湖区文三路1号");
        tasklist.form().date("外出日期", LocalDate.of(2026, 3, 10));
        tasklist.form().checkbox("已查验本人居民身份证", true);
        tasklist.form().checkbox("已查验结婚证", true);
        tasklist.form().text("联系电话", "13812345678");
        browser.screenshot("migrant-start-form-filled");
        System.out.println("[browser] start confirmed: " + tasklist.submitStartForm());
    }
}
