package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 流动人口管理服务率 on the targets page in a real browser: a town's clerk sees her town's figure (1 of 2 migrants
 * registered in 2012 served: 50 % against 92 %), follows its drill-down link and finds the two registrations, the one
 * not counted with its reason; a town without registrations says so instead of a rate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MigrantServiceRateBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;

    private Browser browser;

    @BeforeEach
    void data() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        CaseTestSupport.clockAt(LocalDate.of(2012, 7, 15));
        registration("MA-2012-00001", "chunjiang", LocalDate.of(2012, 3, 1), "川婚育证〔2012〕12号");
        registration("MA-2012-00002", "chunjiang", LocalDate.of(2012, 4, 1), null);
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.close();
        }
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void theTownsFigureLinksToTheRegistrationsItCounts() throws IOException {
        browser = new Browser("migrant-service-rate");
        String targets = "http://localhost:" + port + "/desk/targets?year=2012&from=2012-01-01&to=2012-06-30";
        try {
            browser.signInToTheDesk(targets, "chunjiang.clerk", "demo");
            browser.driver().get(targets);
            By row = By.cssSelector("#targets-table tr[data-key='floating-population-service']");
            WebElement figure = browser.await().until(ExpectedConditions.visibilityOfElementLocated(row));
            assertThat(Browser.safeText(figure)).contains("流动人口管理服务率", "92", "50.00%", "1 / 2", "未达标");
            browser.screenshot("targets-migrant-row");
            figure.findElement(By.linkText("流入登记")).click();

            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("migrants")));
            assertThat(browser.driver().findElement(By.id("count-total")).getText()).isEqualTo("2");
            assertThat(browser.driver().findElement(By.id("count-served")).getText()).isEqualTo("1");
            String table = Browser.safeText(browser.driver().findElement(By.id("migrants")));
            assertThat(table).contains("MA-2012-00001", "计入", "MA-2012-00002", "未计入：未查验到婚育证明")
                    .doesNotContain("320411199002020061");
            browser.screenshot("migrant-drilldown");

            // July so far: nothing registered in 春江镇.
            browser.driver().get("http://localhost:" + port
                    + "/desk/targets?year=2012&town=chunjiang&from=2012-07-01&to=2012-07-15");
            WebElement empty = browser.await().until(ExpectedConditions.visibilityOfElementLocated(row));
            assertThat(Browser.safeText(empty)).contains("无数据", "没有登记的流入人口")
                    .doesNotContain("0.00%").doesNotContain("100.00%");
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }

    private void registration(String caseNumber, String town, LocalDate registeredOn, String certificate) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on,"
                        + " created_at, updated_at, version) values (?, ?, 'MIGRANT_ARRIVAL', ?, ?, '流入登记', ?,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", id, caseNumber, town,
                certificate == null ? "AWAITING_CERTIFICATE" : "CERTIFICATE_VERIFIED", Date.valueOf(registeredOn));
        jdbc.update("insert into case_party (id, case_id, party_role, full_name, id_number, id_number_masked)"
                        + " values (?, ?, 'APPLICANT', '王芳', '320411199002020061', '320411********0061')",
                UUID.randomUUID().toString(), id);
        jdbc.update("insert into migrant_arrival_case (case_id, arrival_date, hukou_place, residence_address,"
                        + " certificate_presented, certificate_issuer, certificate_number, services_informed,"
                        + " submission_due) values (?, ?, '四川省', '春江镇某小区', ?, ?, ?, true, ?)",
                id, Date.valueOf(registeredOn.minusDays(2)), certificate != null,
                certificate == null ? null : "四川省某镇", certificate,
                certificate == null ? Date.valueOf(registeredOn.plusDays(28)) : null);
    }
}
