package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.casefile.CaseSearch;
import cn.gov.xinbei.pfp.casefile.StepCounts;
import cn.gov.xinbei.pfp.testing.RacesDatabaseTest;
import cn.gov.xinbei.pfp.testing.SessionReads;
import cn.gov.xinbei.pfp.testing.SessionReads.Read;
import cn.gov.xinbei.pfp.deadlines.DeadlineFilters.SortKey;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.Bands;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.Criteria;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.Reach;
import cn.gov.xinbei.pfp.deadlines.DeadlineQueries.StepLine;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline desk's first page is read from the indexes of V30 on MariaDB (issue 17): with thousands of open steps
 * the server reads about the page's rows, not every open step of the user's reach and a sort of them. Measured with
 * the server's own Handler_read_* counters of the query's session, which do not depend on the machine's speed; the
 * old query (joined to the case file for kind and town, dates ordered with nulls last by an expression) read every
 * open step. Same database and settings as the other MariaDB tests of the {@code _races} database (one context).
 */
@RacesDatabaseTest
class MySqlDeadlineIndexIT {

    private static final List<String> TOWNS = List.of("chunjiang", "menghe", "xinqiao");
    /** Open steps per town: far more than a page, so a sort of them all would show in the rows read. */
    private static final int STEPS_PER_TOWN = 2_000;
    private static final int PAGE = 50;
    /** A page joins each row's case once; anything near the reach's thousands of steps is a scan. */
    private static final long PAGE_READS_AT_MOST = 4L * PAGE;
    private static final LocalDateTime NOW = LocalDateTime.of(2012, 6, 15, 9, 0);

    @Autowired
    DeadlineQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    StepCounts stepCounts;

    @BeforeEach
    void openStepsInThreeTowns() {
        removeSeeded();
        for (int t = 0; t < TOWNS.size(); t++) {
            String town = TOWNS.get(t);
            StringJoiner cases = new StringJoiner(",");
            StringJoiner steps = new StringJoiner(",");
            for (int i = 0; i < STEPS_PER_TOWN; i++) {
                String id = "'ix-" + town + "-" + i + "'";
                cases.add("(" + id + ", 'IX-" + t + "-" + i + "', 'SECOND_CHILD', '" + town + "', 'ACCEPTED', 't',"
                        + " '2012-05-01', '" + NOW + "', 'test', '" + NOW + "', 0)");
                // Every 10th step has no due date; the others fall due over 60 days around today.
                String due = i % 10 == 0 ? "null" : "'" + NOW.plusDays(i % 60 - 20).toString().replace('T', ' ') + "'";
                steps.add("('ix-task-" + town + "-" + i + "', " + id + ", 'SECOND_CHILD', '" + town + "', "
                        + (i % 10 == 0) + ", 'pi', 'Task_TownReview', '镇（街道）审核', '" + town + "-clerk', '" + town
                        + "', '" + NOW.minusDays(1).toString().replace('T', ' ') + "', " + due + ", " + due + ")");
            }
            jdbc.execute("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on,"
                    + " created_at, created_by, updated_at, version) values " + cases);
            jdbc.execute("insert into case_step (task_id, case_id, case_kind, town_slug, undated, process_instance_id,"
                    + " step_key, step_name, candidate_groups, responsible_unit, created_at, due_at, original_due_at)"
                    + " values " + steps);
        }
        // Written by SQL, around the application: counted afresh, as after a migration.
        stepCounts.rebuild();
        jdbc.execute("analyze table case_step, case_file, case_step_open_count");
    }

    @AfterEach
    void removeSeeded() {
        jdbc.update("delete from case_step where task_id like 'ix-task-%'");
        jdbc.update("delete from case_file where id like 'ix-%'");
        stepCounts.rebuild();
    }

    @Test
    void aTownsFirstPageReadsAboutItsRowsNotTheTownsThousands() {
        Criteria town = criteria(new Reach(false, List.of("menghe"), Set.of()));

        Read<List<StepLine>> page = readRows(() -> queries.openPage(town, bands(), null, SortKey.DUE, false, TOWNS, 0,
                PAGE));

        assertThat(page.result()).hasSize(PAGE).allSatisfy(line -> assertThat(line.townSlug()).isEqualTo("menghe"));
        assertThat(page.result()).isSortedAccordingTo(Comparator.comparing(StepLine::dueAt));
        List<StepLine> next = queries.openPage(town, bands(), null, SortKey.DUE, false, TOWNS, PAGE, PAGE);
        assertThat(next.get(0).dueAt()).as("the next page goes on where the first ended")
                .isAfterOrEqualTo(page.result().get(PAGE - 1).dueAt());
        assertThat(page.rowsRead()).as("rows read for a page of %d among %d open steps of the town", PAGE,
                STEPS_PER_TOWN).isLessThanOrEqualTo(PAGE_READS_AT_MOST);
    }

    @Test
    void theBureausPagesReadAboutTheirRowsInBothDirectionsAndUndatedStepsComeLast() {
        Criteria all = criteria(new Reach(true, List.of(), Set.of()));

        Read<List<StepLine>> first = readRows(() -> queries.openPage(all, bands(), null, SortKey.DUE, false, TOWNS, 0,
                PAGE));
        Read<List<StepLine>> latest = readRows(() -> queries.openPage(all, bands(), null, SortKey.DUE, true, TOWNS, 0,
                PAGE));
        Read<List<StepLine>> undated = readRows(() -> queries.openPage(all, bands(), DeadlineStatus.NO_DEADLINE,
                SortKey.DUE, false, TOWNS, 0, PAGE));

        assertThat(first.result()).hasSize(PAGE).allSatisfy(line -> assertThat(line.dueAt()).isNotNull());
        assertThat(first.result()).isSortedAccordingTo(Comparator.comparing(StepLine::dueAt));
        assertThat(first.result()).extracting(StepLine::townSlug).as("steps due first, of every town")
                .contains(TOWNS.get(0), TOWNS.get(1));
        assertThat(latest.result()).as("descending: undated first").allSatisfy(line -> assertThat(line.dueAt()).isNull());
        assertThat(undated.result()).hasSize(PAGE).allSatisfy(line -> assertThat(line.dueAt()).isNull());
        for (Read<List<StepLine>> read : List.of(first, latest, undated)) {
            assertThat(read.rowsRead()).as("rows read for a page of %d among %d open steps", PAGE,
                    STEPS_PER_TOWN * TOWNS.size()).isLessThanOrEqualTo(PAGE_READS_AT_MOST);
        }
    }

    @Test
    void countsReadTheMaintainedCountsPerDueDayNotEveryOpenStep() {
        Criteria town = criteria(new Reach(false, List.of("xinqiao"), Set.of()));
        Criteria all = criteria(new Reach(true, List.of(), Set.of()));

        Read<List<DeadlineQueries.GroupCount>> townCounts = readRows(() -> queries.openCounts(town, bands()));
        Read<List<DeadlineQueries.GroupCount>> allCounts = readRows(() -> queries.openCounts(all, bands()));

        assertThat(townCounts.result()).allSatisfy(g -> assertThat(g.town()).isEqualTo("xinqiao"));
        assertThat(total(townCounts.result(), null)).isEqualTo(STEPS_PER_TOWN);
        assertThat(total(townCounts.result(), DeadlineStatus.NO_DEADLINE)).isEqualTo(STEPS_PER_TOWN / 10);
        assertThat(total(allCounts.result(), null)).isGreaterThanOrEqualTo(STEPS_PER_TOWN * TOWNS.size());
        // 60 due days and the undated: one row each per town, kind and unit.
        assertThat(townCounts.rowsRead()).as("the town's counts per due day, not its %d open steps", STEPS_PER_TOWN)
                .isLessThanOrEqualTo(2L * 61);
        assertThat(allCounts.rowsRead()).as("every town's counts per due day, not %d open steps",
                STEPS_PER_TOWN * TOWNS.size()).isLessThanOrEqualTo(PAGE_READS_AT_MOST + 2L * 61 * TOWNS.size());
    }

    @Test
    void theEndedViewsCountsReadTheCountsPerDayEndedNotEveryEndedStep() {
        // The open steps of 孟河镇, completed over 60 days: every third one late.
        jdbc.update("update case_step set ended_at = due_at, end_kind = 'COMPLETED' where task_id like 'ix-task-menghe-%'"
                + " and due_at is not null");
        jdbc.update("update case_step set ended_at = timestampadd(DAY, 1, due_at)"
                + " where task_id like 'ix-task-menghe-%' and ended_at is not null and mod(crc32(task_id), 3) = 0");
        stepCounts.rebuild();
        int late = jdbc.queryForObject("select count(*) from case_step where task_id like 'ix-task-menghe-%'"
                + " and ended_at > due_at", Integer.class);
        Criteria all = criteria(new Reach(true, List.of(), Set.of()));

        Read<int[]> counts = readRows(() -> queries.endedCounts(all, NOW.minusDays(40).toInstant(ZoneOffset.UTC),
                NOW.plusDays(60).toInstant(ZoneOffset.UTC), NOW.toLocalDate().minusDays(40),
                NOW.toLocalDate().plusDays(60), null));

        int ended = STEPS_PER_TOWN - STEPS_PER_TOWN / 10;
        assertThat(counts.result()).containsExactly(ended - late, late);
        assertThat(counts.rowsRead()).as("two rows a day at most, not the %d ended steps", ended)
                .isLessThanOrEqualTo(2L * 62);
    }

    @Test
    void aLiaisonsCountsCountTheGroupsStepsEachOnce() {
        jdbc.update("insert into case_step_group (task_id, group_id, case_id, claimable, undated, due_at, created_at)"
                + " select task_id, 'police-liaison', case_id, true, undated, due_at, created_at from case_step"
                + " where task_id like 'ix-task-menghe-%'");
        try {
            Criteria liaison = criteria(new Reach(false, List.of(), Set.of("police-liaison")));

            List<DeadlineQueries.GroupCount> counts = queries.openCounts(liaison, bands());

            assertThat(counts).allSatisfy(g -> assertThat(g.town()).isEqualTo("menghe"));
            assertThat(total(counts, null)).isEqualTo(STEPS_PER_TOWN);
        } finally {
            jdbc.update("delete from case_step_group where task_id like 'ix-task-%'");
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private <T> Read<T> readRows(Supplier<T> query) {
        return SessionReads.of(transactions, jdbc, query);
    }

    private static int total(List<DeadlineQueries.GroupCount> counts, DeadlineStatus status) {
        return counts.stream().filter(g -> status == null || g.status() == status)
                .mapToInt(DeadlineQueries.GroupCount::count).sum();
    }

    private static Criteria criteria(Reach reach) {
        return new Criteria(reach, null, null, null, CaseSearch.NONE);
    }

    /** Where the statuses change; which step falls in which band does not matter to what is read. */
    private static Bands bands() {
        return new Bands(NOW.toInstant(ZoneOffset.UTC), NOW.plusDays(4).toInstant(ZoneOffset.UTC), NOW.toLocalDate(),
                NOW.plusDays(4).toLocalDate());
    }
}
