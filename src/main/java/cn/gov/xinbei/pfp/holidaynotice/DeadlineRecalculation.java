package cn.gov.xinbei.pfp.holidaynotice;

import cn.gov.xinbei.pfp.calendar.DeadlineCalculator;
import cn.gov.xinbei.pfp.calendar.DueDates;
import cn.gov.xinbei.pfp.calendar.TimerDueBases;
import cn.gov.xinbei.pfp.calendar.domain.Period;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseStep;
import cn.gov.xinbei.pfp.casefile.CaseStepRepository;
import cn.gov.xinbei.pfp.casefile.StepCounts;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

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
    private final DueDates dueDates;
    private final ManagementService managementService;
    private final WorkingDayCalendar calendar;
    private final DeadlineCalculator deadlines;
    private final TimerDueBases timerBases;
    private final RuntimeService runtimeService;
    private final StepCounts stepCounts;

    public DeadlineRecalculation(CaseStepRepository steps, CaseFileRepository cases, CaseFileService caseFiles,
                                 DueDates dueDates, ManagementService managementService,
                                 WorkingDayCalendar calendar, DeadlineCalculator deadlines, TimerDueBases timerBases,
                                 RuntimeService runtimeService, StepCounts stepCounts) {
        this.stepCounts = stepCounts;
        this.timerBases = timerBases;
        this.runtimeService = runtimeService;
        this.steps = steps;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.dueDates = dueDates;
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
                stepCounts.change(step, moved -> moved.recalculate(newDueAt));
                caseFiles.recordStep(step.getCaseId(), actor, "DEADLINE_RECALCULATED", step.getStepKey(),
                        step.getStepName(), "期限重算：原期限" + oldDue + " → 新期限" + newDue + "（" + period.get().describe()
                                + "）；依据：" + basis, newDueAt);
                changedSteps++;
            }
            dueDates.moveTask(step.getTaskId(), Date.from(newDueAt), calendar.provisionalNote(from, newDue));
        }
        int changedCases = 0;
        int changedTimers = recalculateTimers(firstDay, basis, actor);
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
            changedTimers += moveTimers(caseFile.getProcessInstanceId(), oldDue, newDue);
            caseFiles.recordStep(caseFile.getId(), actor, "DEADLINE_RECALCULATED", null, "案件办理期限",
                    "期限重算：原期限" + oldDue + " → 新期限" + newDue + "（" + period.get().describe() + "）；依据：" + basis,
                    deadlines.endOfDay(newDue).toInstant());
            changedCases++;
        }
        return new Result(changedSteps, changedCases, changedTimers, List.copyOf(unrecalculated));
    }

    /** Timers that stored what their due date was counted from (posting periods, case deadlines). */
    private int recalculateTimers(LocalDate firstDay, String basis, String actor) {
        timerBases.forgetEndedTimers();
        int moved = 0;
        Date from = deadlines.endOfDay(firstDay.minusDays(1));
        for (String jobId : timerBases.jobIds()) {
            Job job = managementService.createJobQuery().jobId(jobId).singleResult();
            var period = timerBases.basisOf(jobId);
            if (job == null || job.getDuedate() == null || !job.getDuedate().after(from) || period.isEmpty()) {
                continue;
            }
            LocalDate oldDue = deadlines.toLocalDate(job.getDuedate());
            LocalDate newDue = period.get().endOn(calendar);
            if (newDue.equals(oldDue)) {
                continue;
            }
            Date newDate = dueDates.endOf(newDue);
            dueDates.moveTimer(jobId, newDue);
            moved++;
            caseOf(job.getProcessInstanceId()).ifPresent(caseFile -> caseFiles.recordStep(
                    caseFile.getId(), actor, "DEADLINE_RECALCULATED", null, "定时期限（公示期、缴款期等）",
                    "期限重算：原期限" + oldDue + " → 新期限" + newDue + "（" + period.get().describe() + "）；依据：" + basis,
                    newDate.toInstant()));
        }
        return moved;
    }

    /** Timers of the case's process that wait for its deadline ({@code ${dueDates.of(execution, 'case.deadline')}}). */
    private int moveTimers(String processInstanceId, LocalDate oldDue, LocalDate newDue) {
        if (processInstanceId == null) {
            return 0;
        }
        int moved = 0;
        Date oldEnd = dueDates.endOf(oldDue);
        for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            if (oldEnd.equals(job.getDuedate())) {
                dueDates.moveTimer(job.getId(), newDue);
                moved++;
            }
        }
        return moved;
    }

    /** The case a process works on, by its business key ("<case number>" or "<case number>/<part>"). */
    private Optional<CaseFile> caseOf(String processInstanceId) {
        var instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null || instance.getBusinessKey() == null) {
            return Optional.empty();
        }
        String key = instance.getBusinessKey();
        int slash = key.indexOf('/');
        return cases.findByCaseNumber(slash < 0 ? key : key.substring(0, slash));
    }

    private String caseNumberOf(CaseStep step) {
        return cases.findById(step.getCaseId()).map(CaseFile::getCaseNumber).orElse(step.getCaseId());
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(deadlines.zone()).toInstant();
    }
}
