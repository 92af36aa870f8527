package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.calendar.DeadlineCalculator;
import cn.gov.xinbei.pfp.calendar.DueDates;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.supervision.domain.ExtensionPolicy;
import cn.gov.xinbei.pfp.supervision.domain.ExtensionRule;
import cn.gov.xinbei.pfp.supervision.domain.SupervisorGroups;
import cn.gov.xinbei.pfp.web.NotFoundException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Lawful extensions of a step's deadline from the desk (config/supervision.yml app.supervision.extensions). The
 * bureau's supervisors may extend any case's step; a town's supervisors only their own town's steps. The task's due
 * date is set in the engine (its update event keeps case_step in sync), a deadline_extension row and a case_event
 * line are written, all in one transaction.
 */
@Service
public class DeadlineExtensionService {

    public static final String EVENT_TYPE = "DEADLINE_EXTENDED";

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final CaseFileService caseFiles;
    private final Organization organization;
    private final DeadlineCalculator deadlines;
    private final DueDates dueDates;
    private final EngineClock clock;
    private final JdbcTemplate jdbc;
    private final ExtensionPolicy policy;
    private final List<ProcessExtensionLedger> ledgers;

    public DeadlineExtensionService(TaskService taskService, RuntimeService runtimeService,
                                    RepositoryService repositoryService, CaseFileService caseFiles,
                                    Organization organization, DeadlineCalculator deadlines, DueDates dueDates,
                                    EngineClock clock,
                                    JdbcTemplate jdbc, SupervisionProperties properties,
                                    List<ProcessExtensionLedger> ledgers) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.caseFiles = caseFiles;
        this.organization = organization;
        this.deadlines = deadlines;
        this.dueDates = dueDates;
        this.clock = clock;
        this.jdbc = jdbc;
        this.policy = new ExtensionPolicy(properties.extensions(), properties.reasonMinLength());
        this.ledgers = List.copyOf(ledgers);
    }

    /** What the extension page shows about a step. */
    public record StepDeadline(String taskId, String caseNumber, String caseTitle, String processKey, String stepKey,
                               String stepName, String responsibleGroups, LocalDate dueOn, String stepBasis,
                               Optional<ExtensionRule> rule, int usedWorkingDays, int remainingWorkingDays,
                               String refusal) {
        public boolean extendable() {
            return refusal == null;
        }
    }

    @Transactional(readOnly = true)
    public StepDeadline view(CurrentUser user, String taskId) {
        Step step = step(taskId);
        requireMayExtend(user, step);
        return describe(step);
    }

    /**
     * Extends the step's deadline by {@code workingDays}; refused with a Chinese message naming the field when the
     * step is statutory, the days exceed what is left of the maximum, or the reason is too short.
     *
     * @return the new last day
     */
    @Transactional
    public LocalDate extend(CurrentUser user, String taskId, Integer workingDays, String reason) {
        Step step = step(taskId);
        requireMayExtend(user, step);
        if (step.task.getDueDate() == null) {
            throw new InvalidInputException(ExtensionPolicy.DAYS_FIELD, "“" + step.task.getName() + "”没有办理期限，无需延长");
        }
        int used = usedWorkingDays(step);
        String text = policy.check(step.processKey, step.task.getTaskDefinitionKey(), step.task.getName(),
                step.task.getDescription(), workingDays, reason, used);
        ExtensionRule rule = policy.ruleFor(step.processKey, step.task.getTaskDefinitionKey()).orElseThrow();
        LocalDate oldDue = deadlines.toLocalDate(step.task.getDueDate());
        LocalDate newDue = dueDates.extendedByWorkingDays(oldDue, workingDays);
        Instant now = clock.now();
        dueDates.moveTask(taskId, newDue);
        jdbc.update("insert into deadline_extension (id, case_id, task_id, process_key, step_key, step_name,"
                        + " working_days, original_due_at, new_due_at, reason, legal_basis, granted_by, granted_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), step.caseFile.getId(), taskId, step.processKey,
                step.task.getTaskDefinitionKey(), step.task.getName(), workingDays,
                Timestamp.from(step.task.getDueDate().toInstant()), Timestamp.from(dueDates.endOf(newDue).toInstant()),
                text, rule.legalBasis(), user.id(), Timestamp.from(now));
        // The case's current deadline follows the step whose deadline it is (BPMN due dates read it again).
        if (oldDue.equals(step.caseFile.getDueOn())) {
            step.caseFile.setDueOn(newDue);
        }
        ledgers.stream().filter(l -> l.processKey().equals(step.processKey)
                        && l.taskKey().equals(step.task.getTaskDefinitionKey()))
                .forEach(l -> l.recordDeskExtension(step.caseFile.getId(), text));
        caseFiles.recordStep(step.caseFile.getId(), user.id(), EVENT_TYPE, step.task.getTaskDefinitionKey(),
                step.task.getName(), "期限延长：原" + oldDue + "，延至" + newDue + "（" + workingDays + "个工作日），理由："
                        + text + "，依据：" + rule.legalBasis(), dueDates.endOf(newDue).toInstant());
        return newDue;
    }

    private StepDeadline describe(Step step) {
        String stepKey = step.task.getTaskDefinitionKey();
        Optional<ExtensionRule> rule = policy.ruleFor(step.processKey, stepKey);
        int used = rule.isPresent() ? usedWorkingDays(step) : 0;
        int remaining = rule.map(r -> ExtensionPolicy.remaining(r, used)).orElse(0);
        String refusal = null;
        if (rule.isEmpty()) {
            refusal = ExtensionPolicy.statutory(step.task.getName(), step.task.getDescription());
        } else if (step.task.getDueDate() == null) {
            refusal = "“" + step.task.getName() + "”没有办理期限，无需延长";
        } else if (remaining == 0) {
            refusal = "“" + step.task.getName() + "”的期限已延长过" + rule.get().maxWorkingDays() + "个工作日，不能再延长（"
                    + rule.get().legalBasis() + "）";
        }
        return new StepDeadline(step.task.getId(), step.caseFile.getCaseNumber(), step.caseFile.getTitle(),
                step.processKey, stepKey, step.task.getName(),
                String.join("、", step.groups.stream().map(g -> organization.allGroups().getOrDefault(g, g)).toList()),
                step.task.getDueDate() == null ? null : deadlines.toLocalDate(step.task.getDueDate()),
                step.task.getDescription(), rule, used, remaining, refusal);
    }

    /** Working days already used: desk extensions, or the whole maximum when the process's own path extended. */
    int usedWorkingDays(Step step) {
        String stepKey = step.task.getTaskDefinitionKey();
        Integer desk = jdbc.queryForObject("select coalesce(sum(working_days), 0) from deadline_extension"
                        + " where case_id = ? and process_key = ? and step_key = ?", Integer.class,
                step.caseFile.getId(), step.processKey, stepKey);
        int deskDays = desk == null ? 0 : desk;
        boolean byProcess = deskDays == 0 && ledgers.stream()
                .anyMatch(l -> l.processKey().equals(step.processKey) && l.taskKey().equals(stepKey)
                        && l.extendedByProcess(step.caseFile.getId()));
        if (byProcess) {
            return policy.ruleFor(step.processKey, stepKey).map(ExtensionRule::maxWorkingDays).orElse(0);
        }
        return deskDays;
    }

    private void requireMayExtend(CurrentUser user, Step step) {
        if (user.groups().contains(SupervisorGroups.BUREAU_SUPERVISORS)) {
            return;
        }
        List<String> towns = organization.towns().stream().map(Town::slug).toList();
        List<String> supervisedTowns = user.groups().stream()
                .filter(g -> g.endsWith("-" + Organization.SUPERVISOR))
                .flatMap(g -> SupervisorGroups.townOf(g, towns).stream())
                .toList();
        if (supervisedTowns.isEmpty()) {
            throw new AccessDeniedException("only supervisors extend deadlines");
        }
        boolean ownTownStep = !step.groups.isEmpty() && step.groups.stream()
                .allMatch(g -> SupervisorGroups.townOf(g, towns).map(supervisedTowns::contains).orElse(false));
        if (!ownTownStep) {
            throw new AccessDeniedException("a town's supervisors extend their own town's steps only");
        }
    }

    private Step step(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            throw new NotFoundException("环节不存在或已办结");
        }
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        String businessKey = instance == null ? null : instance.getBusinessKey();
        if (businessKey == null) {
            throw new NotFoundException("环节不属于任何案件");
        }
        int slash = businessKey.indexOf('/');
        CaseFile caseFile = caseFiles.byNumber(slash < 0 ? businessKey : businessKey.substring(0, slash));
        String processKey = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        List<String> groups = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).distinct().toList();
        return new Step(task, caseFile, processKey, groups);
    }

    private record Step(Task task, CaseFile caseFile, String processKey, List<String> groups) {
    }
}
