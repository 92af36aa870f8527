package cn.gov.xinbei.pfp.casefile;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fills case_step_group (V31) for the steps recorded before it: one row per step and candidate group, copied in SQL
 * group by group (the district has a few dozen groups), and the assignee of every open step from the engine's task.
 * A Java migration because the groups are a comma-separated list in case_step, and the engine's table may not exist
 * yet on a new database (then no step is open and none is assigned).
 */
@Component
public class V32__Fill_case_step_groups extends BaseJavaMigration {

    static final String ASSIGNEES = """
            update case_step set assignee = (select t.ASSIGNEE_ from ACT_RU_TASK t where t.ID_ = case_step.task_id)
            where ended_at is null""";

    static final String GROUP_ROWS = """
            insert into case_step_group (task_id, group_id, case_id, claimable, undated, due_at, created_at)
            select s.task_id, ?, s.case_id,
                   case when s.ended_at is null and s.assignee is null then true else false end,
                   s.undated, s.due_at, s.created_at
            from case_step s where concat(',', s.candidate_groups, ',') like ?""";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            if (V17__Link_case_files_to_process_instances.hasTable(connection.getMetaData(), connection.getCatalog(),
                    "ACT_RU_TASK")) {
                statement.executeUpdate(ASSIGNEES);
            }
            Set<String> groups = new TreeSet<>();
            try (ResultSet lists = statement.executeQuery(
                    "select distinct candidate_groups from case_step where candidate_groups is not null")) {
                while (lists.next()) {
                    Arrays.stream(lists.getString(1).split(",")).map(String::strip).filter(g -> !g.isEmpty())
                            .forEach(groups::add);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(GROUP_ROWS)) {
                for (String group : groups) {
                    insert.setString(1, group);
                    insert.setString(2, "%," + group.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ",%");
                    insert.executeUpdate();
                }
            }
        }
    }
}
