package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.shared.paging.LimitedCount;
import cn.gov.xinbei.pfp.shared.time.InstantColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case steps a user may do now (assigned to them, or offered to one of their groups and not yet claimed: the
 * engine's candidate semantics), and the address that opens one directly in the Tasklist. Shared by the clerks'
 * workspace ("我的待办") and a case's page (the 办理 buttons).
 *
 * <p>Read from case_step and case_step_group (V31), which {@link CaseTimelinePlugin} keeps in the engine's
 * transaction, not from the engine's task query: that one is an OR over every task's identity links and took 80-90 s
 * a call at 100,000 open tasks. Each of the user's queues is read in date order from its own index, as far as the
 * page reaches, and the queues are merged; a step offered to two of the user's groups is listed once.
 */
@Component
public class CaseTasks {

    /** The Tasklist's address of a task (Camunda 7 Tasklist, engine "default"). */
    public static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

    /** A queue's order, the order of its index: earliest due first, undated last, then oldest first. */
    private static final String QUEUE_ORDER = "undated, due_at, created_at, task_id";
    private static final String QUEUE_COLUMNS = "task_id, undated, due_at, created_at";

    private final JdbcClient jdbc;
    private final TimelineLabels labels;

    public CaseTasks(JdbcClient jdbc, TimelineLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    /**
     * A task the user may do: its case (case_step: the case number, never the business key of a part), step name,
     * due date and the Tasklist address that opens it.
     */
    public record WorkItem(String taskId, String caseNumber, String stepName, LocalDate dueDate, Instant created,
                           String tasklistUrl) {
    }

    /** A page of the user's tasks; {@code more}: there are more than {@code total}, which is the count's limit. */
    public record Page(List<WorkItem> items, long total, boolean more, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /**
     * One page of the user's tasks, earliest due first (tasks without a due date last), then oldest first, counted up
     * to {@code countLimit} (a city's queue may hold tens of thousands; the page says when there are more).
     */
    public Page mine(String userId, Collection<String> groups, int page, int size, int countLimit, ZoneId zone) {
        LimitedCount counted = LimitedCount.of(count(userId, groups, LimitedCount.probe(countLimit)), countLimit);
        int rows = counted.rowsOn(page, size);
        if (rows == 0) {
            return new Page(List.of(), counted.total(), counted.more(), page, size);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("user", userId);
        long offset = (long) page * size;
        params.put("reach", offset + rows);
        params.put("size", rows);
        params.put("offset", offset);
        List<String> queues = new ArrayList<>();
        queues.add("(select " + QUEUE_COLUMNS + " from case_step"
                + " where assignee = :user and ended_at is null order by " + QUEUE_ORDER + " limit :reach)");
        int i = 0;
        for (String group : groups) {
            queues.add("(select " + QUEUE_COLUMNS + " from case_step_group"
                    + " where group_id = :group" + i + " and claimable = true order by " + QUEUE_ORDER + " limit :reach)");
            params.put("group" + i++, group);
        }
        // union, not union all: a step offered to two of the user's groups comes once (its rows are equal).
        List<WorkItem> items = jdbc.sql("select w.task_id, s.step_name, s.due_at, s.created_at, c.case_number from ("
                        + String.join(" union ", queues) + ") w"
                        + " join case_step s on s.task_id = w.task_id join case_file c on c.id = s.case_id"
                        + " order by w.undated, w.due_at, w.created_at, w.task_id limit :size offset :offset")
                .params(params).query((rs, row) -> item(rs, zone)).list();
        return new Page(items, counted.total(), counted.more(), page, size);
    }

    /** Of the given tasks (a case's open steps), those the user may do now. */
    public List<WorkItem> workableAmong(String userId, Collection<String> groups, Collection<String> taskIds,
                                        ZoneId zone) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        String offered = groups.isEmpty() ? "" : " or exists (select 1 from case_step_group g where g.task_id = s.task_id"
                + " and g.group_id in (:groups) and g.claimable = true)";
        var sql = jdbc.sql("select s.task_id, s.step_name, s.due_at, s.created_at, c.case_number from case_step s"
                        + " join case_file c on c.id = s.case_id where s.task_id in (:ids) and s.ended_at is null"
                        + " and (s.assignee = :user" + offered + ") order by s.created_at, s.task_id")
                .param("ids", taskIds).param("user", userId);
        if (!groups.isEmpty()) {
            sql = sql.param("groups", groups);
        }
        return sql.query((rs, row) -> item(rs, zone)).list();
    }

    /**
     * Assigned and offered steps are apart (an assigned step is not claimable); several groups may offer the same
     * step, so it is counted once. Each part stops at {@code limit} rows instead of reading a city's whole queue.
     */
    private long count(String userId, Collection<String> groups, int limit) {
        long assigned = jdbc.sql("select count(*) from (select 1 as found from case_step"
                        + " where assignee = :user and ended_at is null limit :limit) a")
                .param("user", userId).param("limit", limit).query(Long.class).single();
        if (groups.isEmpty() || assigned >= limit) {
            return assigned;
        }
        // With one group no step can repeat: its index range is counted as it is.
        String offered = groups.size() == 1 ? "1 as found" : "distinct task_id";
        return assigned + jdbc.sql("select count(*) from (select " + offered + " from case_step_group"
                        + " where group_id in (:groups) and claimable = true limit :limit) o")
                .param("groups", groups).param("limit", limit).query(Long.class).single();
    }

    private WorkItem item(ResultSet rs, ZoneId zone) throws SQLException {
        String taskId = rs.getString("task_id");
        Instant due = InstantColumns.read(rs, "due_at");
        // The step's name as the desk shows it: an agency's track by the agency's Chinese name.
        return new WorkItem(taskId, rs.getString("case_number"), labels.stepName(rs.getString("step_name")),
                due == null ? null : LocalDate.ofInstant(due, zone), InstantColumns.read(rs, "created_at"),
                TASKLIST_TASK + taskId);
    }
}
