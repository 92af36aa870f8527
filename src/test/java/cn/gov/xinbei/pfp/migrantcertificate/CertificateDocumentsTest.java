package cn.gov.xinbei.pfp.migrantcertificate;

import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The printed 《流动人口婚育证明》 and 不予出具告知书, read back with PDFBox: the contents of art. 7 of the 条例 (her ID
 * number in full, her husband's masked), number, validity, the free-of-charge and 30-day sentences; the refusal's
 * reasons and remedies with her ID number masked; the font embedded; who may print them (another town 404); the
 * documents listed on the case (API and desk case page) only once they exist.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CertificateDocumentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 2));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void beforeTheDecisionNothingCanBePrinted() throws Exception {
        ProcessInstance instance = start(Certificates.marriedWomanLeavingForAnotherProvince());
        MockHttpServletResponse response = fetch("chunjiang.clerk", certificatePath(instance));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("DOCUMENT_NOT_AVAILABLE", "本申请尚未出具婚育证明");
        assertThat(fetch("chunjiang.clerk", refusalPath(instance)).getStatus()).isEqualTo(409);
        assertThat(documents(instance)).isEmpty();
    }

    @Test
    void theIssuedCertificateStatesWhatArticle7AsksWithHerIdNumberInFull() throws Exception {
        ProcessInstance instance = start(Certificates.marriedWomanLeavingForAnotherProvince());
        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 4));
        decide(instance, Map.of("certificateDecision", "ISSUE"));
        MockHttpServletResponse response = fetch("chunjiang.clerk", certificatePath(instance));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/pdf");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = text(pdf);
            assertThat(text).contains("流动人口婚育证明", "新流动婚育证〔2026〕00001号",
                    "姓名：周敏", "年龄：36周岁（1990年2月2日出生）", "公民身份号码：" + Certificates.APPLICANT_ID,
                    "户籍地址：春江镇魏村12号", "婚姻状况：已婚（2015年10月1日登记结婚）",
                    "配偶：李强，公民身份号码" + ResidentIdMasking.mask(Certificates.SPOUSE_ID),
                    "生育状况：已生育子女1个", "避孕节育情况：已放置宫内节育器",
                    "外出去向：外省（自治区、直辖市），浙江省杭州市西湖区文三路1号",
                    "有效期：2026年3月4日至2029年3月3日", "不收取任何费用", "第十七条",
                    "自到达现居住地之日起三十日内", "第八条第一款", "春江镇（印章）")
                    .doesNotContain(Certificates.SPOUSE_ID);
            assertFontEmbeddedAsSubset(pdf);
        }
        // Issued: the certificate is listed (and the notice to the place she goes, migrantexchange), not the refusal;
        // the refusal is 409.
        assertThat(documents(instance)).extracting(d -> d.get("href").asText())
                .containsExactly(certificatePath(instance),
                        "/api/migrant-exchange/notices/" + instance.getBusinessKey() + "/notice.pdf");
        MockHttpServletResponse refusal = fetch("chunjiang.clerk", refusalPath(instance));
        assertThat(refusal.getStatus()).isEqualTo(409);
        assertThat(refusal.getContentAsString()).contains("没有不予出具的决定");
    }

    @Test
    void theRefusalNoticeGivesReasonsAndRemediesWithTheIdNumberMasked() throws Exception {
        ProcessInstance instance = start(Certificates.unmarriedWoman());
        decide(instance, Map.of("certificateDecision", "REFUSE",
                "refusalReasons", "经核实，申请人户籍已迁出本镇，应向现户籍所在地申请"));
        MockHttpServletResponse response = fetch("bureau.clerk", refusalPath(instance));
        assertThat(response.getStatus()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = text(pdf);
            assertThat(text).contains("春江镇", "不予出具流动人口婚育证明告知书",
                    "周敏（公民身份号码" + ResidentIdMasking.mask(Certificates.APPLICANT_ID) + "）",
                    "你于2026年3月2日向本镇（街道）申请出具《流动人口婚育证明》",
                    "理由：经核实，申请人户籍已迁出本镇，应向现户籍所在地申请。",
                    "60日内向常州市新北区人民政府申请行政复议", "6个月内向常州市新北区人民法院提起行政诉讼",
                    "不收取任何费用")
                    .doesNotContain(Certificates.APPLICANT_ID);
            assertFontEmbeddedAsSubset(pdf);
        }
        assertThat(documents(instance)).extracting(d -> d.get("name").asText())
                .containsExactly("不予出具流动人口婚育证明告知书");
        MockHttpServletResponse certificate = fetch("chunjiang.clerk", certificatePath(instance));
        assertThat(certificate.getStatus()).isEqualTo(409);
        assertThat(certificate.getContentAsString()).contains("本申请已不予出具婚育证明");
    }

    @Test
    void printedAsTheCaseIsSeenAnotherTownGetsNotFound() throws Exception {
        ProcessInstance instance = start(Certificates.marriedWomanLeavingForAnotherProvince());
        decide(instance, Map.of("certificateDecision", "ISSUE"));
        String path = certificatePath(instance);
        assertThat(fetch("chunjiang.clerk", path).getStatus()).isEqualTo(200);
        assertThat(fetch("chunjiang.head", path).getStatus()).isEqualTo(200);
        assertThat(fetch("bureau.clerk", path).getStatus()).isEqualTo(200);
        assertThat(fetch("menghe.clerk", path).getStatus()).isEqualTo(404);
        assertThat(fetch("menghe.clerk", refusalPath(instance)).getStatus()).isEqualTo(404);
        assertThat(fetch("chunjiang.clerk", "/api/migrant-certificate/applications/MC-2026-99999/certificate.pdf")
                .getStatus()).isEqualTo(404);
        assertThat(fetch("hr.liaison", path).getStatus()).isEqualTo(403);
        assertThat(fetch("admin", path).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void theDeskCasePageListsTheCertificateUnderItsDocuments() throws Exception {
        ProcessInstance instance = start(Certificates.marriedWomanLeavingForAnotherProvince());
        decide(instance, Map.of("certificateDecision", "ISSUE"));
        String path = certificatePath(instance);
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/desk/login").user("chunjiang.clerk")
                .password("demo")).andReturn().getRequest().getSession();
        String casePage = mvc.perform(get("/desk/cases/" + instance.getBusinessKey()).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains("文书", "流动人口婚育证明（PDF）", "href=\"" + path + "\"");
        MockHttpServletResponse fromDesk = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(fromDesk.getStatus()).isEqualTo(200);
        assertThat(fromDesk.getContentType()).startsWith("application/pdf");
        // The Tasklist's link (the form of 镇（街道）核对婚育情况并出具婚育证明): the webapp's session, no Basic prompt.
        var authentications = new org.camunda.bpm.webapp.impl.security.auth.Authentications();
        authentications.addOrReplace(new org.camunda.bpm.webapp.impl.security.auth.UserAuthentication(
                "chunjiang.clerk", "default"));
        MockHttpSession tasklist = new MockHttpSession();
        tasklist.setAttribute("authenticatedUser", authentications);
        MockHttpServletResponse fromTasklist = mvc.perform(get(path).session(tasklist)).andReturn().getResponse();
        assertThat(fromTasklist.getStatus()).isEqualTo(200);
        assertThat(fromTasklist.getHeader("WWW-Authenticate")).isNull();
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private ProcessInstance start(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey("migrantCertificate", new HashMap<>(variables));
    }

    private void decide(ProcessInstance instance, Map<String, Object> variables) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_TownIssue").singleResult().getId(), new HashMap<>(variables));
    }

    private MockHttpServletResponse fetch(String user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(httpBasic(user, "demo"))).andReturn().getResponse();
    }

    private List<JsonNode> documents(ProcessInstance instance) throws Exception {
        MockHttpServletResponse response = fetch("bureau.clerk", "/api/cases/" + instance.getBusinessKey());
        assertThat(response.getStatus()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        json.readTree(response.getContentAsByteArray()).get("documents").forEach(list::add);
        return list;
    }

    private static String certificatePath(ProcessInstance instance) {
        return "/api/migrant-certificate/applications/" + instance.getBusinessKey() + "/certificate.pdf";
    }

    private static String refusalPath(ProcessInstance instance) {
        return "/api/migrant-certificate/applications/" + instance.getBusinessKey() + "/refusal.pdf";
    }

    /** The text with page footers and line breaks taken out, so wrapped sentences can be matched. */
    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("案件编号MC-\\d{4}-\\d{5}　第\\d+页，共\\d+页", "")
                .replaceAll("\\R", "");
    }

    private static void assertFontEmbeddedAsSubset(PDDocument pdf) throws IOException {
        int fonts = 0;
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                fonts++;
            }
        }
        assertThat(fonts).isPositive();
    }
}
