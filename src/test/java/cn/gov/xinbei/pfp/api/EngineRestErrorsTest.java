package cn.gov.xinbei.pfp.api;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 finding 6: Camunda's REST API answers our refusals with 400 in Chinese, no class name, no engine code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineRestErrorsTest {

    @Autowired
    TestRestTemplate rest;
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

    @Test
    void anInvalidValueInATaskCompletionIsA400InChinese() {
        identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
        runtimeService.startProcessInstanceByKey("secondChildApproval", Applications.onlyChildCouple());
        identityService.clearAuthentication();
        Task task = taskService.createTaskQuery().processInstanceBusinessKey("SC-2012-00001").singleResult();

        ResponseEntity<String> answer = complete(task,
                "{\"variables\":{\"acceptanceNote\":{\"value\":\"\u202E受理\",\"type\":\"String\"}}}");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("\"type\":\"INVALID_INPUT\"").contains("输入有误")
                .contains("acceptanceNote").doesNotContain("Exception").doesNotContain("ENGINE-");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void anEngineErrorIsAChineseMessageWithoutItsCode() {
        ResponseEntity<String> answer = complete(null, "{\"variables\":{}}");
        // Camunda answers an unknown task with 500 and its text; a missing thing is 404 in Chinese (issue 16).
        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody()).doesNotContain("Exception").doesNotContain("ENGINE-").contains("不存在")
                .contains("\"type\":\"NOT_FOUND\"");
    }

    private ResponseEntity<String> complete(Task task, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("chunjiang.clerk", "demo").postForEntity(
                "/engine-rest/task/" + (task == null ? "no-such-task" : task.getId()) + "/complete",
                new HttpEntity<>(body, headers), String.class);
    }
}
