package cn.gov.xinbei.pfp.calendar;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one due-date mechanism. Every user task's {@code camunda:dueDate} and every timer of the process models is
 * {@code ${dueDates.of(execution, 'key')}}, the key naming a {@link DueDateRule} of a feature's {@link DueDateRules}
 * (time limits from config/*.yml, or a day a case record holds); Java code that moves a due date (an extension, a
 * recount after a holiday notice, a supervisor's deadline) calls this bean too. Every date is the end (23:59:59, app
 * zone) of its last day, counted on the working-day calendar: a period ending in a year without a published holiday
 * notice is provisional, and what it was counted from is remembered ({@link RecentPeriods}) so that it can be counted
 * again when the notice is published.
 */
@Component("dueDates")
public class DueDates {

    /** Marks the start of a task description that says its due date is provisional; removed when it is counted again. */
    public static final String PROVISIONAL_MARK = "【期限暂定】";

    private final DeadlineCalculator calculator;
    private final ObjectProvider<DueDateRules> features;
    private final ObjectProvider<TaskService> taskService;
    private final ObjectProvider<ManagementService> managementService;
    private volatile Map<String, DueDateRule> rules;

    // Rules are read on first use: the features' rule beans use services that in turn move due dates through here.
    public DueDates(DeadlineCalculator calculator, ObjectProvider<DueDateRules> features,
                    ObjectProvider<TaskService> taskService, ObjectProvider<ManagementService> managementService) {
        this.calculator = calculator;
        this.features = features;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    /** For process models: the due date of the user task or timer that {@code execution} is creating. */
    public Date of(DelegateExecution execution, String key) {
        DueDateRule rule = rules().get(key);
        if (rule == null) {
            throw new IllegalArgumentException("no due-date rule '" + key + "'; known: " + rules().keySet());
        }
        return rule.dueFor(execution, this);
    }

    /** The keys process models may name, for the conventions test. */
    public Set<String> keys() {
        return rules().keySet();
    }

    /** The end of the N-th working day from now (Camunda's clock). */
    public Date inWorkingDays(int days) {
        return calculator.dueInWorkingDays(days);
    }

    /** The end of an N-day calendar period from now, moved off a rest day. */
    public Date inCalendarDays(int days) {
        return calculator.dueInCalendarDays(days);
    }

    /** The last day of a period extended by N working days after its current last day. */
    public LocalDate extendedByWorkingDays(LocalDate due, int days) {
        return calculator.addWorkingDays(due, days);
    }

    /** The end (23:59:59, app zone) of a due day. */
    public Date endOf(LocalDate day) {
        return calculator.endOfDay(day);
    }

    /** Moves an open user task's due date to the end of {@code due} (its case_step follows by the update listener). */
    public void moveTask(String taskId, LocalDate due) {
        taskService.getObject().setDueDate(taskId, endOf(due));
    }

    /**
     * Sets an open user task's due date and its provisional note (in front of the description, Tasklist: 描述), or
     * removes the note when {@code provisionalNote} is null; a task that has ended is left alone.
     */
    public void moveTask(String taskId, Date due, String provisionalNote) {
        TaskService tasks = taskService.getObject();
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return;
        }
        String description = describe(task.getDescription(), provisionalNote);
        if (Objects.equals(task.getDueDate(), due) && Objects.equals(task.getDescription(), description)) {
            return;
        }
        task.setDueDate(due);
        task.setDescription(description);
        tasks.saveTask(task);
    }

    /** Moves a waiting timer to the end of {@code due}. */
    public void moveTimer(String jobId, LocalDate due) {
        managementService.getObject().setJobDuedate(jobId, endOf(due));
    }

    /** A task description with the provisional note in front, or without it when the due date is final. */
    public static String describe(String description, String provisionalNote) {
        String text = description == null ? "" : description;
        if (text.startsWith(PROVISIONAL_MARK)) {
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end + 1);
        }
        if (provisionalNote == null) {
            return text.isEmpty() ? null : text;
        }
        String note = provisionalNote.startsWith("暂定：") ? provisionalNote.substring("暂定：".length()) : provisionalNote;
        return PROVISIONAL_MARK + note + (text.isEmpty() ? "" : "\n" + text);
    }

    private Map<String, DueDateRule> rules() {
        Map<String, DueDateRule> known = rules;
        if (known == null) {
            Map<String, DueDateRule> all = new TreeMap<>();
            features.orderedStream().forEach(feature -> feature.dueDateRules().forEach((key, rule) -> {
                if (all.put(key, rule) != null) {
                    throw new IllegalStateException("due-date rule '" + key + "' is defined twice");
                }
            }));
            known = Collections.unmodifiableMap(all);
            rules = known;
        }
        return known;
    }
}
