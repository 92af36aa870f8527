package cn.gov.xinbei.pfp.migrantarrival;

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
import java.util.HashMap;
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
 * POST/GET /api/migrant-arrival/registrations: the start form's checks at the field (400, nothing written), clerks
 * register for their town, the list is the user's towns paged in the database, one registration 404 outside them,
 * liaisons and administrators 403.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MigrantArrivalApiTest {

    static final String PATH = "/api/migrant-arrival/registrations";

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
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 2));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    static Map<String, Object> withCertificate() {
        Map<String, Object> v = new HashMap<>(MigrantArrivalProcessTest.arrivalWithCertificate());
        v.put("certificatePresented", true);
        return v;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("wrong check digit", v -> v.put("migrantIdNumber", "340104199203150029"), "migrantIdNumber", "校验位"),
                bad("a man", v -> v.put("migrantIdNumber", "340104199203150034"), "migrantIdNumber", "成年育龄妇女"),
                bad("not told the services", v -> v.put("servicesInformed", false), "servicesInformed", "第八条第二款"),
                bad("expired certificate", v -> v.put("certificateValidUntil", "2026-01-31"), "certificateValidUntil",
                        "已过有效期"),
                bad("no certificate number", v -> v.remove("certificateNumber"), "certificateNumber", "婚育证明编号为必填项"),
                bad("arrived after registration", v -> v.put("arrivalDate", "2026-03-05"), "arrivalDate",
                        "不能晚于登记日期"),
                bad("registered in the future", v -> v.put("registrationDate", "2026-03-03"), "registrationDate",
                        "不能晚于今天"),
                bad("unknown town", v -> v.put("townSlug", "beijing"), "townSlug", "不是本区的镇（街道）"),
                bad("another town", v -> v.put("townSlug", "menghe"), "townSlug", "只能登记现居住在本镇（街道）"),
                bad("short address", v -> v.put("residenceAddress", "春江"), "residenceAddress", "至少4个字"),
                bad("no name", v -> v.remove("migrantName"), "migrantName", "姓名为必填项"),
                bad("too long for the API", v -> v.put("hukouPlace", "很".repeat(101)), "hukouPlace", ""));
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, String field, String message) {
        Map<String, Object> body = withCertificate();
        change.accept(body);
        return Arguments.of(name, body, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedAtTheFieldAndNothingIsWritten(String name, Map<String, Object> body, String field,
                                                        String message) throws Exception {
        mvc.perform(post(PATH).with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json").content(json.writeValueAsBytes(body)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[*].field", hasItem(field)))
                .andExpect(jsonPath("$.violations[*].message", hasItem(containsString(message))));
        assertNothingWritten();
    }

    @Test
    void onlyClerksRegister() throws Exception {
        for (String user : new String[]{"chunjiang.head", "hr.liaison", "police.liaison", "admin"}) {
            mvc.perform(post(PATH).with(httpBasic(user, "demo")).contentType("application/json")
                            .content(json.writeValueAsBytes(withCertificate())))
                    .andExpect(status().isForbidden());
        }
        assertNothingWritten();
    }

    @Test
    void aRegistrationIsCreatedListedAndReadByItsTownAndTheBureauOnly() throws Exception {
        mvc.perform(post(PATH).with(httpBasic("chunjiang.clerk", "demo")).contentType("application/json")
                        .content(json.writeValueAsBytes(withCertificate())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value("MA-2026-00001"));
        Map<String, Object> second = MigrantArrivalProcessTest.arrivalWithoutCertificate();
        second.put("migrantIdNumber", "510122199505050041");
        second.put("migrantName", "李娟");
        mvc.perform(post(PATH).with(httpBasic("bureau.clerk", "demo")).contentType("application/json")
                        .content(json.writeValueAsBytes(second)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.caseNumber").value("MA-2026-00002"));

        mvc.perform(get(PATH + "/MA-2026-00001").with(httpBasic("chunjiang.head", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("已查验婚育证明"))
                .andExpect(jsonPath("$.sourceLabel").value("镇（街道）登记"))
                .andExpect(jsonPath("$.idNumberMasked").value("340104********0026"))
                .andExpect(jsonPath("$.certificateIssuer").value("合肥市瑶海区红光街道"));
        mvc.perform(get(PATH + "/MA-2026-00001").with(httpBasic("menghe.clerk", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get(PATH + "/MA-2026-00001").with(httpBasic("hr.liaison", "demo")))
                .andExpect(status().isForbidden());

        // Newest first, paged and counted in the database.
        mvc.perform(get(PATH).param("size", "1").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].caseNumber").value("MA-2026-00002"))
                .andExpect(jsonPath("$.items[0].statusLabel").value("未提交婚育证明，提交期限内"))
                .andExpect(jsonPath("$.items[0].submissionDue").value("2026-03-22"));
        mvc.perform(get(PATH).param("state", "closed").with(httpBasic("bureau.head", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].caseNumber").value("MA-2026-00001"));
        mvc.perform(get(PATH).with(httpBasic("menghe.clerk", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(PATH).param("town", "chunjiang").with(httpBasic("menghe.clerk", "demo")))
                .andExpect(status().isForbidden());
        for (String user : new String[]{"hr.liaison", "admin"}) {
            mvc.perform(get(PATH).with(httpBasic(user, "demo"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void badListParametersAreNamed() throws Exception {
        mvc.perform(get(PATH).param("size", "0").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("size"))
                .andExpect(jsonPath("$.violations[0].message", containsString("每页条数")));
        mvc.perform(get(PATH).param("source", "POLICE").with(httpBasic("chunjiang.clerk", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("source"));
        mvc.perform(get(PATH).param("town", "beijing").with(httpBasic("bureau.clerk", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("town"));
    }

    private void assertNothingWritten() {
        assertThat(cases.count()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("migrantArrival").count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from migrant_arrival_case", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_event", Long.class)).isZero();
    }
}
