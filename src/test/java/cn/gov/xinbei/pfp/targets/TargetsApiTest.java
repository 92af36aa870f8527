package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The targets' API, desk page and year-end workbook: figures from {@link TargetFixtures} (expected values worked out in
 * TargetIndicatorsTest), the scope of each role, bad input, and the workbook's cells read back with POI.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TargetsApiTest {

    static final String HALF_YEAR = "from=2012-01-01&to=2012-06-30";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;

    @BeforeEach
    void data() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        CaseTestSupport.clockAt(LocalDate.of(2012, 7, 15));
        new TargetFixtures(jdbc).all();
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void aTownClerkSeesTheirOwnTownByDefault() throws Exception {
        mvc.perform(get("/api/targets/2012/indicators?" + HALF_YEAR).with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.town").value("chunjiang"))
                .andExpect(jsonPath("$.townName").value("春江镇"))
                .andExpect(jsonPath("$.from").value("2012-01-01"))
                .andExpect(jsonPath("$.rows", hasSize(31)))
                .andExpect(jsonPath("$.rows[0].key").value("birth-policy-compliance"))
                .andExpect(jsonPath("$.rows[0].numerator").value(6))
                .andExpect(jsonPath("$.rows[0].denominator").value(6))
                .andExpect(jsonPath("$.rows[0].pending").value(1))
                .andExpect(jsonPath("$.rows[0].value").value(100.0))
                .andExpect(jsonPath("$.rows[0].statusLabel").value("达标"))
                .andExpect(jsonPath("$.rows[0].links[2].href")
                        .value("/desk/births?town=chunjiang&from=2012-01-01&to=2012-06-30&status=PENDING"))
                .andExpect(jsonPath("$.rows[1].statusLabel").value("人工考核"))
                .andExpect(jsonPath("$.towns", hasSize(1)))
                .andExpect(jsonPath("$.statusCounts.MANUAL").value(22));
        mvc.perform(get("/api/targets/2012/indicators?town=chunjiang").with(httpBasic("chunjiang.head", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.town").value("chunjiang"));
    }

    @Test
    void theYearSoFarIsTheDefaultPeriod() throws Exception {
        CaseTestSupport.clockAt(LocalDate.of(2012, 4, 15));
        mvc.perform(get("/api/targets/2012/indicators").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2012-01-01"))
                .andExpect(jsonPath("$.to").value("2012-04-15"))
                // 信息及时率: January to March due by 15 April: 12 of 21 on time (TargetIndicatorsTest).
                .andExpect(jsonPath("$.rows[?(@.key == 'information-coverage-timeliness')].numerator").value(12))
                .andExpect(jsonPath("$.rows[?(@.key == 'information-coverage-timeliness')].denominator").value(21));
    }

    @Test
    void aTownsClerkCannotSeeAnotherTownOrTheDistrict() throws Exception {
        mvc.perform(get("/api/targets/2012/indicators?town=menghe").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/targets/2012/indicators?town=district").with(httpBasic("chunjiang.head", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBureauSeesTheDistrictAndAnyTown() throws Exception {
        mvc.perform(get("/api/targets/2012/indicators?" + HALF_YEAR).with(httpBasic("bureau.head", "demo")))
                .andExpect(status().isOk())
                // The district has no town (null values are left out of the JSON).
                .andExpect(jsonPath("$.town").doesNotExist())
                .andExpect(jsonPath("$.townName").value("新北区"))
                .andExpect(jsonPath("$.rows[0].numerator").value(104))
                .andExpect(jsonPath("$.rows[0].denominator").value(106))
                .andExpect(jsonPath("$.rows[0].value").value(98.11))
                .andExpect(jsonPath("$.towns", hasSize(9)))
                .andExpect(jsonPath("$.sexRatioLow").value(103));
        mvc.perform(get("/api/targets/2012/indicators?town=xinqiao&" + HALF_YEAR).with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].value").value(98.0))
                .andExpect(jsonPath("$.rows[0].statusLabel").value("未达标"));
    }

    @Test
    void liaisonsAndAdministratorsAreRefused() throws Exception {
        for (String user : List.of("police.liaison", "finance.liaison", "admin")) {
            mvc.perform(get("/api/targets/2012/indicators").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/desk/targets").with(user(user)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void badInputIsRefusedByField() throws Exception {
        // A year without targets is not an input error but a configuration gap (issue 14 point 6): 409.
        mvc.perform(get("/api/targets/2011/indicators").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFIGURATION_GAP"));
        mvc.perform(get("/api/targets/2012/indicators?from=2013-01-01").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("from"));
        // Typed parameters: a date that is no date, a year that is no number, named in Chinese.
        mvc.perform(get("/api/targets/2012/indicators?from=2012-02-30").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("from"))
                .andExpect(jsonPath("$.violations[0].message").value("起始日期格式不正确，应为“年-月-日”"));
        mvc.perform(get("/api/targets/2012/indicators?to=April").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("to"))
                .andExpect(jsonPath("$.violations[0].message").value("截止日期格式不正确，应为“年-月-日”"));
        mvc.perform(get("/api/targets/2012/indicators?from=March&to=April").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field == 'from')]").exists())
                .andExpect(jsonPath("$.violations[?(@.field == 'to')]").exists());
        mvc.perform(get("/api/targets/twenty12/indicators").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("year"))
                .andExpect(jsonPath("$.violations[0].message").value("年度应为4位数字年份"));
        mvc.perform(get("/api/targets/2012/indicators?from=&to=").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2012-01-01"));
        mvc.perform(get("/api/targets/2012/indicators?town=nowhere").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("town"))
                .andExpect(jsonPath("$.violations[0].message").value("不是本区的镇（街道）"));
    }

    @Test
    void theDeskPageShowsEveryTargetWithItsStatusAndLinks() throws Exception {
        mvc.perform(get("/desk/targets?year=2012&town=menghe&" + HALF_YEAR).with(user("bureau.head")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("目标考核：孟河镇2012年")))
                .andExpect(content().string(containsString("行政执法责任制（规范）落实率")))
                .andExpect(content().string(containsString("49 / 50")))
                .andExpect(content().string(containsString("/desk/births?town=menghe&amp;from=2012-01-01&amp;to=2012-06-30&amp;status=NONCOMPLIANT")))
                .andExpect(content().string(containsString("echarts.min.js")))
                // The charts' data, inlined: every town with its compliance rate and target (xinqiao 98 % against 99).
                .andExpect(content().string(containsString("\"town\":\"xinqiao\"")))
                .andExpect(content().string(containsString("\"compliance\":98.00,\"complianceTarget\":99")))
                .andExpect(content().string(containsString("var low = 103;")))
                .andExpect(content().string(containsString("report.xlsx")));
        // A town's clerk: their own town; another town is refused.
        mvc.perform(get("/desk/targets").with(user("chunjiang.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("目标考核：春江镇2012年")));
        mvc.perform(get("/desk/targets?town=menghe").with(user("chunjiang.clerk")))
                .andExpect(status().isForbidden());
        // A date outside the year: the page says so.
        mvc.perform(get("/desk/targets?year=2012&from=2011-05-01").with(user("bureau.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("起始日期应在2012年内")));
        // Typed filters: a value that cannot be read is the desk's Chinese 400 page naming it; blank is "not given".
        String[][] bad = {{"/desk/targets?year=20x2", "年度应为4位数字年份"},
                {"/desk/targets?year=12012", "年度应为4位数字年份"},
                {"/desk/targets?year=2012&from=March", "起始日期格式不正确，应为“年-月-日”"},
                {"/desk/targets?year=2012&to=2012-02-30", "截止日期格式不正确，应为“年-月-日”"},
                {"/desk/targets/2012/report.xlsx?from=2012-1-1", "起始日期格式不正确，应为“年-月-日”"},
                {"/desk/assistance/payouts?year=2O12", "年度应为4位数字年份"},
                {"/desk/assistance/payouts?to=June", "截止日期格式不正确，应为“年-月-日”"},
                {"/desk/assistance/declarations?from=2012-06", "起始日期格式不正确，应为“年-月-日”"}};
        for (String[] c : bad) {
            mvc.perform(get(c[0]).with(user("bureau.clerk")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("text/html"))
                    .andExpect(content().string(containsString(c[1])))
                    .andExpect(content().string(not(containsString("LocalDate"))));
        }
        mvc.perform(get("/desk/targets?year=&from=&to=").with(user("chunjiang.clerk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("目标考核：春江镇2012年")));
    }

    @Test
    void aTownsYearEndReportHasEveryTargetReadBackWithPoi() throws Exception {
        MvcResult result = mvc.perform(get("/desk/targets/2012/report.xlsx?town=chunjiang&" + HALF_YEAR)
                        .with(user("chunjiang.clerk")))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(ContentDisposition.parse(result.getResponse().getHeader("Content-Disposition")).getFilename())
                .isEqualTo("春江镇2012年人口和计划生育目标任务完成情况.xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("春江镇");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("春江镇2012年人口和计划生育目标任务完成情况");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("2012-01-01 至 2012-06-30");
            assertThat(headers(sheet.getRow(2))).containsExactly(TargetsWorkbook.HEADER);
            assertThat(sheet.getLastRowNum()).isEqualTo(TargetsWorkbook.FIRST_DATA_ROW + 31 - 1);
            Row compliance = find(sheet, "出生政策符合率");
            assertThat(compliance.getCell(3).getStringCellValue()).isEqualTo("98");
            assertThat(compliance.getCell(5).getNumericCellValue()).isEqualTo(6);
            assertThat(compliance.getCell(6).getNumericCellValue()).isEqualTo(6);
            assertThat(compliance.getCell(7).getNumericCellValue()).isEqualTo(1);
            assertThat(compliance.getCell(8).getNumericCellValue()).isEqualTo(100.0);
            assertThat(compliance.getCell(9).getStringCellValue()).isEqualTo("达标");
            assertThat(compliance.getCell(10).getStringCellValue()).startsWith("出生政策符合率 = ");
            Row enforcement = find(sheet, "行政执法责任制（规范）落实率");
            assertThat(enforcement.getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(enforcement.getCell(6).getNumericCellValue()).isEqualTo(5);
            assertThat(enforcement.getCell(8).getNumericCellValue()).isEqualTo(60.0);
            assertThat(enforcement.getCell(9).getStringCellValue()).isEqualTo("未达标");
            // 流动人口管理服务率 (TargetFixtures.migrants): 3 of chunjiang's 7 registrations served.
            Row migrants = find(sheet, "流动人口管理服务率");
            assertThat(migrants.getCell(3).getStringCellValue()).isEqualTo("92");
            assertThat(migrants.getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(migrants.getCell(6).getNumericCellValue()).isEqualTo(7);
            assertThat(migrants.getCell(8).getNumericCellValue()).isEqualTo(42.86);
            assertThat(migrants.getCell(9).getStringCellValue()).isEqualTo("未达标");
            assertThat(migrants.getCell(10).getStringCellValue()).startsWith("流动人口管理服务率（系统口径）= ");
            Row count = find(sheet, "孕前优生健康检查人数（400对）");
            assertThat(count.getCell(3).getStringCellValue()).isEqualTo("110");
            assertThat(count.getCell(9).getStringCellValue()).isEqualTo("人工考核");
            assertThat(count.getCell(8).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
        }
        mvc.perform(get("/desk/targets/2012/report.xlsx?town=menghe").with(user("chunjiang.clerk")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDistrictsReportHasASummaryAndOneSheetPerTown() throws Exception {
        MvcResult result = mvc.perform(get("/desk/targets/2012/report.xlsx?" + HALF_YEAR).with(user("bureau.head")))
                .andExpect(status().isOk())
                .andReturn();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly(TargetsWorkbook.SUMMARY, "春江镇", "孟河镇", "新桥镇", "薛家镇", "罗溪镇",
                    "西夏墅镇", "河海街道", "三井街道", "龙虎塘街道");
            Row district = find(workbook.getSheet(TargetsWorkbook.SUMMARY), "出生人口性别比");
            // 270 boys : 254 girls = 106.30, within 103—107.
            assertThat(district.getCell(5).getNumericCellValue()).isEqualTo(270);
            assertThat(district.getCell(6).getNumericCellValue()).isEqualTo(254);
            assertThat(district.getCell(8).getNumericCellValue()).isEqualTo(106.30);
            assertThat(district.getCell(9).getStringCellValue()).isEqualTo("达标");
            // Below the district's rows: the computed indicators per town.
            Sheet summary = workbook.getSheet(TargetsWorkbook.SUMMARY);
            Row title = null;
            for (Row row : summary) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && TargetsWorkbook.COMPARISON.equals(row.getCell(0).getStringCellValue())) {
                    title = row;
                }
            }
            assertThat(title).isNotNull();
            Row comparisonHeader = summary.getRow(title.getRowNum() + 1);
            assertThat(comparisonHeader.getCell(1).getStringCellValue()).isEqualTo("出生政策符合率");
            Row xinqiao = summary.getRow(title.getRowNum() + 4);
            assertThat(xinqiao.getCell(0).getStringCellValue()).isEqualTo("新桥镇");
            assertThat(xinqiao.getCell(1).getStringCellValue()).isEqualTo("98.00%（未达标）");
            Row luoxi = find(workbook.getSheet("罗溪镇"), "出生性别比基本正常");
            assertThat(luoxi.getCell(8).getNumericCellValue()).isEqualTo(108.0);
            assertThat(luoxi.getCell(9).getStringCellValue()).isEqualTo("未达标");
            Row menghe = find(workbook.getSheet("孟河镇"), "农村奖扶、特别扶助、一次性奖励对象申报变更准确率");
            assertThat(menghe.getCell(8).getNumericCellValue()).isEqualTo(100.0);
            assertThat(menghe.getCell(9).getStringCellValue()).isEqualTo("达标");
        }
    }

    private static List<String> headers(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(c.getStringCellValue()));
        return values;
    }

    private static Row find(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getRowNum() >= TargetsWorkbook.FIRST_DATA_ROW && row.getCell(2) != null
                    && row.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && row.getCell(2).getStringCellValue().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row " + name + " in sheet " + sheet.getSheetName());
    }
}
