package cn.gov.xinbei.pfp.api;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.assistance.process.AssistanceCases;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 扶助金发放名册: three entitlements confirmed through assistanceEligibility in 2012 (奖扶 960 and 手术并发症二级
 * 110×12 in 春江镇, the one-off award 3600 in 孟河镇), listed as JSON and exported as .xlsx, read back with POI.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistancePayoutApiTest {

    private static final String PASSWORD = "demo";
    private static final String ACCOUNT = "6228480402564890018";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void threeConfirmedEntitlements() {
        init(processEngine);
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        AssistanceCases.confirmed(AssistanceApplications.ruralAward(), "chunjiang");
        AssistanceCases.confirmed(AssistanceApplications.surgeryComplication(), "chunjiang");
        AssistanceCases.confirmed(AssistanceApplications.retiree(), "menghe");
        jdbc.update("update assistance_entitlement set agent_bank = 'ABC', bank_account = ? where id_number = ?", ACCOUNT,
                AssistanceApplications.SURGERY_WOMAN);
        // An entitlement registered before the intake took accounts.
        jdbc.update("update assistance_entitlement set agent_bank = null, bank_account = null where id_number = ?",
                AssistanceApplications.RETIREE);
    }

    @AfterAll
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void financeGetsEveryPersonWithMaskedIdsAndTotalsPerTownAndScheme() throws Exception {
        mvc.perform(get("/api/assistance/payouts").param("year", "2012").with(httpBasic("finance.liaison", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2012))
                .andExpect(jsonPath("$.rows", hasSize(3)))
                .andExpect(jsonPath("$.rows[0].townName").value("春江镇"))
                .andExpect(jsonPath("$.rows[0].name").value("张建国"))
                .andExpect(jsonPath("$.rows[0].idNumberMasked").value("320411********0018"))
                .andExpect(jsonPath("$.rows[0].schemeName").value("农村部分计划生育家庭奖励扶助"))
                .andExpect(jsonPath("$.rows[0].amount").value(960.0))
                .andExpect(jsonPath("$.rows[0].agentBankName").value("江苏江南农村商业银行"))
                .andExpect(jsonPath("$.rows[0].account").value("***************0018"))
                .andExpect(jsonPath("$.rows[1].scheme").value("SURGERY_COMPLICATION"))
                .andExpect(jsonPath("$.rows[1].subTypeName").value("并发症二级"))
                .andExpect(jsonPath("$.rows[1].amount").value(1320.0))
                .andExpect(jsonPath("$.rows[1].account").value("***************0018"))
                .andExpect(jsonPath("$.rows[2].town").value("menghe"))
                .andExpect(jsonPath("$.rows[2].amount").value(3600.0))
                .andExpect(jsonPath("$.rows[2].account").value("未登记"))
                .andExpect(jsonPath("$.byTown[0].town").value("chunjiang"))
                .andExpect(jsonPath("$.byTown[0].persons").value(2))
                .andExpect(jsonPath("$.byTown[0].amount").value(2280.0))
                .andExpect(jsonPath("$.byTown[1].amount").value(3600.0))
                .andExpect(jsonPath("$.byScheme", hasSize(3)))
                .andExpect(jsonPath("$.byTownAndScheme", hasSize(3)))
                .andExpect(jsonPath("$.persons").value(3))
                .andExpect(jsonPath("$.total").value(5880.0))
                .andExpect(jsonPath("$..idNumber").doesNotExist())
                .andExpect(content -> assertThat(content.getResponse().getContentAsString())
                        .doesNotContain(AssistanceApplications.RURAL_MAN).doesNotContain(ACCOUNT)
                        .doesNotContain(AssistanceApplications.accountOf(AssistanceApplications.RURAL_MAN)));

        mvc.perform(get("/api/assistance/payouts").param("year", "2012").param("scheme", "RURAL_AWARD")
                        .with(httpBasic("bureau.head", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.total").value(960.0));
        // Entitlements confirmed in 2012 are not paid for 2011; the one-off award is not paid again in 2013, and the
        // running ones have no 2013 amount in the rate table: refused rather than listed at zero.
        mvc.perform(get("/api/assistance/payouts").param("year", "2011").with(httpBasic("bureau.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(0)))
                .andExpect(jsonPath("$.total").value(0.0));
        mvc.perform(get("/api/assistance/payouts").param("year", "2013").param("scheme", "RETIREE_ONE_OFF_AWARD")
                        .with(httpBasic("bureau.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(0)));
        // A missing amount is a configuration gap (409), not an input error: it names the amount and who enters it.
        mvc.perform(get("/api/assistance/payouts").param("year", "2013").with(httpBasic("bureau.clerk", PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFIGURATION_GAP"))
                .andExpect(jsonPath("$.message", containsString("尚未配置")))
                .andExpect(jsonPath("$.message", containsString("2013年度的扶助标准")))
                .andExpect(jsonPath("$.message", containsString("管理员")));
    }

    @Test
    void financesWorkbookHasTheRosterWithFullAccountsForTheAgentBankAndTheSummary() throws Exception {
        MvcResult result = mvc.perform(get("/api/assistance/payouts.xlsx").param("year", "2012")
                        .with(httpBasic("finance.liaison", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''"
                        + URLEncoder.encode("新北区计划生育扶助金发放名册-2012年.xlsx", StandardCharsets.UTF_8))))
                .andReturn();
        // The Chinese name arrives whole: a client that reads the header gets it back as the bureau named it.
        assertThat(ContentDisposition.parse(result.getResponse().getHeader("Content-Disposition")).getFilename())
                .isEqualTo("新北区计划生育扶助金发放名册-2012年.xlsx");

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("发放名册");
            assertThat(workbook.getSheetName(1)).isEqualTo("汇总");

            Sheet roster = workbook.getSheet("发放名册");
            assertThat(texts(roster.getRow(0))).containsExactly("序号", "姓名", "公民身份号码", "扶助项目", "类别",
                    "金额（元）", "代发银行", "银行账号", "镇（街道）");
            assertThat(roster.getPaneInformation().isFreezePane()).isTrue();
            assertThat(roster.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(roster.getColumnWidth(2)).isGreaterThan(20 * 256);
            // The agent bank credits each account from finance's copy: full numbers, as text (no digits lost).
            assertThat(texts(roster.getRow(1))).containsExactly("1", "张建国", "320411********0018",
                    "农村部分计划生育家庭奖励扶助", "", "960.00", "江苏江南农村商业银行", "6230910100000000018", "春江镇");
            assertThat(texts(roster.getRow(2))).containsExactly("2", "周玉兰", "320411********0062",
                    "计划生育手术并发症人员特别扶助", "并发症二级", "1,320.00", "中国农业银行", ACCOUNT, "春江镇");
            assertThat(texts(roster.getRow(3))).containsExactly("3", "刘国强", "320411********0052",
                    "持证退休企业职工一次性奖励", "", "3,600.00", "未登记", "未登记", "孟河镇");
            assertThat(roster.getRow(2).getCell(7).getCellType()).isEqualTo(CellType.STRING);
            Cell amount = roster.getRow(2).getCell(5);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1320.0);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(texts(roster.getRow(4))).contains("合计", "3人", "5,880.00");
            assertThat(roster.getLastRowNum()).isEqualTo(4);
            for (Row row : roster) {
                assertThat(texts(row)).noneMatch(t -> t.contains(AssistanceApplications.RURAL_MAN)
                        || t.contains(AssistanceApplications.SURGERY_WOMAN) || t.contains(AssistanceApplications.RETIREE));
            }

            Sheet summary = workbook.getSheet("汇总");
            assertThat(texts(summary.getRow(0))).containsExactly("镇（街道）", "奖扶人数", "奖扶金额（元）",
                    "手术并发症特扶人数", "手术并发症特扶金额（元）", "一次性奖励人数", "一次性奖励金额（元）",
                    "合计人数", "合计金额（元）");
            assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
            assertThat(texts(summary.getRow(1))).containsExactly("春江镇", "1", "960.00", "1", "1,320.00", "0",
                    "0.00", "2", "2,280.00");
            assertThat(texts(summary.getRow(2))).containsExactly("孟河镇", "0", "0.00", "0", "0.00", "1",
                    "3,600.00", "1", "3,600.00");
            assertThat(texts(summary.getRow(3))).containsExactly("合计", "1", "960.00", "1", "1,320.00", "1",
                    "3,600.00", "3", "5,880.00");
            assertThat(summary.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(5880.0);
        }
    }

    @Test
    void aTownClerkSeesOnlyTheirTownAndOthersAreRefused() throws Exception {
        mvc.perform(get("/api/assistance/payouts").param("year", "2012").with(httpBasic("chunjiang.clerk", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(2)))
                .andExpect(jsonPath("$.byTown", hasSize(1)))
                .andExpect(jsonPath("$.total").value(2280.0));
        mvc.perform(get("/api/assistance/payouts").param("year", "2012").param("town", "menghe")
                        .with(httpBasic("chunjiang.clerk", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("无权进行此操作"));
        MvcResult workbook = mvc.perform(get("/api/assistance/payouts.xlsx").param("year", "2012")
                        .with(httpBasic("chunjiang.clerk", PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheet("发放名册").getLastRowNum()).isEqualTo(3); // header, two people, total
            // Only finance's copy goes to the agent bank: the town's shows the last four digits.
            assertThat(texts(book.getSheet("发放名册").getRow(1)).get(7)).isEqualTo("***************0018");
            assertThat(texts(book.getSheet("发放名册").getRow(2)).get(7)).isEqualTo("***************0018");
        }
        MvcResult bureauBook = mvc.perform(get("/api/assistance/payouts.xlsx").param("year", "2012")
                        .with(httpBasic("bureau.head", PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bureauBook.getResponse().getContentAsByteArray()))) {
            for (Row row : book.getSheet("发放名册")) {
                assertThat(texts(row)).noneMatch(t -> t.contains(ACCOUNT) || t.contains("6230910100000000018"));
            }
        }
        mvc.perform(get("/api/assistance/payouts").param("year", "2012").param("bank", "ABC")
                        .with(httpBasic("finance.liaison", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows", hasSize(1)))
                .andExpect(jsonPath("$.rows[0].name").value("周玉兰"))
                .andExpect(jsonPath("$.rows[0].account").value("***************0018"));
        mvc.perform(get("/api/assistance/payouts").param("year", "2012").with(httpBasic("police.liaison", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                .andExpect(jsonPath("$.message").value("无权进行此操作"));
        mvc.perform(get("/api/assistance/payouts.xlsx").param("year", "2012").with(httpBasic("police.liaison", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/assistance/payouts").param("year", "2012")).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputNamesTheFieldInChinese() throws Exception {
        Map<String, String[]> cases = Map.of(
                "year", new String[] {"scheme", "RURAL_AWARD"},
                "year=1999", new String[] {"year", "1999"},
                "year=abc", new String[] {"year", "abc"},
                "scheme", new String[] {"scheme", "LOTTERY"},
                "town", new String[] {"town", "nowhere"},
                "bank", new String[] {"bank", "ICBC"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            String field = c.getKey().contains("=") ? "year" : c.getKey();
            var request = get("/api/assistance/payouts").with(httpBasic("bureau.clerk", PASSWORD))
                    .param(c.getValue()[0], c.getValue()[1]);
            if (!field.equals("year")) {
                request = request.param("year", "2012");
            }
            mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                    .andExpect(jsonPath("$.violations[0].field").value(field))
                    .andExpect(jsonPath("$.violations[0].message", containsString(field.equals("town") ? "镇"
                            : field.equals("scheme") ? "扶助项目" : field.equals("bank") ? "代发银行" : "发放年度")));
        }
        mvc.perform(get("/api/assistance/payouts.xlsx").with(httpBasic("finance.liaison", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("year"))
                .andExpect(jsonPath("$.violations[0].message").value("请填写发放年度"));
    }

    @Test
    void typedParametersAreRefusedAtTheFieldAndBlankMeansNotGiven() throws Exception {
        for (String path : List.of("/api/assistance/payouts", "/api/assistance/payouts.xlsx")) {
            mvc.perform(get(path).param("year", "20x2").with(httpBasic("finance.liaison", PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("year"))
                    .andExpect(jsonPath("$.violations[0].message").value("发放年度应为4位数字年份"));
            mvc.perform(get(path).param("year", "2012").param("scheme", "rural_award")
                            .with(httpBasic("finance.liaison", PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("scheme"))
                    .andExpect(jsonPath("$.violations[0].message", containsString("扶助项目不存在")))
                    .andExpect(jsonPath("$.violations[0].message", containsString("RETIREE_ONE_OFF_AWARD")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("AssistanceScheme"))));
        }
        // The message lists every scheme: it is a constant, so a new scheme must be added to it.
        String schemeMessage = mvc.perform(get("/api/assistance/payouts").param("year", "2012").param("scheme", "LOTTERY")
                .with(httpBasic("finance.liaison", PASSWORD))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (var scheme : cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme.values()) {
            assertThat(schemeMessage).contains(scheme.name());
        }
        mvc.perform(get("/api/assistance/payouts/transfers").param("year", "1.5").with(httpBasic("finance.liaison", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("year"))
                .andExpect(jsonPath("$.violations[0].message").value("发放年度应为4位数字年份"));
        mvc.perform(get("/api/assistance/payouts").param("year", " ").with(httpBasic("finance.liaison", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].message").value("请填写发放年度"));
        mvc.perform(get("/api/assistance/payouts").param("year", "2012").param("scheme", "")
                        .with(httpBasic("finance.liaison", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scheme").doesNotExist());
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return texts;
    }

}
