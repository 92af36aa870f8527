package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.supervision.domain.SupervisionStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The table supervision_item, through JdbcTemplate (joins the caller's transaction, the engine's in listeners). */
@Repository
public class SupervisionItems {

    private static final String COLUMNS = "id, case_id, case_number, town_slug, overdue_task_id, overdue_process_key,"
            + " overdue_step_key, overdue_step_name, overdue_due_at, candidate_groups, responsible_group,"
            + " supervisor_group, status, raised_at, process_instance_id, answer, answered_by, answered_at,"
            + " return_reason, return_count, reviewed_by, closed_at";
    private static final RowMapper<SupervisionItem> ROW = SupervisionItems::map;

    private final JdbcTemplate jdbc;

    public SupervisionItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new item; a second item for the same overdue task fails on the unique key. */
    public void insert(SupervisionItem item) {
        jdbc.update("insert into supervision_item (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?)",
                item.id(), item.caseId(), item.caseNumber(), item.townSlug(), item.overdueTaskId(),
                item.overdueProcessKey(), item.overdueStepKey(), item.overdueStepName(), ts(item.overdueDueAt()),
                item.candidateGroups(), item.responsibleGroup(), item.supervisorGroup(), item.status().name(),
                ts(item.raisedAt()), item.processInstanceId(), item.answer(), item.answeredBy(), ts(item.answeredAt()),
                item.returnReason(), item.returns(), item.reviewedBy(), ts(item.closedAt()));
    }

    public boolean existsForTask(String overdueTaskId) {
        Integer n = jdbc.queryForObject("select count(*) from supervision_item where overdue_task_id = ?",
                Integer.class, overdueTaskId);
        return n != null && n > 0;
    }

    public Optional<SupervisionItem> byId(String id) {
        return jdbc.query("select " + COLUMNS + " from supervision_item where id = ?", ROW, id).stream().findFirst();
    }

    public Optional<SupervisionItem> byProcessInstance(String processInstanceId) {
        return jdbc.query("select " + COLUMNS + " from supervision_item where process_instance_id = ?", ROW,
                processInstanceId).stream().findFirst();
    }

    public List<SupervisionItem> all() {
        return jdbc.query("select " + COLUMNS + " from supervision_item order by raised_at desc, case_number", ROW);
    }

    public void linkProcess(String id, String processInstanceId) {
        jdbc.update("update supervision_item set process_instance_id = ? where id = ? and process_instance_id is null",
                processInstanceId, id);
    }

    public void answered(String id, String answer, String by, Instant at) {
        jdbc.update("update supervision_item set answer = ?, answered_by = ?, answered_at = ?, status = ? where id = ?",
                answer, by, ts(at), SupervisionStatus.AWAITING_REVIEW.name(), id);
    }

    public void returned(String id, String reason, String by) {
        jdbc.update("update supervision_item set return_reason = ?, return_count = return_count + 1, reviewed_by = ?,"
                + " status = ? where id = ?", reason, by, SupervisionStatus.AWAITING_ANSWER.name(), id);
    }

    public void closed(String id, String by, Instant at) {
        jdbc.update("update supervision_item set reviewed_by = ?, closed_at = ?, status = ? where id = ?",
                by, ts(at), SupervisionStatus.CLOSED.name(), id);
    }


    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static SupervisionItem map(ResultSet rs, int row) throws SQLException {
        return new SupervisionItem(rs.getString("id"), rs.getString("case_id"), rs.getString("case_number"),
                rs.getString("town_slug"), rs.getString("overdue_task_id"), rs.getString("overdue_process_key"),
                rs.getString("overdue_step_key"), rs.getString("overdue_step_name"), instant(rs, "overdue_due_at"),
                rs.getString("candidate_groups"), rs.getString("responsible_group"), rs.getString("supervisor_group"),
                SupervisionStatus.valueOf(rs.getString("status")), instant(rs, "raised_at"),
                rs.getString("process_instance_id"), rs.getString("answer"), rs.getString("answered_by"),
                instant(rs, "answered_at"), rs.getString("return_reason"), rs.getInt("return_count"),
                rs.getString("reviewed_by"), instant(rs, "closed_at"));
    }
}
