package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import cn.gov.xinbei.pfp.targets.domain.ReportPeriod;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each computed figure's drill-down link lands on a desk page that lists exactly the rows the figure counted: on the
 * hand-made data of {@link TargetFixtures} (period 1 January to 30 June 2012, today 15 July 2012; expected figures
 * worked out in {@link TargetIndicatorsTest}), the page's counts and rows equal the indicator's numerator and
 * denominator, for a town and for the district; and each page keeps to the user's scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DrilldownLinksTest {

    static final ReportPeriod HALF_YEAR = TargetIndicatorsTest.HALF_YEAR;

    @Autowired
    MockMvc mvc;
    @Autowired
    TargetReports reports;
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

    private TargetReports.Row row(String town, String key) {
        return reports.rows(HALF_YEAR, town).stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private String page(String href, String userId) throws Exception {
        byte[] body = mvc.perform(get(href).with(user(userId))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static long figure(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
        assertThat(m.find()).as("figure " + id).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static int rows(String html, String cssClass) {
        Matcher m = Pattern.compile("class=\"" + cssClass + "[\" ]").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Follows the figure's only link as the bureau's head and checks the page's counts and rows against it. */
    private String assertLinkListsTheCountedRows(String town, String key, long numerator, long denominator,
                                                 String numeratorId, String rowClass) throws Exception {
        TargetReports.Row figure = row(town, key);
        assertThat(figure.numerator()).as(key + " numerator").isEqualTo(numerator);
        assertThat(figure.denominator()).as(key + " denominator").isEqualTo(denominator);
        assertThat(figure.links()).hasSize(1);
        String html = page(figure.links().get(0).href(), "bureau.head");
        assertThat(figure(html, "count-total".equals(numeratorId) ? "count-total" : numeratorId))
                .as(key + " page numerator").isEqualTo(numerator);
        assertThat(rows(html, rowClass)).as(key + " rows listed").isEqualTo((int) denominator);
        return html;
    }

    @Test
    void lawEnforcementLinkListsTheStepsCounted() throws Exception {
        TargetReports.Row chunjiang = row("chunjiang", "law-enforcement-responsibility");
        assertThat(chunjiang.links().get(0).href())
                .isEqualTo("/desk/deadlines?from=2012-01-01&to=2012-06-30&ended=true&unit=chunjiang");
        // chunjiang's own steps: A1, A2 (late), A4, B1, B2 (late) -> 3 of 5.
        String html = assertLinkListsTheCountedRows("chunjiang", "law-enforcement-responsibility", 3, 5,
                "count-on-time", "ended-step");
        assertThat(figure(html, "count-total")).isEqualTo(5);
        assertThat(figure(html, "count-late")).isEqualTo(2);
        // A2 was due 6 March, done 7 March: 1 working day late; B2 due 20 Feb (Monday), done 21 Feb: 1 working day.
        assertThat(html).contains("逾期1个工作日").contains("按期办结");
        // District: also the bureau's A3 -> 4 of 6.
        html = assertLinkListsTheCountedRows(null, "law-enforcement-responsibility", 4, 6, "count-on-time", "ended-step");
        assertThat(figure(html, "count-total")).isEqualTo(6);
        // menghe: nothing.
        assertLinkListsTheCountedRows("menghe", "law-enforcement-responsibility", 0, 0, "count-on-time", "ended-step");
    }

    @Test
    void postingLinkListsThePostingStepsCounted() throws Exception {
        assertThat(row("chunjiang", "association-activities").links().get(0).href())
                .isEqualTo("/desk/deadlines?town=chunjiang&from=2012-01-01&to=2012-06-30&ended=true&step=posting");
        // A4 on time, B1 on time, B2 late -> 2 of 3; A2 (a second-child Task_TownReview) is no posting.
        String html = assertLinkListsTheCountedRows("chunjiang", "association-activities", 2, 3, "count-on-time",
                "ended-step");
        assertThat(html).contains("Task_PublishResult").doesNotContain(">Task_AcceptApplication<");
        assertLinkListsTheCountedRows(null, "association-activities", 2, 3, "count-on-time", "ended-step");
    }

    @Test
    void theEndedStepsApiAndExportGiveTheIndicatorsCounts() throws Exception {
        mvc.perform(get("/api/deadlines?ended=true&unit=chunjiang&from=2012-01-01&to=2012-06-30")
                        .with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.counts.onTime").value(3))
                .andExpect(jsonPath("$.counts.late").value(2))
                .andExpect(jsonPath("$.items[0].stepKey").value("Task_VillageReview"))
                .andExpect(jsonPath("$.items[0].onTime").value(true))
                .andExpect(jsonPath("$.items[1].stepKey").value("Task_TownReview"))
                .andExpect(jsonPath("$.items[1].workingDaysLate").value(1));
        mvc.perform(get("/api/deadlines?ended=true&town=chunjiang&step=posting&from=2012-01-01&to=2012-06-30")
                        .with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.counts.onTime").value(2));
        // Another town's clerk sees none of chunjiang's steps (the open view's scope).
        mvc.perform(get("/api/deadlines?ended=true&from=2012-01-01&to=2012-06-30")
                        .with(httpBasic("menghe.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        // Bad input names the field.
        mvc.perform(get("/api/deadlines?ended=true&from=2012-13-01&step=all").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[?(@.field == 'from')]").exists())
                .andExpect(jsonPath("$.violations[?(@.field == 'step')]").exists());
        // Without ended the open view stays the default: only A6 is open (bureau).
        mvc.perform(get("/api/deadlines").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].stepKey").value("Task_IssueCertificate"));
        byte[] xlsx = mvc.perform(get("/desk/deadlines.xlsx?ended=true&unit=chunjiang&from=2012-01-01&to=2012-06-30")
                        .with(user("bureau.head")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("已办结环节");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("结果");
            int steps = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null
                        && sheet.getRow(r).getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    steps++;
                }
            }
            assertThat(steps).isEqualTo(5);
        }
    }

    @Test
    void informationTimelinessLinkListsTheExpectedUploads() throws Exception {
        assertThat(row("chunjiang", "information-coverage-timeliness").links().get(0).href())
                .isEqualTo("/desk/department-data?town=chunjiang&from=2012-01-01&to=2012-06-30");
        // 6 months x 7 kinds = 42 expected for chunjiang, 12 on time (see TargetIndicatorsTest).
        String html = assertLinkListsTheCountedRows("chunjiang", "information-coverage-timeliness", 12, 42,
                "expected-timely", "expected-upload");
        assertThat(figure(html, "expected-total")).isEqualTo(42);
        // February's SURGERY came on 11 March (late); the rest never came (missing): 42 - 12 - 1 = 29 missing.
        assertThat(html).contains("逾期").contains("未报送").contains("招用流动人口查验婚育证明");
        assertThat(figure(html, "expected-missing")).isEqualTo(42 - 12 - 1);
        assertLinkListsTheCountedRows(null, "information-coverage-timeliness", 12, 378, "expected-timely",
                "expected-upload");
        // A town's clerk with the same link sees the same figures.
        String clerk = page(row("chunjiang", "information-coverage-timeliness").links().get(0).href(), "chunjiang.clerk");
        assertThat(figure(clerk, "expected-timely")).isEqualTo(12);
        assertThat(figure(clerk, "expected-total")).isEqualTo(42);
    }

    @Test
    void assistanceAccuracyLinkListsTheDeclarationsAndChanges() throws Exception {
        assertThat(row("chunjiang", "assistance-declaration-accuracy").links().get(0).href())
                .isEqualTo("/desk/assistance/declarations?town=chunjiang&from=2012-01-01&to=2012-06-30");
        // C1 accurate, C2 stopped later, C3 refused; changes E2 confirmed, E1 rejected, E3 confirmed -> 3 of 6.
        String html = assertLinkListsTheCountedRows("chunjiang", "assistance-declaration-accuracy", 3, 6,
                "count-accurate", "counted-row");
        assertThat(figure(html, "count-inaccurate")).isEqualTo(3);
        assertThat(html).contains("核查发现不符合条件").contains("不予确认").contains("不予变更");
        assertLinkListsTheCountedRows(null, "assistance-declaration-accuracy", 4, 7, "count-accurate", "counted-row");
        assertLinkListsTheCountedRows("menghe", "assistance-declaration-accuracy", 1, 1, "count-accurate",
                "counted-row");
    }

    @Test
    void assistancePayoutLinkListsTheEntitlementsDue() throws Exception {
        // E1 credited; E2 not credited; E3 paid for 2011 only; E5 credited after the period -> 1 of 4.
        String html = assertLinkListsTheCountedRows("chunjiang", "reward-policy-fulfilment", 1, 4, "count-credited",
                "counted-row");
        assertThat(figure(html, "count-not-credited")).isEqualTo(3);
        assertThat(html).contains("2012-03-20").contains("一次性奖励");
        assertLinkListsTheCountedRows(null, "reward-policy-fulfilment", 2, 5, "count-credited", "counted-row");
        // The year alone: the whole of 2012 (E5 credited 3 July counts; E6 from August is due) -> 2 of 5.
        String year = page("/desk/assistance/payouts?town=chunjiang&year=2012&to=2012-12-31", "bureau.clerk");
        assertThat(figure(year, "count-credited")).isEqualTo(2);
        assertThat(rows(year, "counted-row")).isEqualTo(5);
    }

    @Test
    void theAssistancePagesShowMaskedIdNumbersOnly() throws Exception {
        String full = "32041119840512002X";
        String masked = ResidentIdMasking.mask(full);
        // E1 (credited 20 March) and C1's beneficiary get a real ID number.
        jdbc.update("update assistance_entitlement set id_number = ?, id_number_masked = ? where id = (select"
                + " p.entitlement_id from assistance_payment p where p.credited_on = ?)", full, masked,
                java.sql.Date.valueOf(LocalDate.of(2012, 3, 20)));
        String caseId = jdbc.queryForObject("select case_id from assistance_case where decided_on = ?", String.class,
                java.sql.Date.valueOf(LocalDate.of(2012, 3, 1)));
        jdbc.update("insert into case_party (id, case_id, party_role, full_name, id_number, id_number_masked)"
                + " values ('party-c1', ?, 'BENEFICIARY', '王芳', ?, ?)", caseId, full, masked);
        String payouts = page("/desk/assistance/payouts?town=chunjiang&from=2012-01-01&to=2012-06-30", "bureau.head");
        String declarations = page("/desk/assistance/declarations?town=chunjiang&from=2012-01-01&to=2012-06-30",
                "bureau.head");
        assertThat(masked).isNotEqualTo(full);
        assertThat(payouts).contains(masked).doesNotContain(full);
        assertThat(declarations).contains("王芳 " + masked).doesNotContain(full);
    }

    @Test
    void theAssistancePagesKeepToTheUsersScope() throws Exception {
        String own = page("/desk/assistance/payouts?from=2012-01-01&to=2012-06-30", "chunjiang.clerk");
        assertThat(figure(own, "count-total")).isEqualTo(4);
        String head = page("/desk/assistance/declarations?from=2012-01-01&to=2012-06-30", "chunjiang.head");
        assertThat(figure(head, "count-total")).isEqualTo(6);
        for (String path : Arrays.asList("/desk/assistance/payouts", "/desk/assistance/declarations")) {
            mvc.perform(get(path + "?town=menghe").with(user("chunjiang.clerk"))).andExpect(status().isForbidden());
            mvc.perform(get(path + "?town=district").with(user("chunjiang.head"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(user("finance.liaison"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(user("admin"))).andExpect(status().isForbidden());
            mvc.perform(get(path + "?town=menghe&from=2012-01-01&to=2012-06-30").with(user("bureau.clerk")))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/desk/department-data?town=menghe").with(user("chunjiang.clerk")))
                .andExpect(status().isForbidden());
        // A data department reads its own kinds for every town: the police's two kinds of chunjiang, January to June.
        String police = page("/desk/department-data?town=chunjiang&from=2012-01&to=2012-06", "police.liaison");
        assertThat(figure(police, "expected-total")).isEqualTo(2 * 6);
        assertThat(figure(police, "expected-timely")).isEqualTo(4);
        // A bad date is named on the page.
        assertThat(page("/desk/department-data?from=2012-13-01", "bureau.clerk")).contains("起始日期格式不正确");
    }
}
