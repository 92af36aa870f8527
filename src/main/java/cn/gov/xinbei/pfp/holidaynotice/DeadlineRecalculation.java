package cn.gov.xinbei.pfp.holidaynotice;

import cn.gov.xinbei.pfp.calendar.DeadlineCalculator;
import cn.gov.xinbei.pfp.calendar.domain.Period;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStep;
import cn.gov.xinbei.pfp.casefile.CaseStepRepository;
import cn.gov.xinbei.pfp.casefile.CaseTimelinePlugin;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Counts the open deadlines of a year again after its holiday arrangement changed (a notice published over a
 * provisional year, or a published year corrected): user tasks (engine and case_step), the cases' own deadlines, and
 * the timers that wait for a case deadline. Each change goes into the case timeline with the old and the new date and
 * the notice it rests on. A due date stored without what it was counted from cannot be counted again: it is listed
 * for a person to check, never changed by guess.
 */
@Service
public class DeadlineRecalculation {

    /** A step whose due date could not be counted again, for the administrator to check by hand. */
    public record Unrecalculated(String caseNumber, String stepName, LocalDate dueDate) {
    }

    public record Result(int changedSteps, int changedCases, int changedTimers, List<Unrecalculated> unrecalculated) {
        public int changed() {
            return changedSteps + changedCases;
        }
    }

    private final CaseStepRepository steps;
    private final CaseFileRepository cases;
    private final CaseFileService caseFiles;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final WorkingDayCalendar calendar;
    private final DeadlineCalculator deadlines;

    public DeadlineRecalculation(CaseStepRepository steps, CaseFileRepository cases, CaseFileService caseFiles,
                                 TaskService taskService, ManagementService managementService,
                                 WorkingDayCalendar calendar, DeadlineCalculator deadlines) {
        this.steps = steps;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.taskService = taskService;
        this.managementService = managementService;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    /** Counts again every open deadline that ends in {@code year} or later, on the calendar as it is now. */
    @Transactional
    public Result recalculate(int year, String basis, String actor) {
        LocalDate firstDay = LocalDate.of(year, 1, 1);
        int changedSteps = 0;
        List<Unrecalculated> unrecalculated = new ArrayList<>();
        for (CaseStep step : steps.findByEndedAtIsNullAndDueAtGreaterThanEqualOrderByDueAtAsc(startOf(firstDay))) {
            LocalDate oldDue = deadlines.toLocalDate(Date.from(step.getDueAt()));
            var period = step.dueBasis();
            LocalDate newDue = period.map(p -> p.endOn(calendar)).orElse(oldDue);
            LocalDate from = period.map(Period::start).orElse(deadlines.toLocalDate(Date.from(step.getCreatedAt())));
            if (period.isEmpty()) {
                unrecalculated.add(new Unrecalculated(caseNumberOf(step), step.getStepName(), oldDue));
            }
            Instant newDueAt = newDue.equals(oldDue) ? step.getDueAt() : deadlines.endOfDay(newDue).toInstant();
            if (!newDue.equals(oldDue)) {
                step.recalculate(newDueAt);
                caseFiles.recordStep(step.getCaseId(), actor, "DEADLINE_RECALCULATED", step.getStepKey(),
                        step.getStepName(), "期限重算：原期限" + oldDue + " → 新期限" + newDue + "（" + period.get().describe()
                                + "）；依据：" + basis, newDueAt);
                changedSteps++;
            }
            updateTask(step.getTaskId(), newDueAt, calendar.provisionalNote(from, newDue));
        }
        int changedCases = 0;
        int changedTimers = 0;
        for (CaseFile caseFile : cases.findByClosedOnIsNullAndDueOnGreaterThanEqual(firstDay)) {
            var period = caseFile.dueBasis();
            if (period.isEmpty()) {
                continue;
            }
            LocalDate oldDue = caseFile.getDueOn();
            LocalDate newDue = period.get().endOn(calendar);
            if (newDue.equals(oldDue)) {
                continue;
            }
            caseFile.recalculateDue(newDue);
            changedTimers += moveTimers(caseFile.getProcessInstanceId(), deadlines.endOfDay(oldDue), deadlines.endOfDay(newDue));
            caseFiles.recordStep(caseFile.getId(), actor, "DEADLINE_RECALCULATED", null, "案件办理期限",
                    "期限重算：原期限" + oldDue + " → 新期限" + newDue + "（" + period.get().describe() + "）；依据：" + basis,
                    deadlines.endOfDay(newDue).toInstant());
            changedCases++;
        }
        return new Result(changedSteps, changedCases, changedTimers, List.copyOf(unrecalculated));
    }

    private void updateTask(String taskId, Instant dueAt, String provisionalNote) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return;
        }
        String description = CaseTimelinePlugin.describeDeadline(task.getDescription(), provisionalNote);
        Date due = Date.from(dueAt);
        if (Objects.equals(task.getDueDate(), due) && Objects.equals(task.getDescription(), description)) {
            return;
        }
        task.setDueDate(due);
        task.setDescription(description);
        taskService.saveTask(task);
    }

    /** Timers of the case's process that wait for its deadline ({@code ${caseRouting.due(execution)}}). */
    private int moveTimers(String processInstanceId, Date oldDue, Date newDue) {
        if (processInstanceId == null) {
            return 0;
        }
        int moved = 0;
        for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            if (oldDue.equals(job.getDuedate())) {
                managementService.setJobDuedate(job.getId(), newDue);
                moved++;
            }
        }
        return moved;
    }

    private String caseNumberOf(CaseStep step) {
        return cases.findById(step.getCaseId()).map(CaseFile::getCaseNumber).orElse(step.getCaseId());
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(deadlines.zone()).toInstant();
    }
}
