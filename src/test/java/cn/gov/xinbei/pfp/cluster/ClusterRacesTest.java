package cn.gov.xinbei.pfp.cluster;

import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.organization.WorkflowAuthorizations;
import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import cn.gov.xinbei.pfp.web.EngineRestErrors;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 point 7: the races two nodes run into on one database, run here with threads against the real services
 * (each thread its own transaction and connection, as two nodes would have).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public class ClusterRacesTest {

    @Autowired
    CaseFileService caseFiles;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    FilterService filterService;
    @Autowired
    WorkflowAuthorizations workflowAuthorizations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void at2012() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void twoThreadsDrawingTheFirstNumberOfAYearGetOneAndTwo() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        List<Object> drawn = race(() -> transaction.execute(status -> caseFiles.drawNumber("CERTIFICATE", 2031)));

        assertThat(drawn).containsExactlyInAnyOrder(1L, 2L);
        assertThat(jdbc.queryForObject("select next_value from case_number_sequence where case_kind = 'CERTIFICATE'"
                + " and case_year = 2031", Long.class)).isEqualTo(3L);
    }

    @Test
    void theSameApplicationRegisteredTwiceAtOnceOpensOneCaseAndTheOtherIsRefusedInChinese() throws Exception {
        List<Object> outcomes = race(() -> runtimeService.startProcessInstanceByKey("secondChildApproval",
                Applications.onlyChildCouple()).getBusinessKey());

        assertThat(outcomes).filteredOn(String.class::isInstance).hasSize(1);
        InvalidInputException refusal = outcomes.stream().filter(Throwable.class::isInstance)
                .map(failure -> invalidInput((Throwable) failure)).findFirst().orElseThrow();
        assertThat(refusal.violations().get(0).field()).isEqualTo("wifeIdNumber");
        assertThat(refusal.violations().get(0).message()).contains("女方已有正在办理的再生育申请").contains("SC-2012-0000");
        assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from case_open_claim", Integer.class)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesASecondOpenCaseEvenWhenTheCheckBeforeItDidNotSeeTheFirst() {
        String first = runtimeService.startProcessInstanceByKey("secondChildApproval", Applications.onlyChildCouple())
                .getBusinessKey();
        // As if a second registration had passed the check before the first was committed: its claim is refused.
        var second = new cn.gov.xinbei.pfp.casefile.CaseFile("SC-2012-99999",
                cn.gov.xinbei.pfp.casefile.CaseKind.SECOND_CHILD, "chunjiang", "t", LocalDate.of(2012, 3, 1), "x",
                java.time.Instant.now());
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        try {
            transaction.executeWithoutResult(status -> caseFiles.claimOpen(second, CaseFileService.claimKey(
                    cn.gov.xinbei.pfp.casefile.CaseKind.SECOND_CHILD, null, Applications.WIFE_ID), "wifeIdNumber",
                    open -> "女方已有正在办理的再生育申请（案件编号" + open + "）"));
            throw new AssertionError("the second claim was accepted");
        } catch (InvalidInputException refused) {
            assertThat(refused.violations().get(0).message()).contains(first);
        }
    }

    @Test
    void aClosedCaseGivesItsKeyBackSoTheWomanMayApplyAgain() {
        String first = runtimeService.startProcessInstanceByKey("secondChildApproval", Applications.onlyChildCouple())
                .getBusinessKey();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> caseFiles.close(
                caseFiles.byNumber(first), cn.gov.xinbei.pfp.casefile.CaseStatus.WITHDRAWN, "WITHDRAWN", "x", "撤回"));
        assertThat(jdbc.queryForObject("select count(*) from case_open_claim", Integer.class)).isZero();

        String second = runtimeService.startProcessInstanceByKey("secondChildApproval", Applications.onlyChildCouple())
                .getBusinessKey();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void twoNodesSeedingAtTheSameMomentLeaveOneOfEachFilterAndNoFailure() throws Exception {
        filterService.createFilterQuery().list().forEach(filter -> filterService.deleteFilter(filter.getId()));
        jdbc.update("delete from ACT_RU_AUTHORIZATION where GROUP_ID_ like '%-clerk'");

        List<Object> outcomes = race(() -> {
            workflowAuthorizations.apply();
            return "done";
        });

        assertThat(outcomes).containsOnly("done");
        assertThat(filterService.createFilterQuery().count()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where GROUP_ID_ = 'chunjiang-clerk'"
                + " and RESOURCE_TYPE_ = 0 and RESOURCE_ID_ = 'tasklist'", Integer.class)).isEqualTo(1);
    }

    @Test
    void theSameTaskCompletedTwiceAtOnceOneWinsTheOtherGets409InChinese() throws Exception {
        Task task = acceptanceTask();

        List<Object> answers = race(() -> complete(task).getStatusCode().value());

        assertThat(answers).containsExactlyInAnyOrder(204, 409);
        assertThat(taskService.createTaskQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(task.getTaskDefinitionKey()).count()).isZero();
    }

    @Test
    void aTaskCompletedAgainAfterTheWinnerCommittedIs409NotAServerError() {
        Task task = acceptanceTask();
        assertThat(complete(task).getStatusCode().value()).isEqualTo(204);

        ResponseEntity<String> loser = complete(task);

        assertThat(loser.getStatusCode().value()).isEqualTo(409);
        assertThat(loser.getBody()).contains("CONCURRENT_MODIFICATION").contains("已被他人处理")
                .doesNotContain("Exception").doesNotContain("ENGINE-").doesNotContain("task is null");
    }

    @Test
    void aLoserRefusedTheAuthorizationTheWinnersCommitRemovedGets409() {
        Task task = acceptanceTask();
        // The loser read the task before the winner's commit and checks its candidate group's authorization after it.
        AuthorizationException denied = new AuthorizationException("chunjiang.clerk", "TASK_WORK", "Task", task.getId());
        assertThat(EngineRestErrors.respond(denied).getStatus()).as("the task still open: a refusal").isEqualTo(403);

        assertThat(complete(task).getStatusCode().value()).isEqualTo(204);

        Response answer = EngineRestErrors.respond(denied);
        assertThat(answer.getStatus()).as("the task done meanwhile: a lost race").isEqualTo(409);
        assertThat(answer.getEntity().toString()).contains("CONCURRENT_MODIFICATION");
    }

    @Test
    void anyOtherFailureToCompleteATaskTheWinnerHasDoneIs409() {
        Task task = acceptanceTask();
        // Camunda's task resource wraps whatever failed in the completion and names the task.
        RestException failed = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("the instance's executions changed meanwhile"),
                "Cannot complete task " + task.getId() + ": the instance's executions changed meanwhile");
        assertThat(EngineRestErrors.respond(failed).getStatus()).as("the task still open: a server fault")
                .isEqualTo(500);

        assertThat(complete(task).getStatusCode().value()).isEqualTo(204);

        assertThat(EngineRestErrors.respond(failed).getStatus()).as("the task done meanwhile").isEqualTo(409);
    }

    private Task acceptanceTask() {
        identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
        String caseNumber = runtimeService.startProcessInstanceByKey("secondChildApproval",
                Applications.onlyChildCouple()).getBusinessKey();
        identityService.clearAuthentication();
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private ResponseEntity<String> complete(Task task) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("chunjiang.clerk", "demo").postForEntity("/engine-rest/task/" + task.getId()
                + "/complete", new HttpEntity<>("{\"variables\":{\"acceptanceDecision\":{\"value\":\"ACCEPT\",\"type\":\"String\"}}}", headers),
                String.class);
    }

    private static InvalidInputException invalidInput(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("not refused as invalid input", failure);
    }

    /** Runs the work in two threads released at the same moment; each result or failure. */
    private static List<Object> race(Callable<Object> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return work.call();
                    } catch (Exception failure) {
                        return failure;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
