package cn.gov.xinbei.pfp.database;

import cn.gov.xinbei.pfp.casefile.V17__Link_case_files_to_process_instances;
import cn.gov.xinbei.pfp.casefile.V32__Fill_case_step_groups;
import cn.gov.xinbei.pfp.casefile.V36__Fill_case_step_counts;
import cn.gov.xinbei.pfp.shared.time.TimeZoneProperties;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V35/V36 on a database that already holds steps (an upgrade): the open steps are counted by town, kind, unit and
 * due day in China time, completed ones by day ended, so the deadline desk's counts include every step recorded
 * before the migration.
 */
class StepCountsMigrationTest {

    @Test
    void stepsOpenBeforeTheMigrationAreCountedOnTheirDueDayInChinaTime() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:open-step-counts;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, "33").migrate();
        jdbc.update("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on, created_at,"
                + " created_by, updated_at, version) values ('c1', 'AE-2012-00001', 'ASSISTANCE', 'menghe',"
                + " 'ACCEPTED', 't', date '2012-05-01', timestamp '2012-05-01 09:00:00', 'test',"
                + " timestamp '2012-05-01 09:00:00', 0)");
        // Instants are stored in UTC (InstantColumns): 15:59:59 UTC is 23:59:59 in China, 16:00 UTC the next day.
        step(jdbc, "a", "menghe", "timestamp '2012-05-10 15:59:59'", null);
        step(jdbc, "b", "menghe", "timestamp '2012-05-10 15:59:59'", null);
        step(jdbc, "c", "menghe", "timestamp '2012-05-10 16:00:00'", null);
        step(jdbc, "d", "police", "null", null);
        step(jdbc, "e", null, "null", null);
        step(jdbc, "ended", "menghe", "timestamp '2012-05-03 15:59:59'", "timestamp '2012-05-02 10:00:00'");
        step(jdbc, "undatedEnded", "menghe", "null", "timestamp '2012-05-02 10:00:00'");
        jdbc.update("insert into case_step (task_id, case_id, case_kind, town_slug, undated, process_instance_id,"
                + " step_key, step_name, responsible_unit, created_at, due_at, ended_at, end_kind) values ('cancelled',"
                + " 'c1', 'ASSISTANCE', 'menghe', false, 'pi', 'Task_X', 'x', 'menghe', timestamp '2012-05-01 01:00:00',"
                + " timestamp '2012-05-03 15:59:59', timestamp '2012-05-02 10:00:00', 'CANCELLED')");

        flyway(dataSource, "latest").migrate();

        assertThat(jdbc.queryForList("select concat(town_slug, ' ', case_kind, ' [', responsible_unit, '] ', undated,"
                + " ' ', due_on, ' ', open_steps) from case_step_open_count"
                + " order by responsible_unit, undated, due_on", String.class)).containsExactly(
                "menghe ASSISTANCE [] TRUE 9999-12-31 1",
                "menghe ASSISTANCE [menghe] FALSE 2012-05-10 2",
                "menghe ASSISTANCE [menghe] FALSE 2012-05-11 1",
                "menghe ASSISTANCE [police] TRUE 9999-12-31 1");
        // Completed with a due date, on time; a cancelled step and one without a due date are not counted.
        assertThat(jdbc.queryForList("select concat(ended_on, ' ', town_slug, ' ', step_key, ' ', on_time, ' ',"
                + " ended_steps) from case_step_ended_count", String.class))
                .containsExactly("2012-05-02 menghe Task_X TRUE 1");
    }

    private static void step(JdbcTemplate jdbc, String taskId, String unit, String due, String ended) {
        jdbc.update("insert into case_step (task_id, case_id, case_kind, town_slug, undated, process_instance_id,"
                + " step_key, step_name, responsible_unit, created_at, due_at, ended_at, end_kind) values (?, 'c1', 'ASSISTANCE',"
                + " 'menghe', " + due.equals("null") + ", 'pi', 'Task_X', 'x', ?, timestamp '2012-05-01 01:00:00', "
                + due + ", " + ended + ", " + (ended == null ? "null" : "'COMPLETED'") + ")", taskId, unit);
    }

    private static Flyway flyway(JdbcDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).table("app_schema_history").locations("classpath:db/migration")
                .javaMigrations(new V17__Link_case_files_to_process_instances(), new V32__Fill_case_step_groups(),
                        new V36__Fill_case_step_counts(new TimeZoneProperties(ZoneId.of("Asia/Shanghai"))))
                .target(target).load();
    }
}
