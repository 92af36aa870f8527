package cn.gov.xinbei.pfp.migrantcertificate;

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
 * POST /api/migrant-certificate/applications: every bad input is answered 400 with a Chinese message at its field,
 * and nothing is written (no case, no process, no certificate record, no timeline); a good one is 201 and readable
 * at GET /api/migrant-certificate/applications/{caseNumber} by the town, not by another town.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MigrantCertificateApiTest {

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
                bad("wrong check digit", v -> v.put("applicantIdNumber", "320411199002020062"), "applicantIdNumber",
                        "校验位不正确"),
                bad("ID number of 17 characters", v -> v.put("applicantIdNumber", "32041119900202006"),
                        "applicantIdNumber", "应为18位"),
                bad("applicant is a man", v -> v.put("applicantIdNumber", Certificates.SPOUSE_ID), "applicantIdNumber",
                        "成年育龄妇女本人办理"),
                bad("applicant is a girl", v -> {
                    v.put("applicantIdNumber", "320411201001010021");
                    v.put("maritalStatus", "UNMARRIED");
                    v.remove("spouseIdNumber");
                    v.remove("marriageDate");
                }, "applicantIdNumber", "未满18周岁"),
                bad("spouse is a woman", v -> v.put("spouseIdNumber", Certificates.APPLICANT_ID), "spouseIdNumber", "性别"),
                bad("married without spouse", v -> v.remove("spouseIdNumber"), "spouseIdNumber", "配偶身份证号码为必填项"),
                bad("married without date", v -> v.remove("marriageDate"), "marriageDate", "结婚登记日期为必填项"),
                bad("unmarried with a spouse", v -> v.put("maritalStatus", "UNMARRIED"), "spouseIdNumber",
                        "不填写配偶信息"),
                bad("marital status not a value", v -> v.put("maritalStatus", "COMPLICATED"), "maritalStatus", "取值无效"),
                bad("no name", v -> v.remove("applicantName"), "applicantName", "申请人姓名为必填项"),
                bad("unknown town", v -> v.put("townSlug", "beijing"), "townSlug", "不是本区的镇（街道）"),
                bad("another town's clerk", v -> v.put("townSlug", "menghe"), "townSlug", "只能为本镇（街道）户籍"),
                bad("no hukou address", v -> v.put("hukouAddress", "魏村"), "hukouAddress", "户籍地址"),
                bad("applied in the future", v -> v.put("applicationDate", "2026-03-03"), "applicationDate",
                        "不能晚于今天"),
                bad("date not a date", v -> v.put("marriageDate", "2015-13-01"), "marriageDate", "格式不正确"),
                bad("married before she was born", v -> v.put("marriageDate", "0000-01-01"), "marriageDate",
                        "不能早于或等于申请人的出生日期"),
                bad("children negative", v -> v.put("childrenCount", -1), "childrenCount", "应在0至10之间"),
                bad("no children count", v -> v.remove("childrenCount"), "childrenCount", "必填项"),
                bad("another Changzhou district", v -> v.put("destination", "OTHER_DISTRICT_OF_CHANGZHOU"),
                        "destination", "不属于流动人口"),
                bad("departure far ahead", v -> v.put("departureDate", "2027-06-01"), "departureDate", "12个月"),
                bad("ID card not seen", v -> v.put("docIdentity", false), "docIdentity", "本人居民身份证"),
                bad("marriage certificate not seen", v -> v.put("docMarriageCertificate", false),
                        "docMarriageCertificate", "结婚证"),
                bad("phone", v -> v.put("contactPhone", "12345"), "contactPhone", "联系电话"),
                bad("too long for the API", v -> v.put("destinationAddress", "很".repeat(101)), "destinationAddress", ""));
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, String field, String message) {
        Map<String, Object> body = Certificates.marriedWomanLeavingForAnotherProvince();
        change.accept(body);
        return Arguments.of(name, body, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedAtTheFieldAndNothingIsWritten(String name, Map<String, Object> body, String field,
                                                        String message) throws Exception {
        mvc.perform(post("/api/migrant-certificate/applications").with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json").content(json.writeValueAsBytes(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].field", hasItem(field)))
                .andExpect(jsonPath("$.violations[*].message", hasItem(containsString(message))));
        assertNothingWritten();
    }

    @Test
    void aBodyThatIsNotJsonOfTheRightShapeIs400() throws Exception {
        mvc.perform(post("/api/migrant-certificate/applications").with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json").content("{\"childrenCount\": \"zwei\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/migrant-certificate/applications").with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json").content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].field", hasItem("applicantIdNumber")));
        assertNothingWritten();
    }

    @Test
    void onlyClerksApply() throws Exception {
        for (String user : new String[]{"chunjiang.head", "hr.liaison", "admin"}) {
            mvc.perform(post("/api/migrant-certificate/applications").with(httpBasic(user, "demo"))
                            .contentType("application/json")
                            .content(json.writeValueAsBytes(Certificates.marriedWomanLeavingForAnotherProvince())))
                    .andExpect(status().isForbidden());
        }
        assertNothingWritten();
    }

    @Test
    void aGoodApplicationIsCreatedAndReadByItsTownOnly() throws Exception {
        mvc.perform(post("/api/migrant-certificate/applications").with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json")
                        .content(json.writeValueAsBytes(Certificates.marriedWomanLeavingForAnotherProvince())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value("MC-2026-00001"));
        mvc.perform(get("/api/migrant-certificate/applications/MC-2026-00001").with(httpBasic("chunjiang.head", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("已申请婚育证明，待镇（街道）出具"))
                .andExpect(jsonPath("$.maritalStatusLabel").value("已婚"))
                .andExpect(jsonPath("$.destinationLabel").value("外省（自治区、直辖市）"))
                .andExpect(jsonPath("$.childrenCount").value(1))
                .andExpect(jsonPath("$.contactPhone").doesNotExist());
        mvc.perform(get("/api/migrant-certificate/applications/MC-2026-00001").with(httpBasic("menghe.clerk", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/MC-2026-00001").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.kindName").value("流动人口婚育证明"));
        // The deadline desk lists the town's step with the kind's Chinese name, due in 7 working days.
        mvc.perform(get("/api/deadlines").param("kind", "MIGRANT_CERTIFICATE").with(httpBasic("chunjiang.head", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].caseNumber").value("MC-2026-00001"))
                .andExpect(jsonPath("$.items[0].kindName").value("流动人口婚育证明"))
                .andExpect(jsonPath("$.items[0].stepName").value("镇（街道）核对婚育情况并出具婚育证明"))
                .andExpect(jsonPath("$.items[0].dueDate").value("2026-03-11"));
        // The full ID numbers are not in the engine's variables (masked) nor in the answer.
        assertThat(jdbc.queryForList("select text_ from act_ru_variable where name_ = 'applicantIdNumber'", String.class))
                .containsExactly("320411********0061");
    }

    private void assertNothingWritten() {
        assertThat(cases.count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("migrantCertificate").count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from migrant_certificate_case", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_event", Long.class)).isZero();
    }
}
