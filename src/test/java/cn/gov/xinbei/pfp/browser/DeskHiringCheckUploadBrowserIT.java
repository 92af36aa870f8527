package cn.gov.xinbei.pfp.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20 point 3 in a real browser: the HR liaison uploads the HR stations' hiring checks of February 2012 for
 * 春江镇 on the desk page 部门月报; the upload's page counts the rows kept and names the bad row at its column.
 */
class DeskHiringCheckUploadBrowserIT extends TasklistBrowserTest {

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2012, 3, 5);
    }

    @Test
    void hrLiaisonUploadsHiringChecksAndSeesTheBadRowAtItsColumn() throws Exception {
        Path file = Files.createTempFile("hiring-checks-", ".csv");
        Files.writeString(file, String.join("\r\n",
                "查验日期,用人单位,姓名,公民身份号码,是否出示婚育证明,婚育证明编号",
                "2012-02-15,常州新北精密机械有限公司,赵丽,320411198709090042,是,皖流婚〔2011〕0123号",
                "2012-02-16,常州龙城电子有限公司,周敏,320411199002020061,否,",
                "2012-02-17,常州龙城电子有限公司,王芳,320411198503010027,是,") + "\r\n", StandardCharsets.UTF_8);
        WebDriver page = browser.driver();
        try {
            browser.signInToTheDesk("http://localhost:" + port + "/desk/department-data", "hr.liaison", "demo");
            if (!page.getCurrentUrl().contains("/desk/department-data")) {
                page.get("http://localhost:" + port + "/desk/department-data");
            }
            WebElement kind = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.name("kind")));
            new Select(kind).selectByVisibleText("招用流动人口查验婚育证明");
            new Select(page.findElement(By.name("town"))).selectByVisibleText("春江镇");
            WebElement month = page.findElement(By.name("month"));
            ((JavascriptExecutor) page).executeScript("arguments[0].value = '2012-02';", month);
            page.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
            browser.screenshot("hiring-upload-filled");
            page.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type='submit']")).click();

            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                    "招用流动人口查验婚育证明"));
            String text = Browser.bodyText(page);
            assertThat(page.findElement(By.tagName("h1")).getText()).contains("春江镇", "2012-02");
            assertThat(text).contains("接收\n2").contains("错误\n1")
                    .contains("婚育证明编号", "已出示婚育证明的，须填写婚育证明编号");
            assertThat(text).doesNotContain("320411198503010027");
            browser.screenshot("hiring-upload-result");
            assertThat(jdbc.queryForObject("select count(*) from department_record where record_kind = 'HIRING_CHECK'",
                    Integer.class)).isEqualTo(2);
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
