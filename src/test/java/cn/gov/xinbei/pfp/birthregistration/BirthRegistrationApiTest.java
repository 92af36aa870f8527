package cn.gov.xinbei.pfp.birthregistration;

import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /api/birth-registration/registrations: every bad input is answered 400 with a Chinese message at its field,
 * and nothing is written (no case, no process, no registration record); a good one is 201 and readable at
 * GET /api/birth-registration/registrations/{caseNumber} by the town, not by another town.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BirthRegistrationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseFileRepository cases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void in2026() {
        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 2));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("wrong check digit", v -> v.put("wifeIdNumber", "320411199002020062"), "wifeIdNumber", "校验位不正确"),
                bad("husband's number is a woman's", v -> v.put("husbandIdNumber", "320411199002020061"),
                        "husbandIdNumber", "性别"),
                bad("no name", v -> v.remove("wifeName"), "wifeName", "女方姓名为必填项"),
                bad("unknown town", v -> v.put("townSlug", "beijing"), "townSlug", "不是本区的镇（街道）"),
                bad("another town's clerk", v -> v.put("townSlug", "menghe"), "townSlug", "只能在本镇（街道）办理生育登记"),
                bad("no basis for the town", v -> v.remove("townBasis"), "townBasis", "登记的依据为必填项"),
                bad("basis not a value", v -> v.put("townBasis", "FRIENDS"), "townBasis", "取值无效"),
                bad("no address", v -> v.put("townBasisAddress", "魏村"), "townBasisAddress", "户籍地址或现居住地址"),
                bad("registered in the future", v -> v.put("registrationDate", "2026-03-03"), "registrationDate",
                        "不能晚于今天"),
                bad("date not a date", v -> v.put("marriageDate", "2015-13-01"), "marriageDate", "格式不正确"),
                bad("married after registering", v -> v.put("marriageDate", "2026-03-03"), "marriageDate",
                        "不能晚于登记日期"),
                bad("no birth order", v -> v.remove("birthOrder"), "birthOrder", "孩次为必填项"),
                bad("birth order zero", v -> v.put("birthOrder", 0), "birthOrder", "应在1至10之间"),
                bad("fourth child", v -> v.put("birthOrder", 4), "birthOrder", "再生育审批"),
                bad("before the registration era", v -> {
                    v.put("registrationDate", "2015-12-01");
                    v.put("birthDate", "2016-05-01");
                }, "registrationDate", "生育登记自2016-01-01起实行"),
                bad("expected birth already past", v -> v.put("birthDate", "2026-02-01"), "birthDate",
                        "预产期不能早于登记日期"),
                bad("expected birth too far ahead", v -> v.put("birthDate", "2027-03-01"), "birthDate",
                        "预产期不能晚于登记日期后10个月"),
                bad("补登 of an unborn child", v -> v.put("birthTiming", "AFTER_BIRTH"), "birthDate",
                        "出生日期不能晚于登记日期"),
                bad("marriage certificate neither seen nor promised", v -> v.put("docMarriageCertificate", false),
                        "docMarriageCertificate", "个人承诺"),
                bad("promise without what", v -> {
                    v.put("docMarriageCertificate", false);
                    v.put("commitmentGiven", true);
                }, "commitmentItems", "承诺事项"),
                bad("phone", v -> v.put("contactPhone", "12345"), "contactPhone", "联系电话"),
                // Issue 16: a marriage on or before a spouse's birth was a 500 (no age on such a date).
                bad("married before the wife was born", v -> v.put("marriageDate", "0000-01-01"), "marriageDate",
                        "不能早于或等于女方的出生日期"),
                bad("too long for the API", v -> v.put("townBasisAddress", "很".repeat(101)), "townBasisAddress", ""));
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, String field, String message) {
        Map<String, Object> body = Registrations.secondChildBeforeBirth();
        body.put("birthOrder", 2);
        change.accept(body);
        return Arguments.of(name, body, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedAtTheFieldAndNothingIsWritten(String name, Map<String, Object> body, String field,
                                                        String message) throws Exception {
        mvc.perform(post("/api/birth-registration/registrations").with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json").content(json.writeValueAsBytes(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].field", hasItem(field)))
                .andExpect(jsonPath("$.violations[*].message", hasItem(containsString(message))));
        assertNothingWritten();
    }

    @Test
    void aBodyThatIsNotJsonOfTheRightShapeIs400() throws Exception {
        mvc.perform(post("/api/birth-registration/registrations").with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json").content("{\"birthOrder\": \"zwei\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/birth-registration/registrations").with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].field", hasItem("wifeIdNumber")));
        assertNothingWritten();
    }

    @Test
    void aGoodRegistrationIsCreatedAndReadByItsTownOnly() throws Exception {
        Map<String, Object> body = Registrations.secondChildBeforeBirth();
        body.put("birthOrder", 2);
        mvc.perform(post("/api/birth-registration/registrations").with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json").content(json.writeValueAsBytes(body)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value("BR-2026-00001"))
                .andExpect(jsonPath("$.article", containsString("2021年修正")));
        mvc.perform(get("/api/birth-registration/registrations/BR-2026-00001").with(httpBasic("chunjiang.head", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("已申请生育登记，待镇（街道）办理"))
                .andExpect(jsonPath("$.townBasisLabel").value("女方户籍所在地"))
                .andExpect(jsonPath("$.birthOrder").value(2))
                .andExpect(jsonPath("$.birthTimingLabel").value("生育前登记"))
                .andExpect(jsonPath("$.contactPhone").doesNotExist());
        mvc.perform(get("/api/birth-registration/registrations/BR-2026-00001").with(httpBasic("menghe.clerk", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/BR-2026-00001").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.kindName").value("生育登记"));
        // The deadline desk lists the town's step with the kind's Chinese name, due in 10 working days.
        mvc.perform(get("/api/deadlines").param("kind", "BIRTH_REGISTRATION").with(httpBasic("chunjiang.head", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].caseNumber").value("BR-2026-00001"))
                .andExpect(jsonPath("$.items[0].kindName").value("生育登记"))
                .andExpect(jsonPath("$.items[0].stepName").value("镇（街道）办理生育登记"))
                .andExpect(jsonPath("$.items[0].dueDate").value("2026-03-16"));
    }

    private void assertNothingWritten() {
        assertThat(cases.count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("birthRegistration").count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from birth_registration_case", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_event", Long.class)).isZero();
    }
}
