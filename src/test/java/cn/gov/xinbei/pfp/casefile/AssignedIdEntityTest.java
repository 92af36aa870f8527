package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Entities whose ids the application assigns ({@code AssignedIdEntity}) are inserted by {@code save()} as built, not
 * merged: the instance saved is the one the transaction holds, a second row with a stored id is refused instead of
 * overwriting it, and a loaded entity is saved as an update.
 */
@SpringBootTest
@ActiveProfiles("test")
class AssignedIdEntityTest {

    private static final Instant NOW = Instant.parse("2012-03-01T02:00:00Z");

    @Autowired
    CaseFileRepository cases;
    @Autowired
    CaseStepRepository steps;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void cleanUp() {
        CaseTestSupport.resetClockAndDeleteCases(runtimeService, jdbc);
    }

    @Test
    void aNewStepIsInsertedAsBuiltAndIsTheInstanceTheTransactionHolds() {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CaseFile caseFile = tx.execute(status -> cases.save(caseFile("SC-2012-90001")));
        tx.executeWithoutResult(status -> {
            CaseStep built = step("task-assigned-1", caseFile, "受理申请");
            assertThat(built.isNew()).isTrue();
            CaseStep saved = steps.save(built);
            assertThat(saved).as("persisted, not a merged copy").isSameAs(built);
            steps.flush();
            assertThat(saved.isNew()).as("stored once written").isFalse();
        });
        assertThat(jdbc.queryForObject("select step_name from case_step where task_id = 'task-assigned-1'", String.class))
                .isEqualTo("受理申请");
    }

    @Test
    void aSecondRowWithAStoredIdIsRefusedNotWrittenOverTheFirst() {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        CaseFile caseFile = caseWithStep(tx, "SC-2012-90002", "task-assigned-2");

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> steps.saveAndFlush(
                step("task-assigned-2", caseFile, "另一个步骤")))).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("select step_name from case_step where task_id = 'task-assigned-2'", String.class))
                .isEqualTo("受理申请");
    }

    @Test
    void aLoadedStepIsStoredAndItsChangesAreAnUpdate() {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        caseWithStep(tx, "SC-2012-90003", "task-assigned-3");

        tx.executeWithoutResult(status -> {
            CaseStep loaded = steps.findById("task-assigned-3").orElseThrow();
            assertThat(loaded.isNew()).isFalse();
            loaded.offerTo(List.of("menghe-clerk"));
            steps.save(loaded);
        });
        assertThat(jdbc.queryForObject("select candidate_groups from case_step where task_id = 'task-assigned-3'",
                String.class)).isEqualTo("menghe-clerk");
        assertThat(jdbc.queryForObject("select count(*) from case_step", Integer.class)).as("the same row, changed").isEqualTo(1);
    }

    /** A stored case with one stored step named 受理申请. */
    private CaseFile caseWithStep(TransactionTemplate tx, String number, String taskId) {
        CaseFile caseFile = tx.execute(status -> cases.save(caseFile(number)));
        tx.executeWithoutResult(status -> steps.save(step(taskId, caseFile, "受理申请")));
        return caseFile;
    }

    private static CaseFile caseFile(String number) {
        return new CaseFile(number, CaseKind.SECOND_CHILD, "chunjiang", "周敏 照顾再生育一孩审批",
                LocalDate.of(2012, 3, 1), "chunjiang.clerk", NOW);
    }

    private static CaseStep step(String taskId, CaseFile caseFile, String name) {
        return new CaseStep(taskId, caseFile, "process-" + taskId, "Task_Accept", name, List.of("chunjiang-clerk"),
                "chunjiang", null, NOW, null, null);
    }
}
