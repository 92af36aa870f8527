package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.supervision.SupervisionService;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisors' desk in a real browser. A second-child application of 春江镇 was not accepted within its five
 * working days; the escalation scan opened a 督办 item. The bureau head finds the overdue step on the deadline page
 * (charts, filters, search by ID number, masked IDs, the case timeline) and the item on the 督办 page; the town clerk
 * answers it and the town head closes it, each in their own browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeskSupervisionBrowserIT {

    /** Registered on Thursday 2012-03-01: acceptance due Thursday 03-08; on Monday 03-12 it is overdue. */
    private static final LocalDate REGISTERED = LocalDate.of(2012, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2012, 3, 12);

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    SupervisionService supervision;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Browser> browsers = new ArrayList<>();
    private String testName;
    private String caseNumber;

    @BeforeEach
    void overdueCaseWithASupervisionItem(TestInfo info) {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
        CaseTestSupport.clockAt(REGISTERED);
        caseNumber = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple())).getBusinessKey();
        CaseTestSupport.clockAt(TODAY);
        assertThat(supervision.escalateOverdueSteps()).as("items opened by the scan").isEqualTo(1);
    }

    @AfterEach
    void closeBrowsersAndCleanUp() throws IOException {
        try {
            for (Browser browser : browsers) {
                browser.close();
            }
        } finally {
            CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        }
    }

    @Test
    void bureauHeadFollowsAnOverdueStepAndTheTownAnswersTheSupervision() throws IOException {
        Browser head = signIn("bureau.head");
        try {
            WebDriver page = head.driver();
            page.findElement(By.linkText("期限监控")).click();
            head.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("count-overdue")));
            assertThat(page.findElement(By.id("count-overdue")).getText()).isEqualTo("1");
            // ECharts drew the charts (SVG text in each chart box).
            head.await().until(d -> !d.findElements(By.cssSelector(".desk-chart svg text")).isEmpty());
            WebElement row = rowOf(page, caseNumber);
            assertThat(row.getText()).contains("受理申请", "已逾期", "春江镇", "行政许可法",
                    ResidentIdMasking.mask(Applications.WIFE_ID));
            assertThat(page.getPageSource()).doesNotContain(Applications.WIFE_ID);
            head.screenshot("deadlines");

            // Another town: nothing; the wife's full ID number: her case again, still masked.
            new Select(page.findElement(By.name("town"))).selectByVisibleText("孟河镇");
            submitFilters(head);
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.desk-table"),
                    "没有符合条件的在办环节"));
            new Select(page.findElement(By.name("town"))).selectByIndex(0);
            page.findElement(By.name("q")).sendKeys(Applications.WIFE_ID);
            submitFilters(head);
            head.await().until(d -> !d.findElements(caseRow(caseNumber)).isEmpty());
            assertThat(rowOf(page, caseNumber).getText()).contains(ResidentIdMasking.mask(Applications.WIFE_ID));
            head.screenshot("searched-by-id");

            rowOf(page, caseNumber).findElement(By.linkText("时间线")).click();
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), caseNumber));
            assertThat(page.findElement(By.tagName("main")).getText()).contains("受理申请");
            head.screenshot("timeline");

            page.findElement(By.linkText("督办事项")).click();
            head.await().until(d -> !d.findElements(caseRow(caseNumber)).isEmpty());
            assertThat(rowOf(page, caseNumber).getText()).contains("待答复", "受理申请", "春江镇经办人");
            rowOf(page, caseNumber).findElement(By.linkText(caseNumber)).click();
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), caseNumber));
            // The head reads the item but answers for no one.
            assertThat(page.findElements(By.name("answer"))).isEmpty();
            String itemUrl = page.getCurrentUrl();

            Browser clerk = signIn("chunjiang.clerk");
            clerk.driver().get(itemUrl);
            clerk.await().until(ExpectedConditions.visibilityOfElementLocated(By.name("answer")))
                    .sendKeys("申请人补正材料未按时送达，已电话催告，预计3月14日前受理完毕。");
            clerk.screenshot("answer");
            clerk.driver().findElement(By.xpath("//button[normalize-space()='提交答复']")).click();
            clerk.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "待审阅"));
            clerk.screenshot("answered");

            Browser townHead = signIn("chunjiang.head");
            townHead.driver().get(itemUrl);
            townHead.await().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("input[name='reviewDecision'][value='ACCEPT']"))).click();
            townHead.driver().findElement(By.xpath("//button[normalize-space()='提交审阅意见']")).click();
            townHead.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已办结"));
            townHead.screenshot("closed");

            page.navigate().refresh();
            head.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已办结"));
            assertThat(page.findElement(By.tagName("main")).getText()).contains("张敏", "冯建国")
                    .doesNotContain("chunjiang.clerk", "chunjiang.head");
        } catch (RuntimeException | AssertionError e) {
            browsers.forEach(b -> b.dumpPage("failure"));
            throw e;
        }
    }

    private Browser signIn(String user) throws IOException {
        Browser browser = new Browser(testName + "-" + user);
        browsers.add(browser);
        browser.signInToTheDesk("http://localhost:" + port + "/desk", user, "demo");
        assertThat(browser.driver().getTitle()).contains("督查台");
        return browser;
    }

    private static void submitFilters(Browser browser) {
        browser.driver().findElement(By.cssSelector("form.desk-filters button[type='submit']")).click();
    }

    private static By caseRow(String caseNumber) {
        return By.xpath("//table[contains(@class,'desk-table')]//tr[td[normalize-space()='" + caseNumber
                + "' or a[normalize-space()='" + caseNumber + "']]]");
    }

    private static WebElement rowOf(WebDriver page, String caseNumber) {
        return page.findElement(caseRow(caseNumber));
    }
}
