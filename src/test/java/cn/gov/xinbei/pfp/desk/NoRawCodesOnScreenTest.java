package cn.gov.xinbei.pfp.desk;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import cn.gov.xinbei.pfp.twonon.TwoNonIntakeService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 15: no untranslated English, raw code or login id where a clerk, liaison or supervisor looks. Every form's
 * labels, texts and choices, and the visible text of the desk's pages (with cases of two kinds in them, steps done
 * by signed-in users, a two-non case whose "town" is the bureau) hold no Latin word but the allowed ones.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NoRawCodesOnScreenTest {

    /** Words a Chinese user reads as they are. */
    private static final Set<String> ALLOWED = Set.of("PDF", "Excel", "ID", "GB", "CSV", "xlsx", "UTF", "BOM", "B");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z_.-]*[A-Za-z]|[A-Za-z]");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TwoNonIntakeService twoNon;

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void formsSpeakChinese() throws IOException {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            for (Path form : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                Set<String> words = new TreeSet<>();
                collect(new ObjectMapper().readTree(form.toFile()), words);
                if (!words.isEmpty()) {
                    found.put(form.toString(), words);
                }
            }
        }
        assertThat(found).as("Latin words in the forms' labels, texts and choices").isEmpty();
    }

    @Test
    void deskPagesSpeakChineseAndNamePeopleAndUnits() throws Exception {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        ProcessInstance secondChild = CaseTestSupport.startLinked(runtimeService, jdbc, "secondChildApproval",
                Applications.ruralSingleOnlyChild());
        complete(secondChild, "chunjiang.clerk", "chunjiang-clerk", Map.of("acceptanceDecision", "ACCEPT"));
        String twoNonCase = twoNon.report(new TwoNonIntakeService.Intake("HOTLINE", true, null, null,
                "春江镇某药店向孕妇出售米非司酮，未查验处方"), "bureau.clerk", List.of("bureau-clerk")).caseNumber();
        ProcessInstance joint = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(twoNonCase)
                .processDefinitionKey("twoNonJointCase").singleResult();
        complete(joint, "bureau.clerk", "bureau-clerk",
                Map.of("acceptanceDecision", "ACCEPT", "drugsReason", "被举报的是药店"));

        Map<String, String> pages = new LinkedHashMap<>();
        for (String url : List.of("/desk", "/desk/deadlines", "/desk/deadlines?ended=true&from=2012-01-01&to=2012-12-31",
                "/desk/cases/" + secondChild.getBusinessKey(), "/desk/cases/" + twoNonCase, "/desk/supervision",
                "/desk/births", "/desk/department-data", "/desk/targets?year=2012", "/desk/assistance/declarations",
                "/desk/assistance/payouts?year=2012", "/desk/migrants/services?year=2012", "/desk/work", "/desk/work?state=closed")) {
            pages.put("bureau.head " + url, page("bureau.head", url));
        }
        pages.put("chunjiang.clerk /desk/migrant-exchange", page("chunjiang.clerk", "/desk/migrant-exchange"));
        for (String url : List.of("/desk/deadlines", "/desk/work")) {
            pages.put("drugs.liaison " + url, page("drugs.liaison", url));
            pages.put("chunjiang.clerk " + url, page("chunjiang.clerk", url));
        }
        for (String url : List.of("/desk/calendar", "/desk/configuration-gaps", "/desk/audit")) {
            pages.put("admin " + url, page("admin", url));
        }
        assertThat(pages.get("bureau.head /desk/cases/" + secondChild.getBusinessKey()))
                .as("the timeline names people and groups").contains("张敏", "春江镇经办人", "公安分局");
        assertThat(pages.get("drugs.liaison /desk/deadlines")).contains("调查取证（药品监督管理局）");

        Map<String, Set<String>> found = new LinkedHashMap<>();
        pages.forEach((name, text) -> {
            Set<String> words = latinWords(text);
            if (!words.isEmpty()) {
                found.put(name, words);
            }
        });
        assertThat(found).as("Latin words (codes, login ids, English) on the desk's pages").isEmpty();
    }

    private String page(String user, String url) throws Exception {
        String html = mvc.perform(get(url).with(user(user))).andReturn().getResponse().getContentAsString();
        assertThat(html).as(url).contains("</html>");
        String text = TAG.matcher(SCRIPT_OR_STYLE.matcher(html).replaceAll(" ")).replaceAll(" ");
        return org.springframework.web.util.HtmlUtils.htmlUnescape(text);
    }

    private static Set<String> latinWords(String text) {
        Set<String> words = new TreeSet<>();
        // A case number (SC-2012-00001) and a masked ID number's X are data, not words.
        Matcher m = LATIN_WORD.matcher(text.replaceAll("\\b[A-Z]{2}-\\d{4}-\\d{5}\\b", " ")
                .replaceAll("\\d[\\d*]{13,16}[\\dXx]", " "));
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static void collect(JsonNode node, Set<String> words) {
        if (node.isObject()) {
            for (String field : List.of("label", "text", "description", "dateLabel", "placeholder")) {
                if (node.path(field).isTextual()) {
                    // a link's address and a template's variable are not shown
                    String shown = node.path(field).asText().replaceAll("\\]\\([^)]*\\)", "]")
                            .replaceAll("\\{\\{[^}]*}}", "");
                    words.addAll(latinWords(shown));
                }
            }
        }
        node.forEach(child -> collect(child, words));
    }

    private void complete(ProcessInstance instance, String user, String group, Map<String, Object> variables) {
        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.complete(task, new HashMap<>(variables));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
