package cn.gov.xinbei.pfp.database;

import cn.gov.xinbei.pfp.casefile.V17__Link_case_files_to_process_instances;
import cn.gov.xinbei.pfp.casefile.V32__Fill_case_step_groups;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V31/V32 on a database that already holds steps (an upgrade; the application registers the Java migrations as beans): every step gets one row per candidate group, open
 * unclaimed steps are claimable with their due date, and open steps take their assignee from the engine's task, so
 * 我的待办 and a liaison's reach lose no step recorded before them.
 */
class CaseStepGroupsMigrationTest {

    @Test
    void stepsRecordedBeforeTheMigrationAreOfferedToTheirGroupsAndKeepTheirAssignees() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:case-step-groups;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, "30").migrate();
        // The engine's runtime task table, as far as the migration reads it.
        jdbc.execute("create table ACT_RU_TASK (ID_ varchar(64) primary key, ASSIGNEE_ varchar(255))");
        jdbc.update("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on, created_at,"
                + " created_by, updated_at, version) values ('c1', 'AE-2012-00001', 'ASSISTANCE', 'menghe',"
                + " 'ACCEPTED', 't', date '2012-05-01', timestamp '2012-05-01 09:00:00', 'test',"
                + " timestamp '2012-05-01 09:00:00', 0)");
        step(jdbc, "offered", "menghe-clerk,bureau-clerk", "timestamp '2012-05-10 23:59:59'", null);
        step(jdbc, "claimed", "menghe-clerk", "timestamp '2012-05-11 23:59:59'", null);
        step(jdbc, "undated", "police-liaison", "null", null);
        step(jdbc, "ended", "police-liaison", "timestamp '2012-05-03 23:59:59'", "timestamp '2012-05-02 10:00:00'");
        step(jdbc, "nobody", null, "null", null);
        jdbc.update("insert into ACT_RU_TASK values ('offered', null), ('claimed', 'menghe.clerk'),"
                + " ('undated', null), ('nobody', null)");

        flyway(dataSource, "latest").migrate();

        assertThat(jdbc.queryForList("select concat(task_id, ' ', group_id, ' ', case_id, ' ', claimable, ' ',"
                + " undated, ' ', coalesce(cast(due_at as varchar), '-')) from case_step_group order by task_id, group_id",
                String.class)).containsExactly(
                "claimed menghe-clerk c1 FALSE FALSE 2012-05-11 23:59:59",
                "ended police-liaison c1 FALSE FALSE 2012-05-03 23:59:59",
                "offered bureau-clerk c1 TRUE FALSE 2012-05-10 23:59:59",
                "offered menghe-clerk c1 TRUE FALSE 2012-05-10 23:59:59",
                "undated police-liaison c1 TRUE TRUE -");
        assertThat(jdbc.queryForList("select task_id from case_step where assignee is not null", String.class))
                .containsExactly("claimed");
    }

    private static void step(JdbcTemplate jdbc, String taskId, String groups, String due, String ended) {
        jdbc.update("insert into case_step (task_id, case_id, case_kind, town_slug, undated, process_instance_id,"
                + " step_key, step_name, candidate_groups, created_at, due_at, ended_at) values (?, 'c1', 'ASSISTANCE',"
                + " 'menghe', " + due.equals("null") + ", 'pi', 'Task_X', 'x', ?, timestamp '2012-05-01 09:00:00', "
                + due + ", " + ended + ")", taskId, groups);
    }

    private static Flyway flyway(JdbcDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).table("app_schema_history").locations("classpath:db/migration")
                .javaMigrations(new V17__Link_case_files_to_process_instances(), new V32__Fill_case_step_groups())
                .target(target).load();
    }
}
