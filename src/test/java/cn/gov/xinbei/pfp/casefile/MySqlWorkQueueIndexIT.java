package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.testing.RacesDatabaseTest;
import cn.gov.xinbei.pfp.testing.SessionReads;
import cn.gov.xinbei.pfp.testing.SessionReads.Read;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 我的待办 on MariaDB with thousands of open steps (issue 17): a page is read from the group's queue index and the
 * assignee index, about the page's rows, however many steps the group holds; the count reads the group's queue
 * entries only (up to the count's limit, through a derived table), never another group's or the table. Measured with the session's Handler_read_* counters.
 */
@RacesDatabaseTest
class MySqlWorkQueueIndexIT {

    private static final List<String> TOWNS = List.of("chunjiang", "menghe", "xinqiao");
    private static final int STEPS_PER_TOWN = 2_000;
    /** Every 20th step of a town is claimed by its clerk, the rest offered to the town's clerks. */
    private static final int CLAIMED_EVERY = 20;
    private static final int PAGE = 20;
    /** Above the town's steps: the count reads them all, which is what is measured. */
    private static final int LIMIT = 10_000;
    /** Each queue reads at most the page's reach, then a page joins its steps and cases once. */
    private static final long PAGE_READS_AT_MOST = 10L * PAGE;
    private static final LocalDateTime NOW = LocalDateTime.of(2012, 6, 15, 9, 0);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    CaseTasks tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void openStepsInThreeTowns() {
        removeSeeded();
        for (int t = 0; t < TOWNS.size(); t++) {
            String town = TOWNS.get(t);
            StringJoiner cases = new StringJoiner(",");
            StringJoiner steps = new StringJoiner(",");
            StringJoiner groups = new StringJoiner(",");
            for (int i = 0; i < STEPS_PER_TOWN; i++) {
                String caseId = "'wq-" + town + "-" + i + "'";
                String taskId = "'wq-task-" + town + "-" + i + "'";
                boolean undated = i % 10 == 0;
                boolean claimed = i % CLAIMED_EVERY == 1;
                String due = undated ? "null" : "'" + NOW.plusDays(i % 60 - 20).plusMinutes(i).toString().replace('T', ' ') + "'";
                String created = "'" + NOW.minusDays(1).toString().replace('T', ' ') + "'";
                cases.add("(" + caseId + ", 'WQ-" + t + "-" + i + "', 'SECOND_CHILD', '" + town + "', 'ACCEPTED', 't',"
                        + " '2012-05-01', '" + NOW + "', 'test', '" + NOW + "', 0)");
                steps.add("(" + taskId + ", " + caseId + ", 'SECOND_CHILD', '" + town + "', " + undated + ", 'pi',"
                        + " 'Task_TownReview', '镇（街道）审核', '" + town + "-clerk', '" + town + "', " + created + ", "
                        + due + ", " + (claimed ? "'" + town + ".clerk'" : "null") + ")");
                groups.add("(" + taskId + ", '" + town + "-clerk', " + caseId + ", " + !claimed + ", " + undated + ", "
                        + due + ", " + created + ")");
            }
            jdbc.execute("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on,"
                    + " created_at, created_by, updated_at, version) values " + cases);
            jdbc.execute("insert into case_step (task_id, case_id, case_kind, town_slug, undated, process_instance_id,"
                    + " step_key, step_name, candidate_groups, responsible_unit, created_at, due_at, assignee)"
                    + " values " + steps);
            jdbc.execute("insert into case_step_group (task_id, group_id, case_id, claimable, undated, due_at,"
                    + " created_at) values " + groups);
        }
        jdbc.execute("analyze table case_step, case_step_group, case_file");
    }

    @AfterEach
    void removeSeeded() {
        jdbc.update("delete from case_step_group where task_id like 'wq-task-%'");
        jdbc.update("delete from case_step where task_id like 'wq-task-%'");
        jdbc.update("delete from case_file where id like 'wq-%'");
    }

    @Test
    void aClerksPagesReadAboutTheirRowsAndTheCountOnlyTheirGroupsQueue() {
        Read<CaseTasks.Page> first = SessionReads.of(transactions, jdbc,
                () -> tasks.mine("menghe.clerk", List.of("menghe-clerk"), 0, PAGE, LIMIT, CHINA));
        Read<CaseTasks.Page> deeper = SessionReads.of(transactions, jdbc,
                () -> tasks.mine("menghe.clerk", List.of("menghe-clerk"), 3, PAGE, LIMIT, CHINA));

        assertThat(first.result().total()).as("every open step of the town: offered or claimed by the clerk")
                .isEqualTo(STEPS_PER_TOWN);
        assertThat(first.result().items()).hasSize(PAGE)
                .allSatisfy(item -> assertThat(item.caseNumber()).startsWith("WQ-1-"))
                .isSortedAccordingTo(Comparator.comparing(CaseTasks.WorkItem::dueDate));
        assertThat(first.result().items()).extracting(CaseTasks.WorkItem::dueDate)
                .as("the earliest due of the town").first().isEqualTo(LocalDate.of(2012, 5, 27));
        assertThat(deeper.result().items()).hasSize(PAGE);
        assertThat(deeper.result().items().get(0).dueDate())
                .isAfterOrEqualTo(first.result().items().get(PAGE - 1).dueDate());
        // The count reads the group's queue entries and the clerk's claimed steps, the town's 2,000 and not 6,000,
        // and reads them again from the derived table that stops it at its limit.
        long count = 2L * STEPS_PER_TOWN;
        assertThat(first.rowsRead()).as("rows read for a first page of %d and the count", PAGE)
                .isLessThanOrEqualTo(count + PAGE_READS_AT_MOST);
        assertThat(deeper.rowsRead()).as("rows read for the fourth page of %d and the count", PAGE)
                .isLessThanOrEqualTo(count + 4 * PAGE_READS_AT_MOST);
    }

    @Test
    void aUserWithoutTheTownsGroupSeesOnlyWhatIsAssignedToThem() {
        Read<CaseTasks.Page> page = SessionReads.of(transactions, jdbc,
                () -> tasks.mine("xinqiao.clerk", List.of("police-liaison"), 0, PAGE, LIMIT, CHINA));

        assertThat(page.result().total()).isEqualTo(STEPS_PER_TOWN / CLAIMED_EVERY);
        assertThat(page.result().items()).hasSize(PAGE)
                .allSatisfy(item -> assertThat(item.caseNumber()).startsWith("WQ-2-"));
        assertThat(page.rowsRead()).as("the clerk's %d claimed steps (counted, twice) and a page of them",
                STEPS_PER_TOWN / CLAIMED_EVERY).isLessThanOrEqualTo(2L * STEPS_PER_TOWN / CLAIMED_EVERY + PAGE_READS_AT_MOST);
    }
}
