package cn.gov.xinbei.pfp.browser;

import cn.gov.xinbei.pfp.birthregistration.Registrations;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The birth registration in a real browser: a town clerk signs in to the Camunda Tasklist, registers a couple's second
 * child through the start form, completes the town's step (予以登记), and the case then shows on the desk's case
 * timeline as registered, with its 《生育服务证》 number.
 */
class TasklistBirthRegistrationBrowserIT extends TasklistBrowserTest {

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2026, 3, 2);
    }

    @Test
    void townClerkRegistersACoupleAndTheCaseShowsTheCertificateNumber() {
        try {
            tasklist.signIn("chunjiang.clerk", "demo");
            aStartFormIsNotLostByMistake();
            startRegistration();
            tasklist.dismissNotifications();

            tasklist.openTaskInFilter("本组待办", "镇（街道）办理生育登记");
            String caseNumber = tasklist.form().readonlyValue("案件编号");
            assertThat(caseNumber).matches("BR-2026-\\d{5}");
            assertThat(tasklist.form().readonlyValue("登记地依据")).isEqualTo("女方户籍所在地：春江镇魏村12号");
            assertThat(tasklist.form().readonlyValue("登记的子女")).isEqualTo("第2个子女（生育前登记，预产期2026-08-20）");
            assertThat(caseStatus(caseNumber)).isEqualTo("REGISTRATION_REQUESTED");
            tasklist.claimIfNeeded();
            tasklist.form().radio("登记意见", "予以登记，发放《生育服务证》");
            browser.screenshot("registration-filled");
            tasklist.completeTask("镇（街道）办理生育登记");

            // The server: registered, with the first certificate number of the year.
            assertThat(caseStatus(caseNumber)).isEqualTo("BIRTH_REGISTERED");
            String certificate = jdbc.queryForObject("select r.certificate_number from birth_registration_case r"
                    + " join case_file c on c.id = r.case_id where c.case_number = ?", String.class, caseNumber);
            assertThat(certificate).isEqualTo("新生育服务证〔2026〕00001号");
            for (String filter : List.of("我的待办", "本组待办")) {
                tasklist.awaitEmptyFilter(filter);
            }

            // The desk, with the Tasklist's sign-in (no second login): the case timeline shows the kind, the status
            // and the certificate number.
            var driver = browser.driver();
            driver.get("http://localhost:" + port + "/desk/cases/" + caseNumber);
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("case-header")));
            assertThat(driver.findElement(By.cssSelector(".desk-user")).getText()).contains("张敏");
            String header = driver.findElement(By.id("case-header")).getText();
            assertThat(header).contains(caseNumber, "生育登记", "已办理生育登记，已发《生育服务证》");
            assertThat(driver.findElement(By.id("case-events")).getText())
                    .contains("准予生育登记，发放《生育服务证》，编号" + certificate);
            assertThat(driver.findElement(By.id("case-steps")).getText()).contains("镇（街道）办理生育登记", "按期办结");
            browser.screenshot("desk-case");
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }

    /** Esc and 关闭 on a start form with something typed ask first (issue 15); 继续填写 keeps what was typed. */
    private void aStartFormIsNotLostByMistake() {
        var driver = browser.driver();
        By guard = By.cssSelector(".modal .pfp-close-guard");
        tasklist.openStartForm("生育登记");
        tasklist.form().text("女方姓名", "周敏");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertThat(browser.await().until(ExpectedConditions.visibilityOfElementLocated(guard)).getText())
                .contains("尚未提交", "继续填写", "放弃并关闭");
        driver.findElement(By.cssSelector(".pfp-keep-form")).click();
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(guard));
        assertThat(tasklist.form().textValue("女方姓名")).isEqualTo("周敏");
        browser.screenshot("start-form-kept");

        driver.findElement(By.cssSelector(".modal-footer button[ng-click='$dismiss()']")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(guard));
        driver.findElement(By.cssSelector(".pfp-discard-form")).click();
        browser.await().until(d -> d.findElements(By.cssSelector(".modal-dialog")).stream().noneMatch(Browser::safeDisplayed));
    }

    private void startRegistration() {
        tasklist.openStartForm("生育登记");
        tasklist.form().select("登记镇（街道）", "春江镇");
        tasklist.form().select("在该镇（街道）登记的依据", "女方户籍所在地");
        tasklist.form().text("户籍地址或现居住地址", "春江镇魏村12号");
        tasklist.form().date("登记日期", LocalDate.of(2026, 3, 2));
        tasklist.form().date("结婚登记日期", LocalDate.of(2015, 10, 1));
        tasklist.form().text("女方姓名", "周敏");
        tasklist.form().text("女方公民身份号码", Registrations.WIFE_ID);
        tasklist.form().text("男方姓名", "李强");
        tasklist.form().text("男方公民身份号码", Registrations.HUSBAND_ID);
        tasklist.form().select("登记的孩次", "第二个子女");
        tasklist.form().radio("登记时间", "生育前登记（填写预产期）");
        tasklist.form().date("预产期或出生日期", LocalDate.of(2026, 8, 20));
        tasklist.form().checkbox("已查验夫妻双方居民身份证或户口簿", true);
        tasklist.form().checkbox("已查验结婚证", true);
        tasklist.form().checkbox("当事人已签署个人承诺书（代替未能查验的证明）", false);
        tasklist.form().text("联系电话", "13812345678");
        browser.screenshot("start-form-filled");
        System.out.println("[browser] start confirmed: " + tasklist.submitStartForm());
    }

    private String caseStatus(String caseNumber) {
        return jdbc.queryForObject("select status from case_file where case_number = ?", String.class, caseNumber);
    }
}
