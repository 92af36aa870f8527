package cn.gov.xinbei.pfp.browser;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migrant's arrival in a real browser: a town clerk registers a woman who presents her 婚育证明 through the start
 * form (the certificate's fields appear once it is ticked as presented); the case is closed as verified at once.
 */
class TasklistMigrantArrivalBrowserIT extends TasklistBrowserTest {

    @Override
    protected LocalDate startDay() {
        return LocalDate.of(2026, 3, 2);
    }

    @Test
    void townClerkRegistersAnArrivingWomanWithHerCertificate() {
        try {
            tasklist.signIn("chunjiang.clerk", "demo");
            tasklist.openStartForm("流入人口婚育证明查验");
            tasklist.form().select("现居住镇（街道）", "春江镇");
            tasklist.form().date("登记日期", LocalDate.of(2026, 3, 2));
            tasklist.form().date("到达现居住地日期", LocalDate.of(2026, 2, 20));
            tasklist.form().text("姓名", "王丽");
            tasklist.form().text("公民身份号码", "340104199203150026");
            tasklist.form().text("户籍所在地", "安徽省合肥市瑶海区");
            tasklist.form().text("现居住地址", "春江镇圩塘村8号");
            tasklist.form().checkbox("已提交《流动人口婚育证明》", true);
            tasklist.form().text("婚育证明出具地", "合肥市瑶海区红光街道");
            tasklist.form().text("婚育证明编号", "皖流婚〔2026〕0456号");
            tasklist.form().checkbox("已告知其在现居住地可以享受的计划生育服务和奖励、优待，以及应当履行的计划生育相关义务", true);
            browser.screenshot("arrival-start-form-filled");
            String confirmation = tasklist.submitStartForm();
            assertThat(confirmation).contains("MA-2026-00001");

            assertThat(jdbc.queryForObject("select status from case_file where case_number = 'MA-2026-00001'",
                    String.class)).isEqualTo("CERTIFICATE_VERIFIED");
            assertThat(jdbc.queryForObject("select certificate_number from migrant_arrival_case a join case_file c"
                    + " on c.id = a.case_id where c.case_number = 'MA-2026-00001'", String.class))
                    .isEqualTo("皖流婚〔2026〕0456号");
        } catch (RuntimeException | AssertionError e) {
            browser.dumpPage("failure");
            throw e;
        }
    }
}
