package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static cn.gov.xinbei.pfp.testing.CaseTestSupport.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deadline desk's counts per day (case_step_open_count, case_step_ended_count) follow every change of a step as
 * the engine makes it, and always equal a count of the steps afresh: opened, moved, undated, completed, cancelled,
 * rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
class StepCountsTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    StepCounts stepCounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

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
    void stepsOfOneTownKindUnitAndDayAreOneCountThatFollowsThemUntilTheyEnd() {
        String first = start();
        Map<String, Object> anotherCouple = Applications.onlyChildCouple();
        anotherCouple.put("wifeIdNumber", "320411198506120045");
        anotherCouple.put("husbandIdNumber", "32041119830203003X");
        String second = runtimeService.startProcessInstanceByKey("secondChildApproval", anotherCouple).getId();
        // 受理申请: 5 working days from Thursday 2012-03-01.
        assertThat(counts()).containsExactly(Map.entry("chunjiang SECOND_CHILD chunjiang 2012-03-08", 2));
        assertCountedAfresh();

        String firstTask = taskOf(first);
        taskService.setDueDate(firstTask, endOf(LocalDate.of(2012, 3, 22)));
        assertThat(counts()).as("an extension moves one step to its new day").containsExactly(
                Map.entry("chunjiang SECOND_CHILD chunjiang 2012-03-08", 1),
                Map.entry("chunjiang SECOND_CHILD chunjiang 2012-03-22", 1));
        taskService.setDueDate(firstTask, null);
        assertThat(counts()).containsExactly(
                Map.entry("chunjiang SECOND_CHILD chunjiang 2012-03-08", 1),
                Map.entry("chunjiang SECOND_CHILD chunjiang undated", 1));
        assertCountedAfresh();

        identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
        taskService.complete(firstTask, Map.of("acceptanceDecision", "ACCEPT"));
        identityService.clearAuthentication();
        assertThat(counts()).as("the completed step leaves, the town's review comes (20 working days)")
                .containsOnlyKeys("chunjiang SECOND_CHILD chunjiang 2012-03-08",
                        "chunjiang SECOND_CHILD chunjiang 2012-03-29");
        assertThat(endedCounts()).as("an undated step is no deadline kept or missed").isEmpty();
        assertCountedAfresh();

        // The town's review, completed on 2012-03-30, a day after its due date; the one accepted on time.
        String review = taskOf(first);
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 30));
        identityService.setAuthentication("chunjiang.clerk", List.of("chunjiang-clerk"));
        taskService.complete(taskOf(second), Map.of("acceptanceDecision", "ACCEPT"));
        taskService.complete(review, Map.of("townRecommendation", "APPROVE", "townOpinion", "情况属实，同意上报"));
        identityService.clearAuthentication();
        assertThat(endedCounts()).containsExactly(
                Map.entry("2012-03-30 chunjiang SECOND_CHILD chunjiang Task_AcceptApplication late", 1),
                Map.entry("2012-03-30 chunjiang SECOND_CHILD chunjiang Task_TownReview late", 1));
        assertCountedAfresh();

        Map<String, Integer> ended = endedCounts();
        int open = counts().values().stream().mapToInt(Integer::intValue).sum();
        runtimeService.deleteProcessInstance(second, "申请人撤回申请");
        assertThat(counts().values().stream().mapToInt(Integer::intValue).sum()).as("a cancelled step leaves")
                .isEqualTo(open - 1);
        assertThat(counts().values()).as("no row is left at zero").allMatch(count -> count > 0);
        assertThat(endedCounts()).as("a cancelled step is not work done").isEqualTo(ended);
        assertCountedAfresh();
    }

    @Test
    void aRolledBackStartLeavesNoCount() {
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            start();
            assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(1);
            throw new IllegalStateException("the caller's transaction fails after the start");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("select count(*) from case_step", Integer.class)).isZero();
        assertThat(counts()).isEmpty();
    }

    @Test
    void aRebuildCountsStepsWrittenAroundTheApplication() {
        start();
        jdbc.update("delete from case_step_open_count");
        assertThat(counts()).isEmpty();

        stepCounts.rebuild();

        assertThat(counts()).containsExactly(Map.entry("chunjiang SECOND_CHILD chunjiang 2012-03-08", 1));
    }

    /** The maintained counts as "town kind unit day". */
    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("select town_slug, case_kind, responsible_unit, undated, due_on, open_steps from case_step_open_count",
                rs -> {
                    counts.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + (rs.getBoolean(4) ? "undated" : rs.getDate(5).toLocalDate().toString()), rs.getInt(6));
                });
        return counts;
    }

    /** The counts of completed steps as "day town kind unit step on-time/late". */
    private Map<String, Integer> endedCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("select ended_on, town_slug, case_kind, responsible_unit, step_key, on_time, ended_steps"
                + " from case_step_ended_count", rs -> {
                    counts.put(rs.getDate(1).toLocalDate() + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4) + " " + rs.getString(5) + (rs.getBoolean(6) ? " on time" : " late"),
                            rs.getInt(7));
                });
        return counts;
    }

    private void assertCountedAfresh() {
        Map<String, Integer> open = counts();
        Map<String, Integer> ended = endedCounts();
        stepCounts.rebuild();
        assertThat(counts()).as("open steps counted afresh from case_step").isEqualTo(open);
        assertThat(endedCounts()).as("completed steps counted afresh from case_step").isEqualTo(ended);
    }

    private String taskOf(String instance) {
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private String start() {
        return runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple())).getId();
    }
}
