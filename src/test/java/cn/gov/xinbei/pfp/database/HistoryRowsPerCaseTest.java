package cn.gov.xinbei.pfp.database;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.audit.AuditHistoryLevel;
import cn.gov.xinbei.pfp.birthregistration.Registrations;
import cn.gov.xinbei.pfp.maintenancefee.FeeReports;
import cn.gov.xinbei.pfp.migrantarrival.Arrivals;
import cn.gov.xinbei.pfp.migrantcertificate.Certificates;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows one case of each kind leaves in the database once it has gone down its main path, per table: the engine's
 * history (every ACT_HI_* table and the history byte arrays, by ROOT_PROC_INST_ID_, so call activities count) and the
 * project's own tables (by case id). The README sizes history growth from these figures (issue 18); the measured
 * table is written to target/history-rows.md.
 * <p>
 * Cases are driven as the Tasklist drives them: a clerk submits the start form, and for each step a member of its
 * candidate group claims the task and submits its form (so the operation log and the form-field history are written
 * as in production). Each kind runs two cases for different people, one after the other: their counts must be equal,
 * all history written while they ran must be theirs, and nothing of them may remain in the engine's runtime tables.
 * <p>
 * Longer than most classes here: it walks seven kinds' main paths, one method each, over one set of counting helpers.
 */
@SpringBootTest
@ActiveProfiles("test")
class HistoryRowsPerCaseTest {

    /**
     * The most rows one case of a kind may leave: the measured figure (in the comment) plus about 25 %, so that a
     * change which writes noticeably more history per case fails here and the README's sizing is looked at again.
     */
    private static final Map<String, Integer> BUDGET = Map.of(
            "SECOND_CHILD", 165,        // 132 measured
            "ASSISTANCE", 197,          // 157
            "MAINTENANCE_FEE", 260,     // 208
            "TWO_NON", 193,             // 154
            "BIRTH_REGISTRATION", 75,   // 60
            "MIGRANT_CERTIFICATE", 78,  // 62
            "MIGRANT_ARRIVAL", 54);     // 43

    private static final String REPORT = "target/history-rows.md";
    /** Project tables with a case_id column (the kinds' own tables and the shared ones). */
    private static final List<String> CASE_ID_TABLES = List.of("case_party", "case_party_name_part", "case_step",
            "case_step_group", "case_event",
            "case_open_claim", "supervision_item", "deadline_extension", "configuration_gap", "second_child_case",
            "assistance_case", "assistance_entitlement", "maintenance_fee_case", "maintenance_fee_parent",
            "maintenance_fee_payment", "two_non_case", "two_non_reporter", "two_non_agency",
            "birth_registration_case", "migrant_certificate_case", "migrant_arrival_case", "migrant_exchange_import");
    /** Engine metrics, not case data: they carry no process instance and are not history. */
    private static final List<String> METRICS = List.of("ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG");

    /** The kinds in the order of the report. */
    private static final List<String> KINDS = List.of("SECOND_CHILD", "ASSISTANCE", "MAINTENANCE_FEE", "TWO_NON",
            "BIRTH_REGISTRATION", "MIGRANT_CERTIFICATE", "MIGRANT_ARRIVAL");
    /** Measured cases by kind; written to the report after the last test. */
    private static final Map<String, Measured> MEASURED = new TreeMap<>(java.util.Comparator.comparing(KINDS::indexOf));

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${camunda.bpm.history-level}")
    String configuredHistoryLevel;

    /** Fields of the forms submitted in the running case (start form and task forms). */
    private int formFields;

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void theCasesAreMeasuredAtTheHistoryLevelOfTheApplication() {
        assertThat(configuredHistoryLevel).isEqualTo(AuditHistoryLevel.NAME);
        assertThat(engineConfiguration.getHistoryLevel().getName()).isEqualTo(AuditHistoryLevel.NAME);
        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
                .isEqualTo(String.valueOf(engineConfiguration.getHistoryLevel().getId()));
    }

    @Test
    void secondChildApprovalToApprovalAndPosting() {
        measure("SECOND_CHILD", "受理 → 镇审查 → 区局审批（批准）→ 发证 → 公示 → 公示期满", n -> {
            CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
            String root = start("secondChildApproval", "chunjiang.clerk", "chunjiang-clerk",
                    otherPeople(Applications.onlyChildCouple(), n));
            work(root, "Task_AcceptApplication", Map.of("acceptanceDecision", "ACCEPT"));
            CaseTestSupport.clockAt(LocalDate.of(2012, 3, 5));
            work(root, "Task_TownReview", Map.of("townRecommendation", "APPROVE",
                    "townOpinion", "经核实，夫妻双方均为独生子女，情况属实"));
            work(root, "Task_DistrictDecision", Map.of("decision", "APPROVE"));
            work(root, "Task_IssueCertificate", Map.of("certificateIssuedOn", "2012-03-05"));
            work(root, "Task_PublishResult", Map.of("postingPlace", "春江镇村务公开栏"));
            runTimer(root, "TimerEvent_PostingPeriodOver");
            return root;
        });
    }

    @Test
    void assistanceEligibilityToConfirmationTransferAndCredit() {
        measure("ASSISTANCE", "村评议公示 → 镇审核公示 → 公安核查 → 区局确认 → 财政拨付 → 到账", n -> {
            CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
            Map<String, Object> application = otherPeople(AssistanceApplications.ruralAward(), n);
            application.put("bankAccount", AssistanceApplications.accountOf((String) application.get("applicantIdNumber")));
            String root = start("assistanceEligibility", "chunjiang.clerk", "chunjiang-clerk", application);
            work(root, "Task_VillageReview", Map.of("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "魏村村务公开栏"));
            runTimer(root, null);
            work(root, "Task_TownReview", Map.of("townOpinion", "经镇初审，情况属实", "townPostingPlace", "春江镇政务公开栏"));
            runTimer(root, null);
            work(root, "Task_PoliceCheck", Map.of("confirmedApplicantHukou", "AGRICULTURAL",
                    "confirmedSpouseHukou", "AGRICULTURAL", "hukouCertificateNumber", "春派证〔2012〕31号"));
            work(root, "Task_BureauConfirmation", Map.of("bureauDecision", "CONFIRM"));
            work(root, "Task_RecordTransfer", Map.of("transferReference", "新财拨〔2012〕4" + n + "号", "transferredOn", "2012-03-01"));
            work(root, "Task_RecordCredit", Map.of("creditedOn", "2012-03-01", "bankReference", "NX20120301-000" + n));
            return root;
        });
    }

    @Test
    void maintenanceFeeToDecisionServiceAndPaymentInFull() {
        measure("MAINTENANCE_FEE", "立案 → 调查 → 定倍数 → 告知 → 陈述期满 → 陈述 → 决定 → 送达 → 男女双方缴清", n -> {
            CaseTestSupport.clockAt(LocalDate.of(2012, 8, 1));
            String root = start("socialMaintenanceFee", "chunjiang.clerk", "chunjiang-clerk",
                    otherPeople(FeeReports.oneExtraChild(), n));
            work(root, "Task_ConfirmCase", Map.of("registrationDecision", "REGISTER"));
            work(root, "Task_Investigate", Map.of("investigationOutcome", "FEE_DUE", "investigator1", "王强",
                    "investigator2", "刘洋", "marriageBirthHistory", "双方2008年登记结婚，2009年生育一女，2012年1月生育一子，无生育证",
                    "confirmedFatherHukouType", "URBAN", "confirmedMotherHukouType", "URBAN"));
            work(root, "Task_ChooseMultiple", Map.of());
            CaseTestSupport.clockAt(LocalDate.of(2012, 8, 13));
            work(root, "Task_ServeNotice", Map.of("noticeServedOn", "2012-08-13"));
            runTimer(root, "TimerEvent_StatementPeriodOver");
            work(root, "Task_RecordStatement", Map.of("statementMade", false));
            CaseTestSupport.clockAt(LocalDate.of(2012, 8, 20));
            work(root, "Task_DecideFee", Map.of("decidedOn", "2012-08-20"));
            CaseTestSupport.clockAt(LocalDate.of(2012, 9, 7));
            work(root, "Task_ServeDecision", Map.of("fatherServedOn", "2012-09-07", "motherServedOn", "2012-09-07"));
            CaseTestSupport.clockAt(LocalDate.of(2012, 9, 20));
            work(root, "Task_RecordDeposit", deposit("FATHER", "JS000" + n + "1"));
            work(root, "Task_RecordDeposit", deposit("MOTHER", "JS000" + n + "2"));
            return root;
        });
    }

    @Test
    void twoNonJointCaseWithOneAgencyFineAndReward() {
        measure("TWO_NON", "举报登记 → 受理 → 卫生部门调查（子流程）→ 告知 → 不听证 → 处罚决定 → 送达 → 缴款 → 结案 → 奖励", n -> {
            CaseTestSupport.clockAt(LocalDate.of(2012, 8, 1));
            String root = start("twoNonJointCase", "bureau.clerk", "bureau-clerk", Map.of("channel", "LETTER",
                    "anonymous", false, "reporterName", "举报人张某某", "reporterContact", "13900000000",
                    "facts", "某诊所为孕妇做B超鉴定胎儿性别，每次收费500元"));
            work(root, "Task_Accept", Map.of("acceptanceDecision", "ACCEPT", "healthReason", "被举报的是春江镇某民营医院B超室医生"));
            work(root, "Task_Investigate", Map.of("findings", "查明：为孕妇做胎儿性别鉴定", "evidence", "询问笔录2份",
                    "investigators", "王强、刘洋", "crimeSuspected", false, "penaltyProposed", true));
            CaseTestSupport.clockAt(LocalDate.of(2012, 8, 6));
            work(root, "Task_PriorNotice", Map.of("noticeServedOn", "2012-08-06"));
            work(root, "Task_HearingRequest", Map.of("hearingRequested", false));
            CaseTestSupport.clockAt(LocalDate.of(2012, 8, 10));
            work(root, "Task_Decide", Map.of("decidedOn", "2012-08-10", "fine", "20000"));
            CaseTestSupport.clockAt(LocalDate.of(2012, 8, 13));
            work(root, "Task_ServeDecision", Map.of("servedOn", "2012-08-13"));
            CaseTestSupport.clockAt(LocalDate.of(2012, 8, 20));
            work(root, "Task_RecordPayment", Map.of("paidOn", "2012-08-20", "amountPaid", "20000"));
            work(root, "Task_Close", Map.of("reportVerified", true, "closingSummary", "经查举报属实，医生已受处罚"));
            work(root, "Task_PayReward", Map.of("rewardAmount", "10000", "rewardPaidOn", "2012-08-20",
                    "rewardVoucher", "CZ-2012-08" + n));
            return root;
        });
    }

    @Test
    void birthRegistrationToRegistration() {
        measure("BIRTH_REGISTRATION", "登记申请 → 镇登记（准予）→ 发证", n -> {
            CaseTestSupport.clockAt(LocalDate.of(2026, 3, 2));
            String root = start("birthRegistration", "chunjiang.clerk", "chunjiang-clerk",
                    otherPeople(Registrations.secondChildBeforeBirth(), n));
            work(root, "Task_TownRegistration", Map.of("registrationDecision", "REGISTER"));
            return root;
        });
    }

    @Test
    void migrantCertificateToIssue() {
        measure("MIGRANT_CERTIFICATE", "申请 → 镇出具（准予）", n -> {
            CaseTestSupport.clockAt(LocalDate.of(2026, 3, 2));
            String root = start("migrantCertificate", "chunjiang.clerk", "chunjiang-clerk",
                    otherPeople(Certificates.marriedWomanLeavingForAnotherProvince(), n));
            work(root, "Task_TownIssue", Map.of("certificateDecision", "ISSUE"));
            return root;
        });
    }

    @Test
    void migrantArrivalWithTheCertificatePresented() {
        measure("MIGRANT_ARRIVAL", "登记并查验婚育证明（当场办结）", n -> {
            CaseTestSupport.clockAt(LocalDate.of(2026, 3, 2));
            return start("migrantArrival", "chunjiang.clerk", "chunjiang-clerk", otherPeople(Arrivals.withCertificate(), n));
        });
    }

    @AfterAll
    static void writeReport() throws IOException {
        if (MEASURED.isEmpty()) {
            return;
        }
        Path report = Path.of(REPORT);
        Files.createDirectories(report.getParent());
        Files.writeString(report, Measured.table(MEASURED));
    }

    /** A case driven down its main path; the argument (1, 2) tells the two cases of a kind apart. */
    private interface CasePath {
        String run(int n);
    }

    /**
     * Runs two cases of the kind one after the other and checks that each left the same rows, that all history
     * written meanwhile is theirs, that nothing of them is left at runtime, and that they stay within the budget.
     */
    private void measure(String kind, String path, CasePath casePath) {
        Map<String, Long> historyBefore = totals("ACT_HI_%");
        Map<String, Long> runtimeBefore = totals("ACT_RU_%");
        formFields = 0;
        String first = casePath.run(1);
        int firstFormFields = formFields;
        assertEnded(first);
        Map<String, Long> firstRows = rows(first);
        assertNothingAtRuntime(first, runtimeBefore);

        String second = casePath.run(2);
        assertEnded(second);
        Map<String, Long> secondRows = rows(second);
        assertNothingAtRuntime(second, runtimeBefore);

        assertThat(rows(first)).as("the first case's rows after the second ran").isEqualTo(firstRows);
        assertThat(secondRows).as("the second case of the same path leaves the same rows").isEqualTo(firstRows);
        // Every history row written while the two cases ran is counted for one of them: nothing unscoped, nothing shared.
        Map<String, Long> historyWritten = difference(totals("ACT_HI_%"), historyBefore);
        Map<String, Long> scopedToTheCases = new TreeMap<>();
        for (Map<String, Long> caseRows : List.of(firstRows, secondRows)) {
            caseRows.forEach((table, count) -> {
                if (table.startsWith("ACT_HI_")) {
                    scopedToTheCases.merge(table, count, Long::sum);
                }
            });
        }
        assertThat(withoutZeros(historyWritten)).as("history written while the cases ran").isEqualTo(withoutZeros(scopedToTheCases));

        Measured measured = new Measured(kind, path, firstRows, firstFormFields);
        System.out.println("[history-rows] " + kind + ": " + measured.total() + " rows " + withoutZeros(firstRows));
        MEASURED.put(kind, measured);
        assertThat(measured.total()).as(kind + " rows per case").isLessThanOrEqualTo(BUDGET.get(kind));
    }

    private void assertEnded(String root) {
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ = ?"
                + " and END_TIME_ is null", Long.class, root)).as("instances of case " + root + " not ended").isZero();
        assertThat(jdbc.queryForObject("select END_ACT_ID_ from ACT_HI_PROCINST where ID_ = ?", String.class, root))
                .as("the end event of " + root).isNotNull();
    }

    /** No row of the case in the runtime tables, and no runtime table grew (metrics aside). */
    private void assertNothingAtRuntime(String root, Map<String, Long> runtimeBefore) {
        List<String> instances = jdbc.queryForList("select ID_ from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ = ?",
                String.class, root);
        List<String> tasks = jdbc.queryForList("select ID_ from ACT_HI_TASKINST where ROOT_PROC_INST_ID_ = ?",
                String.class, root);
        String in = instances.stream().map(i -> "'" + i + "'").collect(Collectors.joining(","));
        Map<String, String> ofTheCase = new LinkedHashMap<>();
        ofTheCase.put("ACT_RU_EXECUTION", "PROC_INST_ID_ in (" + in + ")");
        ofTheCase.put("ACT_RU_TASK", "PROC_INST_ID_ in (" + in + ")");
        ofTheCase.put("ACT_RU_VARIABLE", "PROC_INST_ID_ in (" + in + ")");
        ofTheCase.put("ACT_RU_JOB", "PROCESS_INSTANCE_ID_ in (" + in + ")");
        ofTheCase.put("ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_ in (" + in + ")");
        ofTheCase.put("ACT_RU_INCIDENT", "PROC_INST_ID_ in (" + in + ")");
        ofTheCase.put("ACT_RU_EXT_TASK", "PROC_INST_ID_ in (" + in + ")");
        String resources = tasks.isEmpty() ? in
                : in + "," + tasks.stream().map(t -> "'" + t + "'").collect(Collectors.joining(","));
        ofTheCase.put("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ in (" + resources + ")");
        ofTheCase.forEach((table, where) -> assertThat(count(table, where)).as(table + " rows of ended case " + root).isZero());

        Map<String, Long> grown = withoutZeros(difference(totals("ACT_RU_%"), runtimeBefore));
        METRICS.forEach(grown::remove);
        assertThat(grown).as("runtime tables grown by an ended case").isEmpty();
    }

    /** The case's rows per table: the engine's by root process instance, the project's by case id. */
    private Map<String, Long> rows(String root) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : engineTablesWithRoot()) {
            rows.put(table, count(table, "ROOT_PROC_INST_ID_ = '" + root + "'"));
        }
        String caseId = jdbc.queryForObject("select id from case_file where process_instance_id = ?", String.class, root);
        String caseNumber = jdbc.queryForObject("select case_number from case_file where id = ?", String.class, caseId);
        List<String> instances = jdbc.queryForList("select ID_ from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ = ?",
                String.class, root);
        rows.put("case_file", count("case_file", "id = '" + caseId + "'"));
        for (String table : CASE_ID_TABLES) {
            rows.put(table, count(table, "case_id = '" + caseId + "'"));
        }
        rows.put("assistance_payment", count("assistance_payment",
                "entitlement_id in (select id from assistance_entitlement where case_id = '" + caseId + "')"));
        rows.put("two_non_hold", count("two_non_hold", "case_number = '" + caseNumber + "'"));
        rows.put("timer_due_basis", count("timer_due_basis", "process_instance_id in ("
                + instances.stream().map(i -> "'" + i + "'").collect(Collectors.joining(",")) + ")"));
        return rows;
    }

    /** Engine tables that record their root process instance: the history tables and the byte arrays. */
    private List<String> engineTablesWithRoot() {
        return jdbc.queryForList("select TABLE_NAME from INFORMATION_SCHEMA.COLUMNS where COLUMN_NAME = 'ROOT_PROC_INST_ID_'"
                + " and (TABLE_NAME like 'ACT_HI_%' or TABLE_NAME = 'ACT_GE_BYTEARRAY') order by TABLE_NAME", String.class);
    }

    private Map<String, Long> totals(String pattern) {
        Map<String, Long> totals = new TreeMap<>();
        for (String table : jdbc.queryForList("select TABLE_NAME from INFORMATION_SCHEMA.TABLES where TABLE_NAME like ?"
                + " and TABLE_SCHEMA = 'PUBLIC'", String.class, pattern)) {
            totals.put(table, count(table, "1 = 1"));
        }
        return totals;
    }

    private long count(String table, String where) {
        return jdbc.queryForObject("select count(*) from " + table + " where " + where, Long.class);
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> difference = new TreeMap<>();
        after.forEach((table, count) -> difference.put(table, count - before.getOrDefault(table, 0L)));
        return difference;
    }

    private static Map<String, Long> withoutZeros(Map<String, Long> counts) {
        Map<String, Long> nonZero = new TreeMap<>();
        counts.forEach((table, count) -> {
            if (count != 0) {
                nonZero.put(table, count);
            }
        });
        return nonZero;
    }

    /** The clerk submits the start form in the Tasklist; returns the process instance id (the case's root). */
    private String start(String processKey, String user, String group, Map<String, Object> form) {
        String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        formFields += fieldCount(formService.getDeployedStartForm(definition));
        identityService.setAuthentication(user, List.of(group));
        try {
            ProcessInstance instance = formService.submitStartForm(definition, new HashMap<>(form));
            return instance.getId();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * A member of the task's candidate group claims the case's open task of that key and submits its form, as in the
     * Tasklist. The task may be in a called process of the case.
     */
    private void work(String root, String taskKey, Map<String, Object> form) {
        List<String> open = jdbc.queryForList("select t.ID_ from ACT_RU_TASK t join ACT_RU_EXECUTION e"
                + " on e.ID_ = t.PROC_INST_ID_ where e.ROOT_PROC_INST_ID_ = ? and t.TASK_DEF_KEY_ = ?", String.class, root, taskKey);
        assertThat(open).as("open " + taskKey + " of case " + root).hasSize(1);
        String taskId = open.get(0);
        String group = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElseThrow();
        String user = group.replace('-', '.');
        formFields += fieldCount(formService.getDeployedTaskForm(taskId));
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.claim(taskId, user);
            formService.submitTaskForm(taskId, new HashMap<>(form));
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * The fields the Tasklist submits from this form: every field with a key (form-js leaves out disabled fields only,
     * and our forms have none; fields hidden by a condition are left out too, which this count ignores).
     */
    private static int fieldCount(java.io.InputStream form) {
        try (form) {
            List<com.fasterxml.jackson.databind.JsonNode> keyed = new ArrayList<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(form).findParents("key").forEach(keyed::add);
            return (int) keyed.stream().filter(field -> field.has("type")
                    && !field.path("disabled").asBoolean(false)).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs the case's one timer (of that activity, if given) as the job executor would. */
    private void runTimer(String root, String activityId) {
        var query = managementService.createJobQuery().processInstanceId(root).timers();
        List<org.camunda.bpm.engine.runtime.Job> jobs = (activityId == null ? query : query.activityId(activityId)).list();
        assertThat(jobs).as("timer " + activityId + " of case " + root).hasSize(1);
        managementService.executeJob(jobs.get(0).getId());
    }

    private static Map<String, Object> deposit(String payer, String receipt) {
        return Map.of("payer", payer, "depositAmount", "119316.00", "depositedOn", "2012-09-20",
                "treasuryReceiptNumber", receipt, "treasuryConfirmed", true);
    }

    /**
     * The same application for other people: every resident ID number gets another sequence number (same birth date
     * and sex), so that the second case of a kind is not refused as the first one's duplicate.
     */
    private static Map<String, Object> otherPeople(Map<String, Object> application, int n) {
        Map<String, Object> copy = new HashMap<>(application);
        if (n == 1) {
            return copy;
        }
        copy.replaceAll((field, value) -> field.endsWith("IdNumber") && value instanceof String id && id.length() == 18
                ? withSequence(id, (Integer.parseInt(id.substring(14, 16)) + 37 * n) % 100) : value);
        return copy;
    }

    private static String withSequence(String id, int sequence) {
        String first17 = id.substring(0, 14) + String.format("%02d", sequence) + id.charAt(16);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** One kind's measured case. */
    private record Measured(String kind, String path, Map<String, Long> rows, int formFields) {

        long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        long engine() {
            return rows.entrySet().stream().filter(e -> e.getKey().startsWith("ACT_")).mapToLong(Map.Entry::getValue).sum();
        }

        static String table(Map<String, Measured> measured) {
            List<Measured> kinds = new ArrayList<>(measured.values());
            List<String> tables = kinds.get(0).rows().keySet().stream()
                    .filter(table -> kinds.stream().anyMatch(k -> k.rows().getOrDefault(table, 0L) != 0)).toList();
            StringBuilder md = new StringBuilder("| rows per case | ");
            md.append(kinds.stream().map(Measured::kind).collect(Collectors.joining(" | "))).append(" |\n|---|");
            md.append("---:|".repeat(kinds.size())).append('\n');
            for (String table : tables) {
                md.append("| `").append(table).append("` | ");
                md.append(kinds.stream().map(k -> String.valueOf(k.rows().getOrDefault(table, 0L)))
                        .collect(Collectors.joining(" | "))).append(" |\n");
            }
            row(md, "engine (ACT_*)", kinds, Measured::engine);
            row(md, "project", kinds, k -> k.total() - k.engine());
            row(md, "**total**", kinds, Measured::total);
            row(md, "form fields on the path (see below)", kinds, Measured::formFields);
            row(md, "total if every form field is submitted", kinds, k -> k.total() - k.rows().get("ACT_HI_DETAIL") + k.formFields());
            md.append("\nPaths:\n\n");
            kinds.forEach(k -> md.append("- ").append(k.kind()).append(": ").append(k.path()).append('\n'));
            return md.toString();
        }

        private static void row(StringBuilder md, String label, List<Measured> kinds,
                                java.util.function.ToLongFunction<Measured> value) {
            md.append("| ").append(label).append(" | ").append(kinds.stream().map(k -> String.valueOf(value.applyAsLong(k)))
                    .collect(Collectors.joining(" | "))).append(" |\n");
        }
    }
}
