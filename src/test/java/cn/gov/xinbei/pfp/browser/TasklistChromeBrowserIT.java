package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.secondchild.Applications;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 point 4, what the Tasklist shows beside a task (scripts/task-chrome.js, styles/user-styles.css): the link
 * into Cockpit only for users whose authorizations open Cockpit (the bureau's clerks), never for a town's clerk, for
 * whom it led to an English 403 page; and no unexplained priority number on the task cards.
 */
class TasklistChromeBrowserIT extends TasklistBrowserTest {

    private static final By COCKPIT_LINK = By.cssSelector("section.task-card a.instance-link");
    private static final By CARD_PRIORITY = By.cssSelector(".tasks-list .task .priority");

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2012, 3, 1);
    }

    @Test
    void theCockpitLinkOnlyForCockpitUsersAndNoPriorityOnTheCards() {
        ProcessInstance atTown = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple()));
        Map<String, Object> second = new HashMap<>(Applications.onlyChildCouple());
        second.put("wifeIdNumber", "320411198506120045");
        ProcessInstance atBureau = runtimeService.startProcessInstanceByKey("secondChildApproval", second);
        complete(atBureau, Map.of("acceptanceDecision", "ACCEPT"));
        complete(atBureau, Map.of("townRecommendation", "APPROVE", "townOpinion", "情况属实，同意上报"));
        try {
            tasklist.signIn("bureau.clerk", "demo");
            tasklist.openTaskInFilter("本组待办", "区人口计生局审批");
            browser.await().until(d -> d.findElements(COCKPIT_LINK).stream().anyMatch(Browser::safeDisplayed));
            assertThat(browser.driver().findElement(COCKPIT_LINK).getAttribute("href")).contains("/cockpit/");
            assertPriorityNotShown();

            tasklist.signOut();
            tasklist.signIn("chunjiang.clerk", "demo");
            tasklist.openTaskInFilter("本组待办", "受理申请");
            // The link is in the page, hidden until the user's applications say Cockpit: wait for task-chrome.js's
            // answer for this user, then look.
            browser.await().until(d -> !d.findElements(COCKPIT_LINK).isEmpty());
            browser.await().until(d -> "chunjiang.clerk:false".equals(((JavascriptExecutor) d)
                    .executeScript("return document.documentElement.getAttribute('data-pfp-cockpit-checked');")));
            assertThat(browser.driver().findElements(COCKPIT_LINK)).noneMatch(Browser::safeDisplayed);
            assertThat((Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.classList.contains('pfp-cockpit-allowed');")).isFalse();
            assertPriorityNotShown();
            browser.screenshot("town-clerk-without-cockpit-link");
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
        assertThat(atTown.getId()).isNotBlank();
    }

    private void assertPriorityNotShown() {
        List<WebElement> priorities = browser.driver().findElements(CARD_PRIORITY);
        assertThat(priorities).as("the cards carry the engine's priority element").isNotEmpty();
        assertThat(priorities).noneMatch(Browser::safeDisplayed);
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.complete(task.getId(), new HashMap<>(variables));
    }
}
