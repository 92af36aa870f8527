package cn.gov.xinbei.pfp.casefile;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Camunda tasks a user may do now (assigned to them, or offered to one of their groups and not yet claimed),
 * asked of the engine's task query with the user's groups, and the address that opens one directly in the Tasklist.
 * Shared by the clerks' workspace ("我的待办") and a case's page (the 办理 buttons).
 */
@Component
public class CaseTasks {

    /** The Tasklist's address of a task (Camunda 7 Tasklist, engine "default"). */
    public static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

    private final TaskService taskService;
    private final JdbcClient jdbc;

    public CaseTasks(TaskService taskService, JdbcClient jdbc) {
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    /**
     * A task the user may do: its case (case_step: the case number, never the business key of a part), step name,
     * due date and the Tasklist address that opens it.
     */
    public record WorkItem(String taskId, String caseNumber, String stepName, LocalDate dueDate, Instant created,
                           String tasklistUrl) {
    }

    public record Page(List<WorkItem> items, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** One page of the user's tasks, earliest due first (tasks without a due date last). */
    public Page mine(String userId, Collection<String> groups, int page, int size, ZoneId zone) {
        TaskQuery query = workable(userId, groups);
        long total = query.count();
        List<Task> tasks = total == 0 ? List.of()
                : workable(userId, groups).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(page * size, size);
        return new Page(items(tasks, zone), total, page, size);
    }

    /** Of the given tasks (a case's open steps), those the user may do now. */
    public List<WorkItem> workableAmong(String userId, Collection<String> groups, Collection<String> taskIds,
                                        ZoneId zone) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return items(workable(userId, groups).taskIdIn(taskIds.toArray(String[]::new))
                .orderByTaskCreateTime().asc().list(), zone);
    }

    private TaskQuery workable(String userId, Collection<String> groups) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (groups.isEmpty()) {
            return query.taskAssignee(userId);
        }
        // Candidate queries return unclaimed tasks only: a task claimed by a colleague is theirs now.
        return query.or().taskAssignee(userId).taskCandidateGroupIn(List.copyOf(groups)).endOr();
    }

    /** The tasks with their case numbers, read in one query from case_step (not one per task). */
    private List<WorkItem> items(List<Task> tasks, ZoneId zone) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> caseNumbers = new HashMap<>();
        jdbc.sql("select s.task_id, c.case_number from case_step s join case_file c on c.id = s.case_id"
                        + " where s.task_id in (:ids)")
                .param("ids", tasks.stream().map(Task::getId).toList())
                .query(rs -> {
                    caseNumbers.put(rs.getString(1), rs.getString(2));
                });
        return tasks.stream().map(t -> new WorkItem(t.getId(), caseNumbers.getOrDefault(t.getId(), "—"), t.getName(),
                t.getDueDate() == null ? null : LocalDate.ofInstant(t.getDueDate().toInstant(), zone),
                t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                TASKLIST_TASK + t.getId())).toList();
    }
}
