package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import cn.gov.xinbei.pfp.twonon.TwoNonIntakeService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static cn.gov.xinbei.pfp.testing.CaseTestSupport.CHINA;
import static cn.gov.xinbei.pfp.testing.CaseTestSupport.endOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 我的待办 is read from case_step and case_step_group, not from the engine: it must list exactly the tasks the
 * engine's own query finds (assigned to the user, or offered to one of their groups and not claimed), each once, in
 * date order with undated ones last, paged and counted.
 */
@SpringBootTest
@ActiveProfiles("test")
class CaseTasksTest {

    private static final String BUREAU = "bureau-clerk";
    private static final String HEALTH = "health-liaison";
    /** Far above what the tests hold: counted exactly. */
    private static final int LIMIT = 10_000;

    @Autowired
    CaseTasks caseTasks;
    @Autowired
    TwoNonIntakeService twoNon;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    /** Four reports' acceptance steps, offered to the bureau's clerks. */
    String mine;
    String colleagues;
    String dueSoon;
    String undated;

    @BeforeEach
    void fourReports() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        mine = report("春江镇某诊所B超鉴定胎儿性别");
        colleagues = report("孟河镇某药店违规出售终止妊娠药品");
        dueSoon = report("新桥镇某个体医生非法实施终止妊娠手术");
        undated = report("薛家镇某诊所为孕妇做性别鉴定");
        taskService.claim(mine, "bureau.clerk");
        taskService.claim(colleagues, "bureau.other");
        taskService.setDueDate(dueSoon, endOf(LocalDate.of(2012, 3, 2)));
        taskService.setDueDate(undated, null);
        // Also offered to the health liaisons: a user of both groups must see it once.
        taskService.addCandidateGroup(dueSoon, HEALTH);
    }

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void aClerkSeesWhatIsAssignedToThemAndWhatTheirGroupMayTakeEarliestDueFirstUndatedLast() {
        CaseTasks.Page page = caseTasks.mine("bureau.clerk", List.of(BUREAU), 0, 10, LIMIT, CHINA);

        assertThat(ids(page)).containsExactly(dueSoon, mine, undated);
        assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(engine("bureau.clerk", List.of(BUREAU)));
        assertThat(page.total()).isEqualTo(3);
        CaseTasks.WorkItem first = page.items().get(0);
        assertThat(first.dueDate()).isEqualTo(LocalDate.of(2012, 3, 2));
        assertThat(first.caseNumber()).matches("TN-2012-\\d{5}");
        assertThat(first.stepName()).isEqualTo(taskService.createTaskQuery().taskId(dueSoon).singleResult().getName());
        // An agency's track step carries the agency's Chinese name, not its code.
        taskService.complete(dueSoon, java.util.Map.of("acceptanceDecision", "ACCEPT", "healthReason", "被举报的是个体医生"));
        assertThat(caseTasks.mine("health.liaison", List.of(HEALTH), 0, 10, LIMIT, CHINA).items())
                .extracting(CaseTasks.WorkItem::stepName).singleElement().asString()
                .endsWith("（社会事业局（卫生））").doesNotContain("health");
        assertThat(first.tasklistUrl()).isEqualTo(CaseTasks.TASKLIST_TASK + dueSoon);
        assertThat(page.items().get(2).dueDate()).isNull();
    }

    @Test
    void aStepClaimedByAColleagueIsTheirsAndAStepHandedBackIsOfferedAgain() {
        assertThat(ids(caseTasks.mine("bureau.other", List.of(BUREAU), 0, 10, LIMIT, CHINA)))
                .containsExactly(dueSoon, colleagues, undated);

        taskService.setAssignee(colleagues, null);

        assertThat(ids(caseTasks.mine("bureau.clerk", List.of(BUREAU), 0, 10, LIMIT, CHINA)))
                .containsExactly(dueSoon, mine, colleagues, undated)
                .containsExactlyInAnyOrderElementsOf(engine("bureau.clerk", List.of(BUREAU)));
    }

    @Test
    void aStepOfferedToTwoOfTheUsersGroupsIsListedAndCountedOnce() {
        CaseTasks.Page page = caseTasks.mine("lead", List.of(BUREAU, HEALTH), 0, 10, LIMIT, CHINA);

        assertThat(ids(page)).containsExactly(dueSoon, undated)
                .containsExactlyInAnyOrderElementsOf(engine("lead", List.of(BUREAU, HEALTH)));
        assertThat(page.total()).isEqualTo(2);
        assertThat(ids(caseTasks.mine("health.liaison", List.of(HEALTH), 0, 10, LIMIT, CHINA))).containsExactly(dueSoon);
    }

    @Test
    void pagesFollowTheSameOrderAndTheCountCoversThemAll() {
        CaseTasks.Page first = caseTasks.mine("bureau.clerk", List.of(BUREAU), 0, 2, LIMIT, CHINA);
        CaseTasks.Page second = caseTasks.mine("bureau.clerk", List.of(BUREAU), 1, 2, LIMIT, CHINA);
        CaseTasks.Page beyond = caseTasks.mine("bureau.clerk", List.of(BUREAU), 2, 2, LIMIT, CHINA);

        assertThat(ids(first)).containsExactly(dueSoon, mine);
        assertThat(ids(second)).containsExactly(undated);
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(3L);
        assertThat(first.pages()).isEqualTo(2);
    }

    @Test
    void theCountStopsAtItsLimitAndSaysThereAreMore() {
        CaseTasks.Page capped = caseTasks.mine("bureau.clerk", List.of(BUREAU), 0, 10, 2, CHINA);
        assertThat(List.of(capped.total(), (long) capped.items().size())).containsExactly(2L, 2L);
        assertThat(capped.more()).isTrue();
        assertThat(ids(capped)).containsExactly(dueSoon, mine);
        CaseTasks.Page assignedOnly = caseTasks.mine("bureau.clerk", List.of(BUREAU), 0, 10, 1, CHINA);
        assertThat(assignedOnly.total()).isEqualTo(1);
        assertThat(assignedOnly.more()).isTrue();
        CaseTasks.Page exact = caseTasks.mine("bureau.clerk", List.of(BUREAU), 0, 10, 3, CHINA);
        assertThat(exact.total()).isEqualTo(3);
        assertThat(exact.more()).isFalse();
        CaseTasks.Page twoGroups = caseTasks.mine("lead", List.of(BUREAU, HEALTH), 0, 10, 2, CHINA);
        assertThat(twoGroups.total()).as("the step offered to both groups counts once").isEqualTo(2);
        assertThat(twoGroups.more()).isFalse();
    }

    @Test
    void completedStepsAndUsersWithoutGroupsHaveNothingToDo() {
        taskService.complete(mine, java.util.Map.of("acceptanceDecision", "ACCEPT", "healthReason", "被举报的是春江镇某诊所"));

        assertThat(ids(caseTasks.mine("bureau.clerk", List.of(BUREAU), 0, 10, LIMIT, CHINA))).doesNotContain(mine)
                .containsExactlyInAnyOrderElementsOf(engine("bureau.clerk", List.of(BUREAU)));
        assertThat(caseTasks.mine("chunjiang.head", List.of(), 0, 10, LIMIT, CHINA).total()).isZero();
    }

    @Test
    void ofACasesOpenStepsTheCasePageOffersOnlyThoseTheUserMayDo() {
        List<String> all = List.of(mine, colleagues, dueSoon, undated);

        assertThat(caseTasks.workableAmong("bureau.clerk", List.of(BUREAU), all, CHINA))
                .extracting(CaseTasks.WorkItem::taskId).containsExactlyInAnyOrder(mine, dueSoon, undated);
        assertThat(caseTasks.workableAmong("health.liaison", List.of(HEALTH), all, CHINA))
                .extracting(CaseTasks.WorkItem::taskId).containsExactly(dueSoon);
        assertThat(caseTasks.workableAmong("bureau.other", List.of(), all, CHINA))
                .extracting(CaseTasks.WorkItem::taskId).containsExactly(colleagues);
    }

    private String report(String description) {
        String caseNumber = twoNon.report(new TwoNonIntakeService.Intake("HOTLINE", true, null, null, description),
                "bureau.clerk", List.of(BUREAU)).caseNumber();
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    /** What the engine's own task query answers for the user. */
    private List<String> engine(String userId, Collection<String> groups) {
        List<String> ids = new ArrayList<>();
        taskService.createTaskQuery().active().or().taskAssignee(userId).taskCandidateGroupIn(List.copyOf(groups))
                .endOr().list().stream().map(Task::getId).forEach(ids::add);
        return ids;
    }

    private static List<String> ids(CaseTasks.Page page) {
        return page.items().stream().map(CaseTasks.WorkItem::taskId).toList();
    }
}
