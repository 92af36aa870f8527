package cn.gov.xinbei.pfp.database;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V30 copies each case's kind and town onto its steps and marks the undated ones, on a database that already holds
 * steps (an upgrade): the deadline desk reads those columns alone, so a step left without them would drop out of
 * every list. New steps must bring them (no default is left behind).
 */
class CaseStepDeskColumnsMigrationTest {

    @Test
    void stepsWrittenBeforeTheMigrationGetTheirCasesKindAndTownAndTheirUndatedMark() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:case-step-desk-columns;DB_CLOSE_DELAY=-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, "29").migrate();
        jdbc.update("insert into case_file (id, case_number, case_kind, town_slug, status, title, applied_on, created_at,"
                + " created_by, updated_at, version) values ('c1', 'FC-2012-00001', 'MAINTENANCE_FEE', 'menghe',"
                + " 'ACCEPTED', 't', date '2012-05-01', timestamp '2012-05-01 09:00:00', 'test',"
                + " timestamp '2012-05-01 09:00:00', 0)");
        jdbc.update("insert into case_step (task_id, case_id, process_instance_id, step_key, step_name, created_at,"
                + " due_at) values ('dated', 'c1', 'pi', 'Task_Assess', '审核', timestamp '2012-05-01 09:00:00',"
                + " timestamp '2012-05-10 23:59:59')");
        jdbc.update("insert into case_step (task_id, case_id, process_instance_id, step_key, step_name, created_at)"
                + " values ('undated', 'c1', 'pi', 'Task_Follow', '跟进', timestamp '2012-05-01 09:00:00')");

        flyway(dataSource, "latest").migrate();

        assertThat(jdbc.queryForMap("select case_kind, town_slug, undated from case_step where task_id = 'dated'"))
                .isEqualTo(Map.of("CASE_KIND", "MAINTENANCE_FEE", "TOWN_SLUG", "menghe", "UNDATED", false));
        assertThat(jdbc.queryForMap("select case_kind, town_slug, undated from case_step where task_id = 'undated'"))
                .isEqualTo(Map.of("CASE_KIND", "MAINTENANCE_FEE", "TOWN_SLUG", "menghe", "UNDATED", true));
        assertThatThrownBy(() -> jdbc.update("insert into case_step (task_id, case_id, process_instance_id, step_key,"
                + " step_name, created_at, undated) values ('new', 'c1', 'pi', 'Task_X', 'x',"
                + " timestamp '2012-05-02 09:00:00', false)"))
                .as("a step without its case's kind and town").hasMessageContaining("CASE_KIND");
    }

    private static Flyway flyway(JdbcDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).table("app_schema_history").locations("classpath:db/migration")
                .target(target).load();
    }
}
