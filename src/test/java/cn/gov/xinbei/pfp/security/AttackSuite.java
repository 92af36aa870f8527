package cn.gov.xinbei.pfp.security;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.birthregistration.Registrations;
import cn.gov.xinbei.pfp.migrantcertificate.Certificates;
import cn.gov.xinbei.pfp.maintenancefee.FeeReports;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's fuzz and attack suite, over real HTTP against the whole application, once per way of signing in
 * ({@link AttackSuiteIT}: default profile; {@link KeycloakAttackSuiteIT}: Keycloak): every changing
 * endpoint of the API and the desk, found in Spring's handler mapping (a new endpoint is attacked without a line
 * here), gets generated bad input — whole bodies that are no request, and one field at a time of a valid example
 * replaced by a wrong type, an oversized or control-character text, an injection string, an invalid ID number or a
 * date out of range, or removed; bad files for uploads; hostile path ids. /engine-rest and the webapps' engine API
 * get unknown ids on their reads, bad variable types and writes to the variables the application owns.
 * <p>
 * What must hold: no answer ≥ 500, no answer naming a Java class or an engine code, no refused write that changed a
 * row, and no full ID number or account that the suite sent in any variable, history row or log line. The cases the
 * other security tests cover (cross-site requests, internal process starts, statistics, headers:
 * {@link SecurityDoorsTest}, {@code CrossSiteRequestBrowserIT}) are not repeated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AttackSuite {

    private static final LocalDate CLOCK = LocalDate.of(2012, 3, 1);
    private static final LocalDate REGISTRATION_CLOCK = LocalDate.of(2026, 3, 2);
    /** The rows a refused write must leave alone. */
    private static final List<String> TABLES = List.of("case_file", "case_event", "case_step", "case_step_group", "case_step_open_count",
            "case_party", "case_party_name_part", "two_non_case", "two_non_reporter", "two_non_agency", "two_non_hold", "department_upload",
            "department_record", "configuration_figure", "holiday_notice", "supervision_item", "deadline_extension",
            "assistance_transfer", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB",
            "ACT_RU_IDENTITYLINK", "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL",
            "ACT_HI_ACTINST", "ACT_HI_OP_LOG");
    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([A-Z]{2}-\\d{4}-\\d{5})\"");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private AttackClient client;
    private final Map<String, String> fixtures = new HashMap<>();
    private long started;
    private int refusedWrites;

    record Endpoint(String method, String pattern, boolean multipart) { }

    /** A valid request of an endpoint: who sends it, its body or form, and the day it is sent on. */
    record Example(String user, Map<String, Object> body, LocalDate clock) { }

    @BeforeAll
    void fixtures() throws Exception {
        started = System.nanoTime();
        client = new AttackClient(port, signIn());
        CaseTestSupport.clockAt(CLOCK);
        fixtures.put("SC", caseNumber(client.json("chunjiang.clerk", "POST", "/api/second-child/applications",
                json.writeValueAsString(Applications.onlyChildCouple()))));
        fixtures.put("TN", caseNumber(client.json("bureau.clerk", "POST", "/api/two-non/reports",
                json.writeValueAsString(Map.of("channel", "HOTLINE", "anonymous", true, "facts", "举报某诊所非法鉴定胎儿性别")))));
        fixtures.put("AE", runtimeService.startProcessInstanceByKey("assistanceEligibility",
                new HashMap<>(AssistanceApplications.ruralAward())).getBusinessKey());
        fixtures.put("task", taskService.createTaskQuery().processInstanceBusinessKey(fixtures.get("SC"))
                .singleResult().getId());
        client.problems.clear(); // the fixtures are not part of the attack
    }

    /** How the profile's users sign in. */
    protected abstract SignIn signIn() throws Exception;

    /**
     * The generated values of one kind the suite sends (one-field mutations of an example, hostile desk form values):
     * all of them here; a subclass may send a sample to stay within its time.
     */
    protected <T> List<T> sample(List<T> values) {
        return values;
    }

    @AfterAll
    void report() {
        System.out.println(client.report() + String.format("  refused writes checked for rows: %d; %.0f s%n",
                refusedWrites, (System.nanoTime() - started) / 1e9));
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    // ------------------------------------------------------------------------------------------- API and desk

    @Test
    @Order(1)
    void everyChangingEndpointRefusesBadInputWithoutWriting() throws Exception {
        client.problems.clear();
        List<Endpoint> endpoints = changingEndpoints();
        assertThat(endpoints).as("changing endpoints found").hasSizeGreaterThan(20);
        for (Endpoint endpoint : endpoints) {
            Example example = examples().getOrDefault(endpoint.method() + " " + endpoint.pattern(),
                    new Example("bureau.clerk", Map.of(), CLOCK));
            CaseTestSupport.clockAt(example.clock());
            if (endpoint.pattern().startsWith("/desk")) {
                attackDesk(endpoint, example);
            } else if (endpoint.multipart()) {
                for (var file : BadFiles.all()) {
                    write(endpoint, file.getKey(), () -> client.send(example.user(), "POST", endpoint.pattern(),
                            "multipart/form-data; boundary=" + BadFiles.BOUNDARY, file.getValue()));
                }
            } else {
                attackJson(endpoint, example);
            }
            CaseTestSupport.clockAt(CLOCK);
        }
        assertThat(client.problems).as("answers that leak or fail").isEmpty();
    }

    private void attackJson(Endpoint endpoint, Example example) throws Exception {
        String path = resolve(endpoint.pattern());
        for (var body : BadInputs.wholeBodies(example.body(), json)) {
            write(endpoint, body.label(), () -> client.send(example.user(), endpoint.method(), path,
                    body.contentType(), AttackClient.utf8(body.text())));
        }
        for (var mutation : sample(BadInputs.mutations(example.body()))) {
            String body = json.writeValueAsString(mutation.getValue());
            write(endpoint, mutation.getKey(), () -> client.json(example.user(), endpoint.method(), path, body));
        }
        if (endpoint.pattern().contains("{")) {
            String body = json.writeValueAsString(example.body());
            for (String id : BadInputs.PATH_IDS) {
                String hostile = endpoint.pattern().replaceAll("\\{[^}]+}", id);
                write(endpoint, "path " + id, () -> client.json(example.user(), endpoint.method(), hostile, body));
            }
        }
    }

    private void attackDesk(Endpoint endpoint, Example example) throws Exception {
        String path = resolve(endpoint.pattern());
        if (endpoint.multipart()) {
            for (var file : BadFiles.all()) {
                write(endpoint, file.getKey(), () -> client.deskPost(example.user(), path,
                        "multipart/form-data; boundary=" + BadFiles.BOUNDARY, file.getValue()));
            }
            return;
        }
        Map<String, Object> form = example.body();
        for (String field : form.keySet()) {
            for (String bad : sample(BadInputs.formValues())) {
                Map<String, Object> mutated = new LinkedHashMap<>(form);
                mutated.put(field, bad);
                write(endpoint, field + "=" + BadInputs.label(bad), () -> client.deskPost(example.user(), path,
                        "application/x-www-form-urlencoded", AttackClient.utf8(encode(mutated))));
            }
            Map<String, Object> missing = new LinkedHashMap<>(form);
            missing.remove(field);
            write(endpoint, field + " missing", () -> client.deskPost(example.user(), path,
                    "application/x-www-form-urlencoded", AttackClient.utf8(encode(missing))));
        }
        write(endpoint, "JSON to a form", () -> client.deskPost(example.user(), path, "application/json",
                AttackClient.utf8("{\"a\":")));
        if (endpoint.pattern().contains("{")) {
            for (String id : BadInputs.PATH_IDS) {
                String hostile = endpoint.pattern().replaceAll("\\{[^}]+}", id);
                write(endpoint, "path " + id, () -> client.deskPost(example.user(), hostile,
                        "application/x-www-form-urlencoded", AttackClient.utf8(encode(form))));
            }
        }
    }

    /** Sends a write; a refused one (4xx) must not have changed a row. */
    private void write(Endpoint endpoint, String label, Callable<HttpResponse<String>> request) throws Exception {
        List<Long> before = rows();
        int problems = client.problems.size();
        HttpResponse<String> answer;
        try {
            answer = request.call();
        } catch (IOException closed) {
            // Tomcat refuses a body far over the upload limit by closing the connection before reading it all.
            assertThat(label).as("a request the server did not answer: %s", closed).isEqualTo(BadFiles.HUGE);
            client.counts.computeIfAbsent(AttackClient.door(endpoint.pattern()), d -> new java.util.TreeMap<>())
                    .merge("closed", 1, Integer::sum);
            assertThat(rows()).as("rows after the refused %s", label).isEqualTo(before);
            return;
        }
        if (client.problems.size() > problems) {
            client.problems.set(client.problems.size() - 1, endpoint.method() + " " + endpoint.pattern() + " ["
                    + label + "] " + client.problems.get(client.problems.size() - 1));
        }
        if (answer.statusCode() >= 400 && answer.statusCode() < 500) {
            refusedWrites++;
            List<Long> after = rows();
            if (!after.equals(before)) {
                client.problems.add(endpoint.pattern() + " [" + label + "] refused with " + answer.statusCode()
                        + " but changed rows: " + changed(before, after));
            }
        }
    }

    private List<Long> rows() {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < TABLES.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(select count(*) from ").append(TABLES.get(i)).append(')');
        }
        return jdbc.queryForObject(sql.toString(), (rs, n) -> {
            List<Long> counts = new ArrayList<>();
            for (int i = 1; i <= TABLES.size(); i++) {
                counts.add(rs.getLong(i));
            }
            return counts;
        });
    }

    private static String changed(List<Long> before, List<Long> after) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < TABLES.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                out.add(TABLES.get(i) + " " + before.get(i) + "→" + after.get(i));
            }
        }
        return String.join(", ", out);
    }

    private List<Endpoint> changingEndpoints() {
        Set<Endpoint> found = new java.util.LinkedHashSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(MediaType.MULTIPART_FORM_DATA::includes)
                    || handler.getMethod().getParameterTypes().length > 0 && java.util.Arrays.stream(
                    handler.getMethod().getParameterTypes()).anyMatch(t -> t.getName().contains("MultipartFile"));
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/") || pattern.startsWith("/desk/")) {
                        found.add(new Endpoint(method.name(), pattern, multipart));
                    }
                }
            }
        });
        return new ArrayList<>(found);
    }

    private String resolve(String pattern) {
        return pattern.replace("{caseNumber}", pattern.contains("two-non") ? fixtures.get("TN")
                        : pattern.contains("assistance") ? fixtures.get("AE") : fixtures.get("SC"))
                .replace("{taskId}", fixtures.get("task")).replace("{year}", "2012")
                .replaceAll("\\{[^}]+}", "no-such-id");
    }

    /** Valid requests, from the API tests (AuthorizationMatrix, the features' API tests). */
    private Map<String, Example> examples() {
        Map<String, Object> secondCouple = Applications.onlyChildCouple();
        secondCouple.put("wifeIdNumber", "320411198506120045");
        secondCouple.put("husbandIdNumber", "32041119830203003X");
        Map<String, Object> registration = Registrations.secondChildBeforeBirth();
        registration.put("birthOrder", 2);
        Map<String, Object> fee = FeeReports.oneExtraChild();
        Map<String, Object> migrant = Certificates.marriedWomanLeavingForAnotherProvince();
        return Map.ofEntries(
                Map.entry("POST /api/second-child/eligibility", new Example("chunjiang.clerk",
                        Applications.onlyChildCouple(), CLOCK)),
                Map.entry("POST /api/second-child/applications", new Example("chunjiang.clerk", secondCouple, CLOCK)),
                Map.entry("POST /api/birth-registration/registrations", new Example("chunjiang.clerk", registration,
                        REGISTRATION_CLOCK)),
                Map.entry("POST /api/migrant-certificate/applications", new Example("chunjiang.clerk", migrant,
                        REGISTRATION_CLOCK)),
                Map.entry("POST /api/migrant-arrival/registrations", new Example("chunjiang.clerk",
                        cn.gov.xinbei.pfp.migrantarrival.Arrivals.withCertificate(), REGISTRATION_CLOCK)),
                Map.entry("POST /api/maintenance-fee/cases", new Example("police.liaison", fee, CLOCK)),
                Map.entry("POST /api/assistance/cases/{caseNumber}/objections", new Example("chunjiang.clerk",
                        Map.of("objection", "村民反映申请人另有子女"), CLOCK)),
                Map.entry("POST /api/assistance/reverifications/{year}", new Example("bureau.clerk", Map.of(), CLOCK)),
                Map.entry("POST /api/assistance/payouts/transfers", new Example("finance.liaison", Map.of("year",
                        "2012", "transferReference", "新财拨〔2012〕99号", "transferredOn", "2012-03-01", "amount", 960),
                        CLOCK)),
                Map.entry("POST /api/two-non/reports", new Example("bureau.clerk", Map.of("channel", "HOTLINE",
                        "anonymous", false, "reporterName", "张三", "reporterContact", "13800138000",
                        "facts", "举报某诊所为孕妇做非医学需要的胎儿性别鉴定"), CLOCK)),
                Map.entry("POST /api/two-non/cases/{caseNumber}/agencies", new Example("bureau.clerk",
                        Map.of("agency", "drugs", "reason", "涉嫌违法销售终止妊娠药品"), CLOCK)),
                Map.entry("POST /api/two-non/cases/{caseNumber}/priority", new Example("bureau.head",
                        Map.of("deadline", "2012-06-30"), CLOCK)),
                Map.entry("POST /api/two-non/holds/{holdId}/lift", new Example("bureau.head",
                        Map.of("reason", "经调查核实，终止妊娠系医学需要，予以解除"), CLOCK)),
                Map.entry("POST /api/department-data/uploads", new Example("police.liaison", Map.of("kind",
                        "BIRTH_REGISTRATION", "town", "chunjiang", "month", "2012-02", "rows", List.of()), CLOCK)),
                Map.entry("POST /api/configuration-figures", new Example("admin", Map.of("kind", "ASSISTANCE_RATE",
                        "key", "RURAL_AWARD", "year", 2013, "amount", 960), CLOCK)),
                Map.entry("POST /desk/department-data/uploads", new Example("police.liaison", Map.of(), CLOCK)),
                Map.entry("POST /desk/births/{birthKey}/fee-case", new Example("chunjiang.clerk", Map.of(), CLOCK)),
                Map.entry("POST /desk/births/{birthKey}/clearance", new Example("chunjiang.clerk",
                        Map.of("note", "经核实已办理生育登记"), CLOCK)),
                Map.entry("POST /desk/calendar/preview", new Example("admin", Map.of("noticeText", "不是通知"), CLOCK)),
                Map.entry("POST /desk/calendar/publish", new Example("admin", Map.of("noticeText", "不是通知"), CLOCK)),
                Map.entry("POST /desk/configuration-gaps/figure", new Example("admin", Map.of("kind",
                        "ASSISTANCE_RATE", "key", "RURAL_AWARD", "year", "2013", "amount", "960"), CLOCK)),
                Map.entry("POST /desk/targets/entry", new Example("admin", Map.of("year", "2013"), CLOCK)),
                Map.entry("POST /desk/supervision/{id}/answer", new Example("chunjiang.clerk",
                        Map.of("answer", "已联系申请人补正材料，本周内办结"), CLOCK)),
                Map.entry("POST /desk/supervision/{id}/review", new Example("chunjiang.head",
                        Map.of("reviewDecision", "ACCEPT"), CLOCK)),
                Map.entry("POST /desk/steps/{taskId}/extension", new Example("chunjiang.head",
                        Map.of("workingDays", "3", "reason", "申请人补正材料需要时间，延长受理期限"), CLOCK)));
    }

    private static String encode(Map<String, Object> form) {
        StringBuilder out = new StringBuilder();
        form.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(AttackClient.enc(k)).append('=')
                .append(AttackClient.enc(String.valueOf(v))));
        return out.toString();
    }

    private static String caseNumber(HttpResponse<String> created) {
        Matcher number = CASE_NUMBER.matcher(created.body());
        assertThat(number.find()).as("a case number in %s", created.body()).isTrue();
        return number.group(1);
    }

    // ------------------------------------------------------------------------------------------- engine doors

    @Test
    @Order(2)
    void engineDoorsAnswerInChineseWithoutWriting() throws Exception {
        client.problems.clear();
        EngineAttacks engine = new EngineAttacks(client, fixtures, this::writeEngine);
        engine.unknownIds();
        engine.badVariables();
        engine.applicationVariablesAreReadOnly();
        assertThat(client.problems).as("answers that leak or fail").isEmpty();
        assertThat(engine.readOnlyRefusals).as("writes of the application's variables refused").isEqualTo(8);
        assertThat(runtimeService.getVariable(taskService.createTaskQuery().taskId(fixtures.get("task"))
                .singleResult().getProcessInstanceId(), "caseNumber")).isEqualTo(fixtures.get("SC"));

        // The Tasklist submits a form's read-only fields as they are: the same values again are no change.
        String task = fixtures.get("task");
        Map<String, Object> current = taskService.getVariables(task, List.of("caseNumber", "caseTitle", "townName",
                "eligibilityArticle"));
        Map<String, Object> form = new LinkedHashMap<>();
        current.forEach((name, value) -> form.put(name, Map.of("value", value)));
        form.put("acceptanceDecision", Map.of("value", "ACCEPT"));
        HttpResponse<String> submitted = client.json("chunjiang.clerk", "POST", "/engine-rest/task/" + task
                + "/submit-form", json.writeValueAsString(Map.of("variables", form)));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    }

    private void writeEngine(String label, Callable<HttpResponse<String>> request) throws Exception {
        write(new Endpoint("POST", "engine", false), label, request);
    }

    // ------------------------------------------------------------------------------------------- personal numbers

    @Test
    @Order(3)
    void noFullIdNumberOrAccountSentIsStoredInTheEngineOrLogged(CapturedOutput output) {
        Set<String> found = new TreeSet<>();
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            for (String number : List.of(BadInputs.ID18, BadInputs.ACCOUNT)) {
                found.addAll(jdbc.queryForList("select NAME_ from " + table + " where TEXT_ like ? or TEXT2_ like ?",
                        String.class, "%" + number + "%", "%" + number + "%").stream()
                        .map(name -> table + "." + name + " holds " + number).toList());
            }
        }
        assertThat(found).as("full numbers in the engine's tables").isEmpty();
        assertThat(output.getAll()).doesNotContain(BadInputs.ID18).doesNotContain(BadInputs.ACCOUNT);
    }
}
