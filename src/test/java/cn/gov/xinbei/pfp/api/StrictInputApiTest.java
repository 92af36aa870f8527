package cn.gov.xinbei.pfp.api;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 16: every bad input a clear 4xx in Chinese, never a 500, never a leak of an ID number or account. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class StrictInputApiTest {

    private static final String ID18 = "320411198001010019";
    private static final String ID15 = "320411800101001";
    private static final String ACCOUNT19 = "6230910100000000018";
    private static final String SECRET_TEXT = "经核实，身份证" + ID18 + "，旧证" + ID15 + "，账号" + ACCOUNT19 + "。";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void at2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    // Finding 3: column lengths checked before the database, nothing written, the value not logged.

    @Test
    void twoNonReportFieldsLongerThanTheirColumnsAreRefusedAtTheField(CapturedOutput output) throws Exception {
        String phone = "13800138000" + "9".repeat(90);
        int before = count("two_non_case") + count("two_non_reporter");
        send("bureau.clerk", "/api/two-non/reports", Map.of("channel", "LETTER", "anonymous", false,
                "reporterName", "张三", "reporterContact", phone, "facts", "某诊所非法鉴定胎儿性别"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("reporterContact"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("举报人联系方式不能超过100个字")));
        send("bureau.clerk", "/api/two-non/reports", Map.of("channel", "LETTER", "anonymous", false,
                "reporterName", "张".repeat(65), "facts", "某诊所非法鉴定胎儿性别"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("reporterName"));
        send("bureau.clerk", "/api/two-non/reports", Map.of("channel", "LETTER", "anonymous", true,
                "facts", "事".repeat(4001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("facts"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("4000")));
        assertThat(count("two_non_case") + count("two_non_reporter")).isEqualTo(before);
        assertThat(output.getAll()).doesNotContain("13800138000").doesNotContain("Value too long");
    }

    @Test
    void theLengthOfEveryMappedReportFieldComesFromTheSchema() throws Exception {
        Map<String, String> columns = Map.of("reporterName", "TWO_NON_REPORTER.REPORTER_NAME",
                "reporterContact", "TWO_NON_REPORTER.REPORTER_CONTACT", "facts", "TWO_NON_CASE.FACTS");
        for (var column : columns.entrySet()) {
            String[] tableAndColumn = column.getValue().split("\\.");
            Integer max = jdbc.queryForObject("select character_maximum_length from information_schema.columns"
                    + " where upper(table_name) = ? and upper(column_name) = ?", Integer.class,
                    tableAndColumn[0], tableAndColumn[1]);
            Map<String, Object> body = new HashMap<>(Map.of("channel", "LETTER", "anonymous", false,
                    "reporterName", "张三", "facts", "某诊所非法鉴定胎儿性别"));
            body.put(column.getKey(), "字".repeat(max + 1));
            send("bureau.clerk", "/api/two-non/reports", body)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value(column.getKey()))
                    .andExpect(jsonPath("$.violations[0].message").value(containsString(String.valueOf(max))));
        }
    }

    @Test
    void aDuplicateKeyIsRefusedInChinese() throws Exception {
        mvc.perform(post("/api/second-child/eligibility").with(httpBasic("chunjiang.clerk", "demo"))
                        .contentType("application/json")
                        .content("{\"marriageDate\":\"2010-10-01\",\"marriageDate\":\"2011-10-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("marriageDate"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("不止一次")));
        mvc.perform(post("/api/two-non/reports").with(httpBasic("bureau.clerk", "demo"))
                        .contentType("application/json")
                        .content("{\"facts\":\"a\",\"facts\":\"b\",\"channel\":\"LETTER\",\"anonymous\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("facts"));
    }

    @Test
    void aMarriageBeforeTheWifesBirthIsRefusedAtTheField() throws Exception {
        Map<String, Object> application = Applications.onlyChildCouple();
        application.put("marriageDate", "1984-05-12"); // the wife's birth date
        int before = count("case_file");
        for (String path : List.of("/api/second-child/eligibility", "/api/second-child/applications")) {
            send("chunjiang.clerk", path, application)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("marriageDate"))
                    .andExpect(jsonPath("$.violations[0].message").value(containsString("出生日期")));
        }
        assertThat(count("case_file")).isEqualTo(before);
    }

    // Finding 7: strict JSON types, no control characters or direction overrides.

    @Test
    void numbersAndBooleansAreStrictlyTyped() throws Exception {
        Map<String, Object> application = Applications.onlyChildCouple();
        application.put("wifeChildrenEver", 1.5);
        send("chunjiang.clerk", "/api/second-child/eligibility", application)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("wifeChildrenEver"))
                .andExpect(jsonPath("$.violations[0].message").value(containsString("整数")));
        application = Applications.onlyChildCouple();
        application.put("wifeName", true);
        send("chunjiang.clerk", "/api/second-child/eligibility", application)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("wifeName"));
        int before = count("two_non_case");
        send("bureau.clerk", "/api/two-non/reports", Map.of("channel", "LETTER", "anonymous", false,
                "reporterName", true, "facts", "事实"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("reporterName"));
        assertThat(count("two_non_case")).isEqualTo(before);
    }

    @Test
    void controlCharactersAndDirectionOverridesAreRefused() throws Exception {
        int before = count("case_file");
        for (String name : List.of("王\u202E芳", "王\u0000芳", "王\n芳")) {
            Map<String, Object> application = Applications.onlyChildCouple();
            application.put("wifeName", name);
            send("chunjiang.clerk", "/api/second-child/applications", application)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("wifeName"))
                    .andExpect(jsonPath("$.violations[0].message").value(containsString("女方姓名")));
        }
        send("bureau.clerk", "/api/two-non/reports", Map.of("channel", "LETTER", "anonymous", true,
                "facts", "第一行\n第二行\u202E"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].field").value("facts"));
        assertThat(count("case_file")).isEqualTo(before);
        // Line breaks are fine in a multi-line field.
        send("bureau.clerk", "/api/two-non/reports", Map.of("channel", "LETTER", "anonymous", true,
                "facts", "第一行\n第二行")).andExpect(status().isCreated());
    }

    // Finding 2: ID numbers and accounts in free text never stored in full outside the case file.

    @Test
    void idNumbersAndAccountsInFreeTextAreMaskedInVariablesHistoryAndLogs(CapturedOutput output) throws Exception {
        identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
        runtimeService.startProcessInstanceByKey("secondChildApproval", Applications.onlyChildCouple());
        runtimeService.startProcessInstanceByKey("assistanceEligibility",
                new HashMap<>(AssistanceApplications.ruralAward()));
        identityService.clearAuthentication();
        send("bureau.clerk", "/api/two-non/reports", Map.of("channel", "LETTER", "anonymous", true,
                "facts", SECRET_TEXT)).andExpect(status().isCreated());

        Map<String, Set<String>> textFields = Map.of(
                "secondChildApproval", editableTextFields("second-child"),
                "assistanceEligibility", editableTextFields("assistance"),
                "twoNonJointCase", editableTextFields("two-non"));
        for (var process : textFields.entrySet()) {
            assertThat(process.getValue()).isNotEmpty();
            for (Task task : taskService.createTaskQuery().processDefinitionKey(process.getKey()).list()) {
                Map<String, Object> variables = new HashMap<>();
                process.getValue().forEach(field -> variables.put(field, SECRET_TEXT));
                taskService.setVariables(task.getId(), variables);
                taskService.setVariablesLocal(task.getId(), Map.of("note", SECRET_TEXT));
            }
        }
        // The history of form submissions (ACT_HI_DETAIL) through a completed step with free text.
        Task acceptance = taskService.createTaskQuery().processDefinitionKey("assistanceEligibility").singleResult();
        assertThat(acceptance).isNotNull();

        for (String secret : List.of(ID18, ID15, ACCOUNT19)) {
            for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " where TEXT_ like ? or TEXT2_ like ?",
                        Integer.class, "%" + secret + "%", "%" + secret + "%")).as(table + " " + secret).isZero();
            }
            List<byte[]> bytes = jdbc.queryForList("select BYTES_ from ACT_GE_BYTEARRAY where BYTES_ is not null",
                    byte[].class);
            assertThat(bytes).noneMatch(b -> new String(b, StandardCharsets.UTF_8).contains(secret));
            assertThat(output.getAll()).doesNotContain(secret);
        }
        // Variables read back masked, as the next department sees them.
        Task any = taskService.createTaskQuery().processDefinitionKey("secondChildApproval").list().get(0);
        assertThat(taskService.getVariableLocal(any.getId(), "note"))
                .isEqualTo("经核实，身份证320411********0019，旧证320411******001，账号***************0018。");
    }

    private Set<String> editableTextFields(String folder) throws Exception {
        Set<String> keys = new LinkedHashSet<>();
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/" + folder + "/*.form")) {
            collect(json.readTree(form.getInputStream()), keys);
        }
        return keys;
    }

    private static void collect(JsonNode node, Set<String> keys) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, keys));
        } else if (node.isObject()) {
            String type = node.path("type").asText();
            if ((type.equals("textfield") || type.equals("textarea")) && node.has("key")
                    && !node.path("readonly").asBoolean(false)) {
                String key = node.get("key").asText();
                // Single-line fields get the text on one line; ID and account fields of start forms too.
                keys.add(key);
            }
            node.forEach(n -> collect(n, keys));
        }
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private org.springframework.test.web.servlet.ResultActions send(String user, String path, Map<String, Object> body)
            throws Exception {
        return mvc.perform(as(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path), body));
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request, Map<String, Object> body)
            throws Exception {
        return request.with(httpBasic(user, "demo")).contentType("application/json").content(json.writeValueAsBytes(body));
    }
}
