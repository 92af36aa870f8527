package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.ClosedCases;
import cn.gov.xinbei.pfp.testing.ClosedCases.Party;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.HashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 案件办理 in a real browser (issue 15): a town clerk finds a closed case of last year by a part of a party's name and
 * by the party's full ID number (never shown in full), opens it, then goes from "我的待办" straight into the step's
 * form in the Tasklist, and finds the same task in the Tasklist by typing its case number into the search.
 */
class WorkspaceBrowserIT extends TasklistBrowserTest {

    private static final String CLOSED_CASE = "SC-2011-00007";
    private static final String CLOSED_WIFE_ID = "320411196203150045";

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2012, 6, 4);
    }

    @Test
    void townClerkFindsAClosedCaseAndGoesFromMyWorkIntoTheStepsForm() {
        String openCase = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple())).getBusinessKey();
        ClosedCases.insert(jdbc, CLOSED_CASE, "SECOND_CHILD", "chunjiang", "CLOSED", LocalDate.of(2011, 6, 1),
                "chunjiang-clerk", new Party("WIFE", "钱淑英", CLOSED_WIFE_ID),
                new Party("HUSBAND", "陈卫东", "32041119600101001X"));
        WebDriver page = browser.driver();
        try {
            // Signed in on the desk only: that sign-in carries the Tasklist (its 办理 links below need no second one).
            signInToTheDesk("chunjiang.clerk");
            page.findElement(By.linkText("案件办理")).click();
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "案件办理"));
            browser.await().until(d -> !d.findElements(caseRow(openCase)).isEmpty());

            search("淑英");
            browser.await().until(d -> !d.findElements(caseRow(CLOSED_CASE)).isEmpty()
                    && d.findElements(caseRow(openCase)).isEmpty());
            assertThat(Browser.safeText(page.findElement(caseRow(CLOSED_CASE))))
                    .contains("照顾再生育一孩审批", "钱淑英（320411********0045）", "春江镇", "已办结");
            browser.screenshot("found-by-name");

            search(CLOSED_WIFE_ID);
            browser.await().until(d -> Browser.safeText(d.findElement(By.id("case-count"))).startsWith("共 1 件"));
            assertThat(page.findElements(caseRow(CLOSED_CASE))).hasSize(1);
            assertThat(page.getPageSource()).doesNotContain(">" + CLOSED_WIFE_ID).doesNotContain(CLOSED_WIFE_ID + "<");
            assertThat(Browser.safeText(page.findElement(By.id("cases")))).doesNotContain(CLOSED_WIFE_ID);
            browser.screenshot("found-by-id");

            page.findElement(caseRow(CLOSED_CASE)).findElement(By.linkText(CLOSED_CASE)).click();
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), CLOSED_CASE));
            assertThat(Browser.safeText(page.findElement(By.id("case-header")))).contains("已办结", "钱淑英");
            browser.screenshot("closed-case");

            // From "我的待办" into the step's form in the Tasklist.
            page.get("http://localhost:" + port + "/desk/work");
            WebElement myWork = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("my-work")));
            assertThat(Browser.safeText(myWork)).contains(openCase, "受理申请");
            myWork.findElement(By.linkText("办理")).click();
            tasklist.awaitOpenedTask("受理申请");
            assertThat(tasklist.form().readonlyValue("案件编号")).isEqualTo(openCase);
            browser.screenshot("task-form");

            // The Tasklist's own search: the case number typed into 筛选任务 finds the case's task, and its card
            // shows the case number and the parties.
            tasklist.openFilter("全部可见任务");
            WebElement input = browser.await().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[cam-widget-search] input.main-field")));
            input.sendKeys(openCase, Keys.ENTER);
            assertThat(tasklist.awaitOnlyEntry(null, "受理申请", openCase, "王芳、李强"))
                    .contains("受理申请", openCase, "王芳、李强");
            browser.screenshot("tasklist-search");
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }

    private void signInToTheDesk(String user) {
        browser.signInToTheDesk("http://localhost:" + port + "/desk", user, "demo");
    }

    private void search(String text) {
        WebElement q = browser.driver().findElement(By.name("q"));
        q.clear();
        q.sendKeys(text);
        browser.driver().findElement(By.cssSelector("form.desk-filters button[type='submit']")).click();
        browser.await().until(d -> text.equals(d.findElement(By.name("q")).getAttribute("value"))
                && d.getCurrentUrl().contains("q="));
    }

    private static By caseRow(String caseNumber) {
        return By.xpath("//table[@id='cases']//tr[td/a[normalize-space()='" + caseNumber + "']]");
    }
}
