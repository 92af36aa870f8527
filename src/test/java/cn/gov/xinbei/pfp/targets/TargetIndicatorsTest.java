package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.departmentdata.DepartmentDataProperties;
import cn.gov.xinbei.pfp.departmentdata.domain.RecordKind;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.targets.domain.ReportPeriod;
import cn.gov.xinbei.pfp.targets.domain.Target;
import cn.gov.xinbei.pfp.targets.domain.TargetKind;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each computed indicator on the hand-made data set of {@link TargetFixtures} (period 1 January to 30 June 2012,
 * today 15 July 2012), with the expected figures worked out here; and the 2012 targets as configured.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TargetIndicatorsTest {

    static final ReportPeriod HALF_YEAR = new ReportPeriod(2012, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 6, 30));

    @Autowired
    TargetReports reports;
    @Autowired
    TargetCatalog catalog;
    @Autowired
    Organization organization;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetsProperties properties;
    @Autowired
    DepartmentDataProperties departmentData;
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

    private static void assertFigure(TargetReports.Row row, long numerator, long denominator, String value, String status) {
        assertThat(row.numerator()).as(row.key() + " numerator").isEqualTo(numerator);
        assertThat(row.denominator()).as(row.key() + " denominator").isEqualTo(denominator);
        if (value == null) {
            assertThat(row.value()).as(row.key() + " value").isNull();
        } else {
            assertThat(row.value()).as(row.key() + " value").isEqualByComparingTo(value);
        }
        assertThat(row.statusLabel()).as(row.key() + " status").isEqualTo(status);
    }

    @Test
    void theTargetsOf2012AreEveryRowOfBothAnnexesForEveryTown() {
        assertThat(catalog.years()).containsExactly(2012);
        for (var town : organization.towns()) {
            List<Target> targets = catalog.targets(2012, town.slug());
            // Annex 1: 10 rows; annex 2: 21 rows.
            assertThat(targets).filteredOn(t -> t.annex() == 1).hasSize(10);
            assertThat(targets).filteredOn(t -> t.annex() == 2).hasSize(21);
            assertThat(targets).allSatisfy(t -> assertThat(t.value()).isNotBlank());
        }
        Target chunjiang = catalog.target(2012, "chunjiang", "birth-policy-compliance").orElseThrow();
        assertThat(chunjiang.minimum()).isEqualByComparingTo("98");
        assertThat(catalog.target(2012, "xinqiao", "birth-policy-compliance").orElseThrow().minimum())
                .isEqualByComparingTo("99");
        assertThat(catalog.target(2012, null, "birth-policy-compliance").orElseThrow().value()).isEqualTo("98");
        // 孕前优生健康检查人数: 400 couples shared out; the shares add up to the district's figure.
        int couples = organization.towns().stream().mapToInt(t -> Integer.parseInt(
                catalog.target(2012, t.slug(), "preconception-check-count").orElseThrow().value())).sum();
        assertThat(couples).isEqualTo(400);
        assertThat(catalog.target(2012, "chunjiang", "preconception-check-count").orElseThrow().kind())
                .isEqualTo(TargetKind.COUNT);
        Target band = catalog.target(2012, "hehai", "sex-ratio-band").orElseThrow();
        assertThat(band.kind()).isEqualTo(TargetKind.BAND);
        assertThat(band.bandLow()).isEqualByComparingTo("103");
        assertThat(band.bandHigh()).isEqualByComparingTo("107");
        assertThat(catalog.target(2012, "hehai", "sex-ratio").orElseThrow().value()).isEqualTo("基本正常");
    }

    @Test
    void birthPolicyCompliance() {
        // chunjiang: 7 births in the period, 6 compliant, 1 pending -> 6 / 6 = 100 %, the pending one apart.
        TargetReports.Row chunjiang = row("chunjiang", "birth-policy-compliance");
        assertFigure(chunjiang, 6, 6, "100.00", "达标");
        assertThat(chunjiang.pending()).isEqualTo(1);
        assertThat(chunjiang.links()).extracting(TargetReports.Link::href).contains(
                "/desk/births?town=chunjiang&from=2012-01-01&to=2012-06-30&status=PENDING");
        // menghe: 49 / 50 = 98 %, exactly its target 98: met. xinqiao: the same 98 % against 99: not met.
        assertFigure(row("menghe", "birth-policy-compliance"), 49, 50, "98.00", "达标");
        assertFigure(row("xinqiao", "birth-policy-compliance"), 49, 50, "98.00", "未达标");
        // xuejia: all 203 births pending -> nothing decided: no data.
        TargetReports.Row xuejia = row("xuejia", "birth-policy-compliance");
        assertFigure(xuejia, 0, 0, null, "无数据");
        assertThat(xuejia.pending()).isEqualTo(203);
        // District: 6 + 49 + 49 = 104 of 6 + 50 + 50 = 106 = 98.11 % against 98; 1 + 203 + 208 + 6 = 418 pending.
        TargetReports.Row district = row(null, "birth-policy-compliance");
        assertFigure(district, 104, 106, "98.11", "达标");
        assertThat(district.pending()).isEqualTo(418);
        assertThat(district.links()).extracting(TargetReports.Link::href)
                .contains("/desk/births?from=2012-01-01&to=2012-06-30&status=COMPLIANT");
    }

    @Test
    void sexRatioAtBirth() {
        // xuejia 103 boys : 100 girls = 103.00, the band's low end: normal.
        assertFigure(row("xuejia", "sex-ratio-band"), 103, 100, "103.00", "达标");
        // luoxi 108 : 100 = 108.00, above 107.
        assertFigure(row("luoxi", "sex-ratio-band"), 108, 100, "108.00", "未达标");
        // chunjiang 4 boys : 3 girls (the boy of 5 July is outside) = 133.33 from 7 births: too few, not judged.
        TargetReports.Row chunjiang = row("chunjiang", "sex-ratio-band");
        assertFigure(chunjiang, 4, 3, "133.33", "无数据");
        assertThat(chunjiang.note()).contains("样本不足");
        // Annex 1's 基本正常 row is judged on the same band.
        assertFigure(row("luoxi", "sex-ratio"), 108, 100, "108.00", "未达标");
        // District: boys 4 + 25 + 25 + 103 + 108 + 5 = 270, girls 3 + 25 + 25 + 100 + 100 + 1 = 254 -> 106.30.
        assertFigure(row(null, "sex-ratio-band"), 270, 254, "106.30", "达标");
    }

    @Test
    void assistanceDeclarationAndChangeAccuracy() {
        // chunjiang declarations decided in the period: C1 confirmed (accurate), C2 confirmed but later stopped as
        // found ineligible, C3 refused -> 1 of 3; changes decided: E2 confirmed, E1 rejected, E3 confirmed -> 2 of 3.
        // Together 3 / 6 = 50 % against 100.
        assertFigure(row("chunjiang", "assistance-declaration-accuracy"), 3, 6, "50.00", "未达标");
        // menghe: one confirmed declaration, 1 / 1 = 100 %, exactly the target.
        assertFigure(row("menghe", "assistance-declaration-accuracy"), 1, 1, "100.00", "达标");
        assertFigure(row(null, "assistance-declaration-accuracy"), 4, 7, "57.14", "未达标");
        assertFigure(row("xinqiao", "assistance-declaration-accuracy"), 0, 0, null, "无数据");
    }

    @Test
    void assistancePayout() {
        // chunjiang entitlements due in the period: E1 (credited 20 Mar), E2 (transferred, not credited), E3 (ran in
        // January; paid for 2011 only), E5 (one-off of 2012, credited 3 July, after the period) -> 1 / 4 = 25 %.
        // Not due: E4 (one-off of 2011), E6 (starts in August), E7 (ended 2011).
        TargetReports.Row chunjiang = row("chunjiang", "reward-policy-fulfilment");
        assertFigure(chunjiang, 1, 4, "25.00", "未达标");
        assertThat(chunjiang.target()).isEqualTo("基本兑现");
        assertThat(chunjiang.links()).extracting(TargetReports.Link::href)
                .containsExactly("/desk/assistance/payouts?town=chunjiang&from=2012-01-01&to=2012-06-30");
        assertFigure(row("menghe", "reward-policy-fulfilment"), 1, 1, "100.00", "达标");
        assertFigure(row(null, "reward-policy-fulfilment"), 2, 5, "40.00", "未达标");
    }

    @Test
    void informationTimeliness() {
        // Today 15 July: January to June are all due (June's by 10 July). chunjiang expects 6 months x 7 kinds = 42
        // (the hiring checks of the HR stations are the seventh): January 6 on time, February 5 on time (10 March
        // 23:00 is the due day) and SURGERY late, March BIRTH on time; no hiring checks.
        assertFigure(row("chunjiang", "information-coverage-timeliness"), 12, 42, "28.57", "未达标");
        // The district expects 42 x 9 towns = 378; only chunjiang's 12 arrived on time.
        assertFigure(row(null, "information-coverage-timeliness"), 12, 378, "3.17", "未达标");
        assertFigure(row("menghe", "information-coverage-timeliness"), 0, 42, "0.00", "未达标");
    }

    @Test
    void hiringChecksCountTowardTheHrDepartmentsTimeliness() {
        // The HR stations' hiring checks are an expected upload of the HR department, like its marriages.
        assertThat(properties.expectedUploads()).contains(new TargetsProperties.ExpectedUpload("hr", "HIRING_CHECK"));
        assertThat(departmentData.kinds().get(RecordKind.HIRING_CHECK).department()).isEqualTo("hr");
        TargetFixtures fixtures = new TargetFixtures(jdbc);
        // chunjiang: January's hiring checks on the due day (10 February, 23:30 China time: still the 10th) count
        // as timely; February's on 11 March 00:10 China time (10 March 16:10 UTC) are late; menghe's January on 1
        // March late.
        fixtures.upload("hr", "HIRING_CHECK", "chunjiang", "2012-01", LocalDateTime.of(2012, 2, 10, 23, 30));
        fixtures.upload("hr", "HIRING_CHECK", "chunjiang", "2012-02", LocalDateTime.of(2012, 3, 11, 0, 10));
        fixtures.upload("hr", "HIRING_CHECK", "menghe", "2012-01", LocalDateTime.of(2012, 3, 1, 9, 0));
        assertFigure(row("chunjiang", "information-coverage-timeliness"), 13, 42, "30.95", "未达标");
        assertFigure(row("menghe", "information-coverage-timeliness"), 0, 42, "0.00", "未达标");
        assertFigure(row(null, "information-coverage-timeliness"), 13, 378, "3.44", "未达标");
    }

    @Test
    void informationTimelinessCountsOnlyMonthsAlreadyDue() {
        // On 15 April the year so far has January, February and March due (April's by 10 May): 3 x 7 = 21 for
        // chunjiang, of which 6 + 5 + 1 = 12 on time.
        CaseTestSupport.clockAt(LocalDate.of(2012, 4, 15));
        ReportPeriod soFar = new ReportPeriod(2012, LocalDate.of(2012, 1, 1), LocalDate.of(2012, 4, 15));
        TargetReports.Row chunjiang = reports.rows(soFar, "chunjiang").stream()
                .filter(r -> r.key().equals("information-coverage-timeliness")).findFirst().orElseThrow();
        assertFigure(chunjiang, 12, 21, "57.14", "未达标");
    }

    @Test
    void lawEnforcementStepsDoneInTime() {
        // chunjiang's own steps with a due date completed in the period: A1 on time, A2 late, A4 on time (the due
        // day), B1 on time, B2 late -> 3 / 5 = 60 %. Not counted: A5 (no due date), A6 (open), B3 (cancelled, police).
        assertFigure(row("chunjiang", "law-enforcement-responsibility"), 3, 5, "60.00", "未达标");
        // District: also the bureau's A3 (on time) -> 4 / 6; B4 (2 July) is after the period.
        assertFigure(row(null, "law-enforcement-responsibility"), 4, 6, "66.67", "未达标");
        assertFigure(row("menghe", "law-enforcement-responsibility"), 0, 0, null, "无数据");
    }

    @Test
    void timelyPublicPosting() {
        // Posting steps: A4 结果公示 on time, B1 村审议公示 on time, B2 镇初审公示 late -> 2 / 3; A2 (second child's
        // 镇审核, same task id as the assistance posting) is not a posting.
        assertFigure(row("chunjiang", "association-activities"), 2, 3, "66.67", "未达标");
        assertFigure(row(null, "association-activities"), 2, 3, "66.67", "未达标");
    }

    @Test
    void everyOtherTargetIsAssessedByHand() {
        List<TargetReports.Row> rows = reports.rows(HALF_YEAR, "chunjiang");
        assertThat(rows).hasSize(31);
        assertThat(rows).filteredOn(r -> r.indicator() == null).hasSize(22)
                .allSatisfy(r -> {
                    assertThat(r.statusLabel()).isEqualTo("人工考核");
                    assertThat(r.value()).isNull();
                    assertThat(r.links()).isEmpty();
                });
        assertThat(rows).filteredOn(r -> r.indicator() != null).allSatisfy(r -> assertThat(r.formula()).isNotBlank());
        TargetReports.Row count = rows.stream().filter(r -> r.key().equals("preconception-check-count")).findFirst()
                .orElseThrow();
        assertThat(count.target()).isEqualTo("110");
    }

    @Test
    void reportCountsStatusesAndChartFigures() {
        TargetReports.Report report = reports.report(HALF_YEAR, null, organization.towns());
        assertThat(report.townName()).isEqualTo("新北区");
        assertThat(report.towns()).hasSize(9);
        TargetReports.TownFigures xinqiao = report.towns().stream().filter(t -> t.town().equals("xinqiao"))
                .findFirst().orElseThrow();
        assertThat(xinqiao.compliance()).isEqualByComparingTo("98.00");
        assertThat(xinqiao.complianceTarget()).isEqualByComparingTo("99");
        assertThat(xinqiao.complianceStatus()).isEqualTo("未达标");
        assertThat(report.sexRatioLow()).isEqualByComparingTo(BigDecimal.valueOf(103));
        long total = report.statusCounts().values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).isEqualTo(31);
    }
}
