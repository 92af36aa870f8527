package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import cn.gov.xinbei.pfp.targets.domain.ReportPeriod;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 流动人口管理服务率 (annex 1, 92 %) on the hand-made registrations of {@link TargetFixtures#migrants()} (period
 * 1 January to 30 June 2012, today 15 July 2012): the counts, the town scope, the period's boundaries (in China
 * time), a unit without registrations, and the drill-down listing exactly the rows counted, paged, ID numbers masked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MigrantServiceRateTest {

    static final ReportPeriod HALF_YEAR = TargetIndicatorsTest.HALF_YEAR;
    static final String KEY = "floating-population-service";
    static final String CHUNJIANG_LINK = "/desk/migrants/services?town=chunjiang&from=2012-01-01&to=2012-06-30";

    @Autowired
    MockMvc mvc;
    @Autowired
    TargetReports reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;

    TargetFixtures fixtures;

    @BeforeEach
    void data() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        CaseTestSupport.clockAt(LocalDate.of(2012, 7, 15));
        fixtures = new TargetFixtures(jdbc);
        fixtures.migrants();
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    private TargetReports.Row row(ReportPeriod period, String town) {
        return reports.rows(period, town).stream().filter(r -> r.key().equals(KEY)).findFirst().orElseThrow();
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

    private static int rows(String html) {
        Matcher m = Pattern.compile("class=\"counted-row\"").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void assertFigure(TargetReports.Row row, long numerator, long denominator, String value,
                                     String status) {
        assertThat(row.numerator()).as("numerator").isEqualTo(numerator);
        assertThat(row.denominator()).as("denominator").isEqualTo(denominator);
        if (value == null) {
            assertThat(row.value()).isNull();
        } else {
            assertThat(row.value()).isEqualByComparingTo(value);
        }
        assertThat(row.statusLabel()).isEqualTo(status);
    }

    @Test
    void countsTheServedAmongTheRegisteredPerTownAndForTheDistrict() {
        // chunjiang: M1 (1 Jan), M2 (30 Jun), M5 (presented late on 20 Jun) of M1..M7 -> 3 / 7 = 42.86 % < 92.
        TargetReports.Row chunjiang = row(HALF_YEAR, "chunjiang");
        assertFigure(chunjiang, 3, 7, "42.86", "未达标");
        assertThat(chunjiang.target()).isEqualTo("92");
        assertThat(chunjiang.indicatorLabel()).isEqualTo("流动人口管理服务率");
        assertThat(chunjiang.formula()).contains("婚育证明").contains("÷");
        assertThat(chunjiang.links()).extracting(TargetReports.Link::href).containsExactly(CHUNJIANG_LINK);
        // menghe: N3 has the services not recorded -> 2 / 3.
        assertFigure(row(HALF_YEAR, "menghe"), 2, 3, "66.67", "未达标");
        // The district: 5 / 10.
        assertFigure(row(HALF_YEAR, null), 5, 10, "50.00", "未达标");
        // Exactly at the target is met: 23 of 25 registrations served in xixiashu = 92 %.
        for (int i = 0; i < 25; i++) {
            fixtures.migrant("xixiashu", LocalDate.of(2012, 3, 1), i < 23 ? "桂婚育证〔2012〕" + i + "号" : null,
                    null, null, null, true);
        }
        assertFigure(row(HALF_YEAR, "xixiashu"), 23, 25, "92.00", "达标");
    }

    @Test
    void thePeriodsFirstAndLastDayCountTheDaysAroundThemDoNot() {
        // 1 January to 31 January: M1 (registered 1 January) only; M8 (31 December 2011) is outside.
        ReportPeriod january = new ReportPeriod(2012, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 1, 31));
        assertFigure(row(january, "chunjiang"), 1, 1, "100.00", "达标");
        // 30 June alone: M2; M9 (1 July) is outside.
        ReportPeriod lastDay = new ReportPeriod(2012, LocalDate.of(2012, 6, 30), LocalDate.of(2012, 6, 30));
        assertFigure(row(lastDay, "chunjiang"), 1, 1, "100.00", "达标");
        // Up to 31 May: M4's certificate (valid until 31 May) is still valid on the period's last day, M5's late
        // certificate (20 June) not yet recorded: M1, M4 of M1, M3, M4, M5, M6, M7.
        ReportPeriod toMay = new ReportPeriod(2012, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 5, 31));
        assertFigure(row(toMay, "chunjiang"), 2, 6, "33.33", "未达标");
    }

    @Test
    void todayIsChinasDateWhenThePeriodRunsOnBeyondIt() throws Exception {
        // 30 June 2012 16:30 UTC is already 1 July 00:30 in China: the year so far runs to 1 July, so M9 (registered
        // 1 July, served) counts; M6's late certificate (5 July) is not recorded yet -> M1, M2, M5, M9 of 8.
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2012-06-30T16:30:00Z")));
        mvc.perform(get("/api/targets/2012/indicators?town=chunjiang").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value("2012-07-01"))
                .andExpect(jsonPath("$.rows[?(@.key == '" + KEY + "')].numerator").value(4))
                .andExpect(jsonPath("$.rows[?(@.key == '" + KEY + "')].denominator").value(8));
        // A certificate valid until 30 June has expired on China's 1 July, though the UTC date is still 30 June.
        fixtures.migrant("hehai", LocalDate.of(2012, 6, 1), "湘婚育证〔2010〕7号", LocalDate.of(2012, 6, 30), null, null,
                true);
        ReportPeriod wholeYear = new ReportPeriod(2012, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 12, 31));
        assertFigure(row(wholeYear, "hehai"), 0, 1, "0.00", "未达标");
        String html = page("/desk/migrants/services?town=hehai&from=2012-01-01&to=2012-12-31", "bureau.clerk");
        assertThat(html).contains("婚育证明已于2012-06-30过期").contains("按 <span>2012-07-01</span> 判断");
    }

    @Test
    void withoutRegistrationsThePageSaysSoAndInventsNoRate() throws Exception {
        TargetReports.Row xinqiao = row(HALF_YEAR, "xinqiao");
        assertFigure(xinqiao, 0, 0, null, "无数据");
        assertThat(xinqiao.note()).startsWith("期内本单位没有登记的流入人口");
        String targets = page("/desk/targets?year=2012&town=xinqiao&from=2012-01-01&to=2012-06-30", "bureau.head");
        String targetRow = targets.substring(targets.indexOf("data-key=\"" + KEY + "\""));
        targetRow = targetRow.substring(0, targetRow.indexOf("</tr>"));
        assertThat(targetRow).contains("没有登记的流入人口").contains("无数据").doesNotContain("0.00%")
                .doesNotContain("100.00%");
        String drill = page("/desk/migrants/services?town=xinqiao&from=2012-01-01&to=2012-06-30", "bureau.head");
        assertThat(drill).contains("id=\"no-migrants\"").contains("没有登记的流入人口").doesNotContain("id=\"rate\"");
        assertThat(rows(drill)).isZero();
    }

    @Test
    void theDrillDownListsExactlyTheRowsCountedWithTheReasons() throws Exception {
        String html = page(CHUNJIANG_LINK, "bureau.head");
        assertThat(figure(html, "count-total")).isEqualTo(7);
        assertThat(figure(html, "count-served")).isEqualTo(3);
        assertThat(figure(html, "count-not-served")).isEqualTo(4);
        assertThat(rows(html)).isEqualTo(7);
        assertThat(html).contains("42.86%").contains("未查验到婚育证明").contains("婚育证明已于2012-05-31过期")
                .contains("婚育证明于2012-07-05补交，晚于2012-06-30").contains("已通知限期补办")
                .doesNotContain("鄂婚育证");
        String notServed = page(CHUNJIANG_LINK + "&served=NO", "bureau.head");
        assertThat(rows(notServed)).isEqualTo(4);
        assertThat(figure(notServed, "count-total")).isEqualTo(7);
        assertThat(rows(page(CHUNJIANG_LINK + "&served=YES", "bureau.head"))).isEqualTo(3);
        // The district: every town's rows; menghe's N3 for the services not recorded.
        String district = page("/desk/migrants/services?town=district&from=2012-01-01&to=2012-06-30", "bureau.head");
        assertThat(rows(district)).isEqualTo(10);
        assertThat(district).contains("未登记已告知服务").contains("孟河镇");
    }

    @Test
    void theDrillDownIsPagedInTheDatabase() throws Exception {
        for (int i = 0; i < 51; i++) {
            fixtures.migrant("sanjing", LocalDate.of(2012, 2, 1).plusDays(i), "滇婚育证〔2012〕" + i + "号", null, null,
                    null, true);
        }
        String first = page("/desk/migrants/services?town=sanjing&from=2012-01-01&to=2012-06-30", "bureau.clerk");
        assertThat(figure(first, "count-total")).isEqualTo(51);
        assertThat(rows(first)).isEqualTo(TargetsProperties.DEFAULT_DRILLDOWN_PAGE_SIZE);
        assertThat(first).contains("第 1 / 2 页").contains("page=1").contains("滇婚育证〔2012〕0号")
                .doesNotContain("滇婚育证〔2012〕50号");
        String second = page("/desk/migrants/services?town=sanjing&from=2012-01-01&to=2012-06-30&page=1",
                "bureau.clerk");
        assertThat(rows(second)).isEqualTo(1);
        assertThat(second).contains("滇婚育证〔2012〕50号");
        mvc.perform(get("/desk/migrants/services?page=-1").with(user("bureau.clerk")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(MigrantServiceDeskController.PAGE_MESSAGE)));
    }

    @Test
    void theDrillDownShowsMaskedIdNumbersOnly() throws Exception {
        String full = "32041119840512002X";
        String masked = ResidentIdMasking.mask(full);
        jdbc.update("update case_party set id_number = ?, id_number_masked = ? where case_id = (select id from"
                + " case_file where case_kind = 'MIGRANT_ARRIVAL' and town_slug = 'chunjiang' and applied_on = ?)",
                full, masked, java.sql.Date.valueOf(LocalDate.of(2012, 1, 1)));
        String html = page(CHUNJIANG_LINK, "chunjiang.clerk");
        assertThat(masked).isNotEqualTo(full);
        assertThat(html).contains(masked).doesNotContain(full);
    }

    @Test
    void theDrillDownKeepsToTheUsersTown() throws Exception {
        // A town's clerk without a town: her own town's rows.
        String own = page("/desk/migrants/services?from=2012-01-01&to=2012-06-30", "menghe.clerk");
        assertThat(figure(own, "count-total")).isEqualTo(3);
        assertThat(rows(own)).isEqualTo(3);
        mvc.perform(get(CHUNJIANG_LINK).with(user("menghe.clerk"))).andExpect(status().isForbidden());
        mvc.perform(get("/desk/migrants/services?town=district").with(user("chunjiang.head")))
                .andExpect(status().isForbidden());
        mvc.perform(get(CHUNJIANG_LINK).with(user("hr.liaison"))).andExpect(status().isForbidden());
        // Bad input is named on the page, nothing listed.
        mvc.perform(get("/desk/migrants/services?from=2012-13-01").with(user("bureau.clerk")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("起始日期格式不正确")));
        mvc.perform(get("/desk/migrants/services?served=MAYBE").with(user("bureau.clerk")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(MigrantServiceDeskController.SERVED_MESSAGE)));
    }
}
