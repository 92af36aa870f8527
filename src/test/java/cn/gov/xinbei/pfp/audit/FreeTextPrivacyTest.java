package cn.gov.xinbei.pfp.audit;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a full ID number or bank account typed into any free-text field of any form (forms/: every text field and
 * text area) is stored masked, in the runtime variables, their history and the form history, and appears in no log
 * line; the case file's own columns are the only place for the full value.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FreeTextPrivacyTest {

    private static final String ID = "320411197805060035";
    private static final String OLD_ID = "320411780506003";
    private static final String ACCOUNT = "6230910100000000018";
    private static final String TEXT = "联系人身份证" + ID + "，旧证" + OLD_ID + "，账号" + ACCOUNT + "。";
    /** Fields the application writes itself (a user's write is refused: security.ProtectedVariablesPlugin). */
    private static final Set<String> APPLICATION_WRITES = Set.of("caseNumber", "caseTitle", "townName");

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void in2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void everyFreeTextFieldOfEveryFormIsStoredMaskedAndNeverLogged(CapturedOutput output) throws IOException {
        Set<String> fields = freeTextFields();
        assertThat(fields).as("free-text fields in forms/").hasSizeGreaterThan(40)
                .contains("townOpinion", "villageOpinion", "situationDescription");
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple()));
        Map<String, Object> typed = new HashMap<>();
        fields.forEach(field -> typed.put(field, TEXT));
        runtimeService.setVariables(instance.getId(), typed);
        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        taskService.setVariablesLocal(task, typed);

        for (String field : List.of("townOpinion", "situationDescription")) {
            assertThat((String) runtimeService.getVariable(instance.getId(), field)).as(field)
                    .doesNotContain(ID, OLD_ID, ACCOUNT).contains("0035", "0018");
        }
        for (String column : List.of("ACT_RU_VARIABLE.TEXT_", "ACT_RU_VARIABLE.TEXT2_", "ACT_HI_VARINST.TEXT_",
                "ACT_HI_VARINST.TEXT2_", "ACT_HI_DETAIL.TEXT_", "ACT_HI_DETAIL.TEXT2_")) {
            String[] table = column.split("\\.");
            for (String number : List.of(ID, OLD_ID, ACCOUNT)) {
                assertThat(jdbc.queryForObject("select count(*) from " + table[0] + " where " + table[1] + " like ?",
                        Integer.class, "%" + number + "%")).as("%s holding %s", column, number).isZero();
            }
        }
        assertThat(output.getAll()).doesNotContain(ID, OLD_ID, ACCOUNT);
    }

    /** The keys of every text field and text area in the forms, except those the application writes itself. */
    private static Set<String> freeTextFields() throws IOException {
        Set<String> keys = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> forms = Files.walk(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                collect(json.readTree(form.toFile()), keys);
            }
        }
        keys.removeAll(APPLICATION_WRITES);
        return keys;
    }

    private static void collect(JsonNode node, Set<String> keys) {
        if (node.isObject() && Set.of("textfield", "textarea").contains(node.path("type").asText())
                && node.path("key").isTextual()) {
            keys.add(node.path("key").asText());
        }
        node.forEach(child -> collect(child, keys));
    }
}
