package cn.gov.xinbei.pfp.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, points 2 and 4 in a real browser: the HR station's upload opens an arrival; the town's clerk finds
 * 登记核实 in her Tasklist group, completes it (the case is verified); on the desk her town's export has the arrival,
 * she imports the notice her hukou place sent, follows it to the case page, where the timeline shows it beside the
 * printed notice to send back.
 */
class TasklistHrReportedArrivalBrowserIT extends TasklistBrowserTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2026, 3, 5);
    }

    @Test
    void theClerkChecksAnHrReportedArrivalAndSeesTheHukouPlacesNoticeOnTheCasePage() throws Exception {
        try {
            // A body of known length (the API refuses a chunked JSON body of unknown size).
            HttpHeaders jsonHeaders = new HttpHeaders();
            jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
            String rows = json.writeValueAsString(Map.of("kind", "HIRING_CHECK", "town", "chunjiang",
                    "month", "2026-02", "rows", List.of(Map.of("查验日期", "2026-02-16",
                            "用人单位", "常州新北精密机械有限公司", "姓名", "王丽", "公民身份号码", "340104199203150026",
                            "是否出示婚育证明", "是", "婚育证明编号", "皖流婚〔2026〕0456号"))));
            ResponseEntity<String> upload = rest.withBasicAuth("hr.liaison", "demo").postForEntity(
                    "/api/department-data/uploads", new HttpEntity<>(rows.getBytes(StandardCharsets.UTF_8), jsonHeaders),
                    String.class);
            assertThat(upload.getStatusCode().value()).as(upload.getBody()).isEqualTo(201);

            tasklist.signIn("chunjiang.clerk", "demo");
            tasklist.openTaskInFilter("本组待办", "登记核实（人力资源保障站报告）");
            tasklist.claimIfNeeded();
            tasklist.form().text("户籍所在地", "安徽省合肥市瑶海区");
            tasklist.form().text("现居住地址", "春江镇圩塘村8号");
            tasklist.form().text("婚育证明出具地", "合肥市瑶海区红光街道");
            tasklist.form().checkbox("已告知其在现居住地可以享受的计划生育服务和奖励、优待，以及应当履行的计划生育相关义务", true);
            browser.screenshot("hr-report-check-filled");
            tasklist.completeTask("登记核实（人力资源保障站报告）");
            browser.await().until(d -> "CERTIFICATE_VERIFIED".equals(jdbc.queryForObject(
                    "select status from case_file where case_number = 'MA-2026-00001'", String.class)));

            String notice = "\uFEFF通报编号,通报事项,通报日期,发出地,接收地,姓名,公民身份号码,婚育证明编号,通报内容\r\n"
                    + "皖瑶通〔2026〕12号,婚育证明出具,2026-03-04,安徽省合肥市瑶海区红光街道,江苏省常州市新北区春江镇,王丽,"
                    + "340104199203150026,皖流婚〔2026〕0456号,证明属实，已婚，生育一孩\r\n";
            Path file = Files.createTempFile("notices-", ".csv");
            Files.writeString(file, notice, StandardCharsets.UTF_8);
            try (Browser desk = new Browser("hr-arrival-desk")) {
                // On the desk: the town's export has the checked arrival; the notice from Hefei is imported.
                desk.signInToTheDesk("http://localhost:" + port + "/desk/migrant-exchange", "chunjiang.clerk", "demo");
                WebDriver page = desk.driver();
                if (!page.getCurrentUrl().contains("/desk/migrant-exchange")) {
                    page.get("http://localhost:" + port + "/desk/migrant-exchange");
                }
                desk.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("import-form")));
                Browser.Fetched export = desk.fetch("/api/migrant-exchange/notices.csv?town=chunjiang");
                assertThat(export.status()).isEqualTo(200);
                assertThat(new String(export.body(), StandardCharsets.UTF_8))
                        .contains("MA-2026-00001,婚育证明查验,2026-02-16,江苏省常州市新北区春江镇,安徽省合肥市瑶海区,王丽");
                new Select(page.findElement(By.cssSelector("#import-form select[name='town']")))
                        .selectByVisibleText("春江镇");
                page.findElement(By.cssSelector("#import-form input[name='file']"))
                        .sendKeys(file.toAbsolutePath().toString());
                desk.screenshot("exchange-import-filled");
                page.findElement(By.cssSelector("#import-form button[type='submit']")).click();
                desk.await().until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//table[@id='import-recorded']//a[normalize-space()='MA-2026-00001']"))).click();

                WebElement events = desk.await().until(ExpectedConditions.visibilityOfElementLocated(
                        By.id("case-events")));
                assertThat(events.getText()).contains("收到外地通报")
                        .contains("收到安徽省合肥市瑶海区红光街道的通报（编号皖瑶通〔2026〕12号，2026-03-04）");
                WebElement link = desk.await().until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//section[@id='case-documents']//a[contains(normalize-space(), '流动人口计划生育信息通报单')]")));
                desk.screenshot("desk-case-notice");
                Browser.Fetched pdf = desk.fetch(link.getAttribute("href"));
                assertThat(pdf.status()).isEqualTo(200);
                try (PDDocument document = Loader.loadPDF(pdf.body())) {
                    assertThat(new PDFTextStripper().getText(document).replaceAll("\\R", ""))
                            .contains("流动人口计划生育信息通报单", "MA-2026-00001", "安徽省合肥市瑶海区", "已查验婚育证明");
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }
}
