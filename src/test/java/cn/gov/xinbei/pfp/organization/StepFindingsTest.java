package cn.gov.xinbei.pfp.organization;

import cn.gov.xinbei.pfp.assistance.process.AssistanceApplications;
import cn.gov.xinbei.pfp.birthregistration.Registrations;
import cn.gov.xinbei.pfp.maintenancefee.FeeReports;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import cn.gov.xinbei.pfp.twonon.TwoNonIntakeService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: the form of each decision step shows what the earlier steps found, read-only, with who gave it and when.
 * Per case kind: the earlier steps are completed by signed-in demo users as in the Tasklist; at the decision step
 * the form (forms/, the file the Tasklist shows) has a group with those fields, and the task's variables carry their
 * values and the person's name (张敏, not chunjiang.clerk).
 */
@SpringBootTest
@ActiveProfiles("test")
class StepFindingsTest {

    private static final String TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
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
    void theBureausApprovalShowsThePolicesProofAndTheTownsOpinionWithWhoAndWhen() throws IOException {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        ProcessInstance instance = CaseTestSupport.startLinked(runtimeService, jdbc, "secondChildApproval",
                Applications.ruralSingleOnlyChild());
        complete(instance, "chunjiang.clerk", "chunjiang-clerk", Map.of("acceptanceDecision", "ACCEPT"));
        complete(instance, "police.liaison", "police-liaison",
                Map.of("confirmedHukouType", "RURAL", "hukouCertificateNumber", "春派证〔2012〕18号"));
        Task townReview = taskOf(instance);
        assertFindings(townReview, "second-child/secondChildTownReview.form", "Group_scTownHukou",
                Map.of("confirmedHukouType", "RURAL", "hukouCertificateNumber", "春派证〔2012〕18号",
                        "confirmHukouTypeBy", "杨警官"));
        complete(instance, "chunjiang.clerk", "chunjiang-clerk",
                Map.of("townRecommendation", "APPROVE", "townOpinion", "经审核，女方为农村居民，情况属实"));

        Task decision = taskOf(instance);
        assertThat(decision.getTaskDefinitionKey()).isEqualTo("Task_DistrictDecision");
        assertFindings(decision, "second-child/secondChildDecision.form", "Group_scDecTown",
                Map.of("townRecommendation", "APPROVE", "townOpinion", "经审核，女方为农村居民，情况属实",
                        "townReviewBy", "张敏"));
        assertFindings(decision, "second-child/secondChildDecision.form", "Group_scDecHukou",
                Map.of("confirmedHukouType", "RURAL", "confirmHukouTypeBy", "杨警官"));
        assertThat(hiddenUnless(decision, "second-child/secondChildDecision.form", "Group_scDecAssess"))
                .as("the assessment group is hidden on a path without assessment").isEqualTo("=recordAssessmentBy = null");
    }

    @Test
    void theBureausAssistanceConfirmationShowsVillageTownAndPoliceFindings() throws IOException {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        ProcessInstance instance = CaseTestSupport.startLinked(runtimeService, jdbc, "assistanceEligibility",
                AssistanceApplications.ruralAward());
        complete(instance, "chunjiang.clerk", "chunjiang-clerk",
                Map.of("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "魏村村务公开栏"));
        runTimer(instance);
        complete(instance, "chunjiang.clerk", "chunjiang-clerk",
                Map.of("townOpinion", "经镇初审，情况属实", "townPostingPlace", "春江镇政务公开栏"));
        runTimer(instance);
        complete(instance, "police.liaison", "police-liaison", Map.of("confirmedApplicantHukou", "AGRICULTURAL",
                "confirmedSpouseHukou", "AGRICULTURAL", "hukouCertificateNumber", "春派证〔2012〕31号"));

        Task confirmation = taskOf(instance);
        assertThat(confirmation.getTaskDefinitionKey()).isEqualTo("Task_BureauConfirmation");
        String form = "assistance/assistanceConfirmation.form";
        assertFindings(confirmation, form, "Group_aeConfVillage",
                Map.of("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "魏村村务公开栏", "villageReviewBy", "张敏"));
        assertFindings(confirmation, form, "Group_aeConfTown",
                Map.of("townOpinion", "经镇初审，情况属实", "townReviewBy", "张敏"));
        assertFindings(confirmation, form, "Group_aeConfPolice", Map.of("confirmedApplicantHukou", "AGRICULTURAL",
                "confirmedSpouseHukou", "AGRICULTURAL", "hukouCertificateNumber", "春派证〔2012〕31号",
                "policeCheckBy", "杨警官"));
    }

    @Test
    void theBureausMultipleAndDecisionShowTheInvestigationMultipleAndStatement() throws IOException {
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 1));
        ProcessInstance instance = CaseTestSupport.startLinked(runtimeService, jdbc, "socialMaintenanceFee",
                FeeReports.oneExtraChild());
        complete(instance, "chunjiang.clerk", "chunjiang-clerk", Map.of("registrationDecision", "REGISTER"));
        complete(instance, "chunjiang.clerk", "chunjiang-clerk", Map.of("investigationOutcome", "FEE_DUE",
                "investigator1", "王强", "investigator2", "刘洋",
                "marriageBirthHistory", "双方2008年登记结婚，2009年生育一女，2012年1月生育一子，无生育证",
                "confirmedFatherHukouType", "URBAN", "confirmedMotherHukouType", "URBAN"));
        Task multiple = taskOf(instance);
        assertThat(multiple.getTaskDefinitionKey()).isEqualTo("Task_ChooseMultiple");
        assertFindings(multiple, "maintenance-fee/maintenanceFeeMultiple.form", "Group_mfMulInvest",
                Map.of("investigator1", "王强", "investigator2", "刘洋", "confirmedFatherHukouType", "URBAN",
                        "investigateBy", "张敏"));
        assertFindings(multiple, "maintenance-fee/maintenanceFeeMultiple.form", "Group_mfMulConfirm",
                Map.of("registrationDecision", "REGISTER", "confirmCaseBy", "张敏"));

        complete(instance, "bureau.clerk", "bureau-clerk",
                Map.of("multiple", "4", "multipleReason", "多生育一个孩子，法定4倍"));
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 13));
        complete(instance, "chunjiang.clerk", "chunjiang-clerk", Map.of("noticeServedOn", "2012-08-13"));
        runTimer(instance);
        complete(instance, "bureau.clerk", "bureau-clerk",
                Map.of("statementMade", true, "statementAccepted", false, "statementSummary", "当事人称收入较低，未提供证据"));

        Task decision = taskOf(instance);
        assertThat(decision.getTaskDefinitionKey()).isEqualTo("Task_DecideFee");
        String form = "maintenance-fee/maintenanceFeeDecision.form";
        assertFindings(decision, form, "Group_mfDecMultiple",
                Map.of("multiple", "4", "multipleReason", "多生育一个孩子，法定4倍", "chooseMultipleBy", "陈立"));
        assertFindings(decision, form, "Group_mfDecStatement",
                Map.of("statementSummary", "当事人称收入较低，未提供证据", "recordStatementBy", "陈立"));
        assertFindings(decision, form, "Group_mfDecInvest", Map.of("investigator1", "王强", "investigateBy", "张敏"));
    }

    @Test
    void theAgencysPenaltyDecisionShowsItsInvestigation() throws IOException {
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 1));
        String caseNumber = twoNon.report(new TwoNonIntakeService.Intake("HOTLINE", true, null, null,
                "春江镇某诊所为孕妇做B超鉴定胎儿性别，每次收费500元"), "bureau.clerk", List.of("bureau-clerk")).caseNumber();
        ProcessInstance joint = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("twoNonJointCase").singleResult();
        complete(joint, "bureau.clerk", "bureau-clerk",
                Map.of("acceptanceDecision", "ACCEPT", "healthReason", "被举报的是春江镇某民营医院B超室医生"));
        ProcessInstance track = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber + "/health").singleResult();
        complete(track, "health.liaison", "health-liaison", Map.of("findings", "查明：为孕妇做胎儿性别鉴定",
                "evidence", "询问笔录2份", "investigators", "王强、刘洋", "crimeSuspected", false, "penaltyProposed", true));
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 6));
        complete(track, "health.liaison", "health-liaison", Map.of("noticeServedOn", "2012-08-06"));
        complete(track, "health.liaison", "health-liaison", Map.of("hearingRequested", false));

        Task decision = taskOf(track);
        assertThat(decision.getTaskDefinitionKey()).isEqualTo("Task_Decide");
        assertFindings(decision, "two-non/twoNonPenaltyDecision.form", "Group_tnDecInvest",
                Map.of("findings", "查明：为孕妇做胎儿性别鉴定", "evidence", "询问笔录2份", "penaltyProposed", true,
                        "investigateBy", "何医生"));
    }

    @Test
    void theTownsBirthRegistrationShowsWhatTheApplicationEstablished() throws IOException {
        // One step only: its form shows the application as the start checks read it (no earlier step's opinion).
        CaseTestSupport.clockAt(LocalDate.of(2026, 3, 2));
        ProcessInstance instance = CaseTestSupport.startLinked(runtimeService, jdbc, "birthRegistration",
                Registrations.secondChildBeforeBirth());
        Task decision = taskOf(instance);
        List<String> keys = readOnlyKeys(form("birth-registration/birthRegistrationTownDecision.form").path("components"));
        assertThat(keys).contains("townBasisLabel", "childSummary", "documentsSummary", "eligibilityReason");
        Map<String, Object> variables = taskService.getVariables(decision.getId());
        for (String key : List.of("townBasisLabel", "childSummary", "documentsSummary", "eligibilityReason")) {
            assertThat(variables.get(key)).as(key).asString().isNotBlank();
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private void complete(ProcessInstance instance, String user, String group, Map<String, Object> variables) {
        Task task = taskOf(instance);
        identityService.setAuthentication(user, List.of(group));
        try {
            taskService.complete(task.getId(), new HashMap<>(variables));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task taskOf(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private void runTimer(ProcessInstance instance) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());
    }

    /** The group is in the form, read-only, holds the expected keys, and the task's variables carry their values. */
    private void assertFindings(Task task, String formPath, String groupId, Map<String, Object> expected)
            throws IOException {
        JsonNode group = group(formPath, groupId);
        List<String> keys = readOnlyKeys(group.path("components"));
        String step = expected.keySet().stream().filter(k -> k.endsWith("By")).findFirst().orElseThrow();
        String at = step.substring(0, step.length() - 2) + "At";
        assertThat(keys).as("read-only fields of %s in %s", groupId, formPath).containsAll(expected.keySet()).contains(at);
        group.path("components").forEach(c -> assertThat(c.path("readonly").asBoolean()).as(c.path("key").asText())
                .isTrue());
        Map<String, Object> variables = taskService.getVariables(task.getId());
        expected.forEach((key, value) -> assertThat(variables.get(key)).as(key).isEqualTo(value));
        assertThat((String) variables.get(at)).as(at).matches(TIME);
    }

    private String hiddenUnless(Task task, String formPath, String groupId) throws IOException {
        return group(formPath, groupId).path("conditional").path("hide").asText();
    }

    private static JsonNode group(String formPath, String groupId) throws IOException {
        for (JsonNode component : form(formPath).path("components")) {
            if (groupId.equals(component.path("id").asText())) {
                return component;
            }
        }
        throw new AssertionError("no group " + groupId + " in " + formPath);
    }

    private static JsonNode form(String formPath) throws IOException {
        return new ObjectMapper().readTree(Path.of("forms", formPath).toFile());
    }

    private static List<String> readOnlyKeys(JsonNode components) {
        List<String> keys = new ArrayList<>();
        components.forEach(c -> {
            if (c.has("key") && c.path("readonly").asBoolean()) {
                keys.add(c.path("key").asText());
            }
            keys.addAll(readOnlyKeys(c.path("components")));
        });
        return keys;
    }
}
