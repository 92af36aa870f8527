package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The printed 征收决定书 and 催告书 of issue 4, read back with PDFBox: names, ID numbers, amounts, the articles and the
 * dates computed on the 2012 calendar; the Chinese font embedded as a subset; who may print them; and a case without
 * the document yet. The couple of {@link FeeReports#oneExtraChild()}: 4 × 29,829 = 119,316.00 each, decided on
 * 2012-08-20, served on Friday 2012-09-07: payment due 10-07 is a National Day holiday, so Monday 10-08; 复议 until
 * 11-06 (60 days); suit until 12-07 (3 months).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FeeDocumentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void decisionIsRefusedUntilTheBureauHasDecided() throws Exception {
        ProcessInstance instance = start();
        MockHttpServletResponse response = get("chunjiang.clerk", decisionPath(instance));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("DOCUMENT_NOT_AVAILABLE", "本案尚未作出社会抚养费征收决定");
        assertThat(get("chunjiang.clerk", reminderPath(instance)).getStatus()).isEqualTo(409);
        assertThat(documents(instance)).isEmpty();
    }

    @Test
    void servedDecisionPrintsEachParentInFullWithAmountArticlesAndDeadlines() throws Exception {
        ProcessInstance instance = served();
        MockHttpServletResponse response = get("chunjiang.clerk", decisionPath(instance));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/pdf");
        keep(response, "decision");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");

        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertFontEmbeddedAsSubset(pdf);
            String text = text(pdf);
            // one decision per parent, each naming the party in full (a served document)
            assertThat(text).contains("社会抚养费征收决定书", "常州市新北区人口和计划生育局",
                    "新人口征决〔2012〕00001号", "新人口征决〔2012〕00002号",
                    "当事人：张伟，男，1985年3月10日出生，公民身份号码" + FeeReports.FATHER_ID,
                    "当事人：李娜，女，1986年7月20日出生，公民身份号码" + FeeReports.MOTHER_ID);
            // facts, notice and statement
            assertThat(text).contains("孩子张小宝于2012年1月15日出生", "王强、刘洋", "2012年8月13日",
                    "你在规定期限内未提出陈述、申辩");
            // legal basis with articles, base, multiple, amount per parent
            assertThat(text).contains("《中华人民共和国人口与计划生育法》第四十一条",
                    "《江苏省人口与计划生育条例》第四十一条第二款", "《江苏省人口与计划生育条例》第四十一条第三款第（一）项",
                    "2011年常州市城镇居民人均可支配收入29,829元", "4 × 29,829 = 119,316.00元",
                    "人民币119,316.00元（大写：壹拾壹万玖仟叁佰壹拾陆元整）");
            // payment in 30 days, instalments, late fee 2‰ per month capped, remedies with their bodies
            assertThat(text).contains("30日内一次性缴纳", "《社会抚养费征收管理办法》第六条", "千分之二（2‰）",
                    "《社会抚养费征收管理办法》第八条", "《中华人民共和国行政强制法》第四十五条",
                    "60日内向常州市新北区人民政府或者常州市人口和计划生育委员会申请行政复议",
                    "3个月内直接向常州市新北区人民法院提起行政诉讼", "《社会抚养费征收管理办法》第九条");
            // the dates computed from service on the 2012 calendar (10-07 is in the National Day holiday)
            assertThat(text).contains("本决定书于2012年9月7日送达", "缴款期限及分期缴纳申请期限至2012年10月8日",
                    "申请行政复议期限至2012年11月6日", "提起行政诉讼期限至2012年12月7日");
            // issuing authority and date
            assertThat(text).contains("常州市新北区人口和计划生育局（印章）", "2012年8月20日");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            // the base's source without the configuration's web address and reliability marker (issue 15)
            assertThat(text).contains("新北区为常州市辖区，适用市区数据")
                    .doesNotContain("http", "tjj.changzhou.gov.cn", "[I]", "[S]");
        }
        assertThat(documents(instance)).extracting(d -> d.get("href").asText())
                .containsExactly("/api/maintenance-fee/cases/" + instance.getBusinessKey() + "/decision.pdf");
    }

    @Test
    void reminderStatesWhatIsOwedWithTheCappedLateFeeOnceTheDeadlineHasPassed() throws Exception {
        ProcessInstance instance = served();
        MockHttpServletResponse early = get("chunjiang.clerk", reminderPath(instance));
        assertThat(early.getStatus()).isEqualTo(409);
        assertThat(early.getContentAsString()).contains("缴款期限（至2012年10月8日）尚未届满");

        CaseTestSupport.clockAt(LocalDate.of(2012, 12, 10));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_PaymentDeadline").singleResult().getId());
        complete(instance, "Task_ServeReminder", Map.of("reminderServedOn", "2012-12-10"));

        MockHttpServletResponse response = get("bureau.clerk", reminderPath(instance));
        assertThat(response.getStatus()).isEqualTo(200);
        keep(response, "reminder");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertFontEmbeddedAsSubset(pdf);
            String text = text(pdf);
            // two whole months of delay (10-09 to 12-08): 2‰ × 119,316 × 2 = 477.26, for each parent
            assertThat(text).contains("催告书", "张伟，男，1985年3月10日出生，公民身份号码" + FeeReports.FATHER_ID + "：",
                    "李娜，女", "新人口征决〔2012〕00001号", "缴款期限至2012年10月8日", "截至2012年12月10日",
                    "尚欠社会抚养费119,316.00元", "滞纳金为477.26元",
                    "合计人民币119,793.26元（大写：壹拾壹万玖仟柒佰玖拾叁元贰角陆分）",
                    "《中华人民共和国行政强制法》第四十五条", "不得超出本金",
                    "现依据《中华人民共和国行政强制法》第五十四条催告你", "10日内（工作日",
                    // ten working days from Monday 12-10 end on Monday 12-24
                    "本催告书于2012年12月10日送达，履行期限至2012年12月24日", "申请常州市新北区人民法院强制执行");
        }
        assertThat(documents(instance)).extracting(d -> d.get("name").asText())
                .containsExactly("社会抚养费征收决定书", "催告书");
    }

    @Test
    void theCaseDecidesWhoMayPrint() throws Exception {
        ProcessInstance instance = served();
        String path = decisionPath(instance);
        // the case's town (clerk and head) and the bureau
        assertThat(get("chunjiang.clerk", path).getStatus()).isEqualTo(200);
        assertThat(get("chunjiang.head", path).getStatus()).isEqualTo(200);
        assertThat(get("bureau.clerk", path).getStatus()).isEqualTo(200);
        assertThat(get("bureau.head", path).getStatus()).isEqualTo(200);
        // another town does not learn the case exists
        assertThat(get("menghe.clerk", path).getStatus()).isEqualTo(404);
        assertThat(get("chunjiang.clerk", "/api/maintenance-fee/cases/MF-2012-99999/decision.pdf").getStatus())
                .isEqualTo(404);
        // liaisons and administrators print no case documents
        assertThat(get("police.liaison", path).getStatus()).isEqualTo(403);
        assertThat(get("finance.liaison", path).getStatus()).isEqualTo(403);
        assertThat(get("admin", path).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)).andReturn().getResponse().getStatus()).isEqualTo(401);
        // the Tasklist's link: the browser's webapp session, no HTTP Basic prompt (issue 15)
        var authentications = new org.camunda.bpm.webapp.impl.security.auth.Authentications();
        authentications.addOrReplace(new org.camunda.bpm.webapp.impl.security.auth.UserAuthentication("chunjiang.clerk", "default"));
        var session = new org.springframework.mock.web.MockHttpSession();
        session.setAttribute("authenticatedUser", authentications);
        var fromTasklist = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .session(session)).andReturn().getResponse();
        assertThat(fromTasklist.getStatus()).isEqualTo(200);
        assertThat(fromTasklist.getHeader("WWW-Authenticate")).isNull();
    }

    @Test
    void theDeskCasePageLinksTheDocumentsAndItsSignInOpensThem() throws Exception {
        ProcessInstance instance = served();
        String caseNumber = instance.getBusinessKey();
        String path = decisionPath(instance);
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                                .formLogin("/desk/login").user("chunjiang.clerk").password("demo"))
                .andReturn().getRequest().getSession();
        String casePage = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/desk/cases/" + caseNumber).session(session)).andReturn().getResponse().getContentAsString();
        // What the case can print now: the decision, not yet the reminder (the payment period still runs).
        assertThat(casePage).contains("文书", "社会抚养费征收决定书（PDF）", "href=\"" + path + "\"")
                .doesNotContain("催告书（PDF）");

        var fromDesk = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .session(session)).andReturn().getResponse();
        assertThat(fromDesk.getStatus()).isEqualTo(200);
        assertThat(fromDesk.getContentType()).startsWith("application/pdf");
        // The desk's session reads only: a change still needs credentials of its own.
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/cases/" + caseNumber + "/anything").session(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
        // Another town's clerk signed in to the desk: the case is not there, nor its documents.
        var menghe = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                                .formLogin("/desk/login").user("menghe.clerk").password("demo"))
                .andReturn().getRequest().getSession();
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .session(menghe)).andReturn().getResponse().getStatus()).isEqualTo(404);
        // A liaison who may read one step of a case sees no documents on its page (none here: police has no step).
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/desk/cases/" + caseNumber).session(menghe)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    // ------------------------------------------------------------------------------------------------- steps

    private ProcessInstance start() {
        return runtimeService.startProcessInstanceByKey("socialMaintenanceFee", new HashMap<>(FeeReports.oneExtraChild()));
    }

    /** Registered, investigated, assessed at 4×, noticed, decided on 08-20 and served on both on 09-07. */
    private ProcessInstance served() {
        ProcessInstance instance = start();
        complete(instance, "Task_ConfirmCase", Map.of("registrationDecision", "REGISTER"));
        complete(instance, "Task_Investigate", Map.of("investigationOutcome", "FEE_DUE", "investigator1", "王强",
                "investigator2", "刘洋", "marriageBirthHistory", "双方2008年登记结婚，2009年生育一女，2012年1月生育一子，无生育证",
                "confirmedFatherHukouType", "URBAN", "confirmedMotherHukouType", "URBAN"));
        complete(instance, "Task_ChooseMultiple", Map.of());
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 13));
        complete(instance, "Task_ServeNotice", Map.of("noticeServedOn", "2012-08-13"));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());
        complete(instance, "Task_RecordStatement", Map.of("statementMade", false));
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 20));
        complete(instance, "Task_DecideFee", Map.of("decidedOn", "2012-08-20"));
        CaseTestSupport.clockAt(LocalDate.of(2012, 9, 7));
        complete(instance, "Task_ServeDecision", Map.of("fatherServedOn", "2012-09-07", "motherServedOn", "2012-09-07"));
        return instance;
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult();
        taskService.complete(task.getId(), new HashMap<>(variables));
    }

    private MockHttpServletResponse get(String user, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(httpBasic(user, "demo"))).andReturn().getResponse();
    }

    private List<JsonNode> documents(ProcessInstance instance) throws Exception {
        MockHttpServletResponse response = get("bureau.clerk", "/api/cases/" + instance.getBusinessKey());
        assertThat(response.getStatus()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        json.readTree(response.getContentAsByteArray()).get("documents").forEach(list::add);
        return list;
    }

    private static String decisionPath(ProcessInstance instance) {
        return "/api/maintenance-fee/cases/" + instance.getBusinessKey() + "/decision.pdf";
    }

    private static String reminderPath(ProcessInstance instance) {
        return "/api/maintenance-fee/cases/" + instance.getBusinessKey() + "/reminder.pdf";
    }

    /** Keeps the document under target/fee-documents/ for a look at the layout. */
    private static void keep(MockHttpServletResponse response, String name) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "fee-documents");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name + ".pdf"), response.getContentAsByteArray());
    }

    /** Text as one line per paragraph line, with line breaks removed so that wrapped sentences can be matched. */
    private static String text(PDDocument pdf) throws IOException {
        // Page footers ("案件编号… 第1页，共4页") come after the page's body in the content, so a sentence running over a
        // page break is joined again once they are taken out.
        return new PDFTextStripper().getText(pdf).replaceAll("案件编号MF-\\d{4}-\\d{5}　第\\d+页，共\\d+页", "")
                .replaceAll("\\R", "");
    }

    private static void assertFontEmbeddedAsSubset(PDDocument pdf) throws IOException {
        int fonts = 0;
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                // a subset is named with a six-letter tag, e.g. ABCDEF+WenQuanYiMicroHei
                assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                fonts++;
            }
        }
        assertThat(fonts).isPositive();
    }
}
