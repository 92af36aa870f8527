package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.calendar.DeadlineCalculator;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseStart;
import cn.gov.xinbei.pfp.casefile.CaseFileRepository;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Reach;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.supervision.domain.SupervisionRules;
import cn.gov.xinbei.pfp.supervision.domain.SupervisionStatus;
import cn.gov.xinbei.pfp.supervision.domain.SupervisorGroups;
import cn.gov.xinbei.pfp.web.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * 督办: escalates overdue steps of case processes into supervision items, each answered by the responsible group and
 * reviewed by its supervisors in a {@code caseSupervision} process, and shows them on the desk to those in scope.
 */
@Service
public class SupervisionService {

    public static final String PROCESS_KEY = "caseSupervision";
    public static final String ANSWER_TASK = "Task_AnswerSupervision";
    public static final String REVIEW_TASK = "Task_ReviewSupervision";
    /** The part of the business key "&lt;case number&gt;/督办": CaseTimelinePlugin files the tasks in the case. */
    public static final String BUSINESS_KEY_PART = "督办";
    public static final String ITEM_VARIABLE = "supervisionItemId";

    private static final Logger log = LoggerFactory.getLogger(SupervisionService.class);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final SupervisionItems items;
    private final CaseFileRepository caseFileRepository;
    private final CaseFileService caseFiles;
    private final Organization organization;
    private final UserScope userScope;
    private final EngineClock clock;
    private final DeadlineCalculator deadlines;
    private final SupervisionProperties properties;
    private final TransactionTemplate newTransaction;
    private final Map<String, String> processKeys = new java.util.concurrent.ConcurrentHashMap<>();

    public SupervisionService(TaskService taskService, RuntimeService runtimeService,
                              RepositoryService repositoryService, IdentityService identityService,
                              SupervisionItems items, CaseFileRepository caseFileRepository, CaseFileService caseFiles,
                              Organization organization, UserScope userScope, EngineClock clock,
                              DeadlineCalculator deadlines, SupervisionProperties properties,
                              PlatformTransactionManager transactionManager) {
        this.userScope = userScope;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.items = items;
        this.caseFileRepository = caseFileRepository;
        this.caseFiles = caseFiles;
        this.organization = organization;
        this.clock = clock;
        this.deadlines = deadlines;
        this.properties = properties;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ------------------------------------------------------------------ escalation

    /**
     * The open user tasks of case processes whose due date has passed by {@code now} and that have no supervision item
     * yet: the steps a scan escalates ({@code supervisionEscalationScan} escalates each in a job of its own).
     */
    public List<String> overdueStepIds(Instant now) {
        return taskService.createTaskQuery().active().dueBefore(Date.from(now)).orderByTaskId().asc().list().stream()
                .filter(task -> needsEscalation(task, now))
                .map(Task::getId)
                .toList();
    }

    /**
     * Escalates one overdue step, in the caller's transaction: a supervision item, a timeline entry and a 督办 process.
     * Nothing happens if the step was done meanwhile, is not overdue or has its item already, so a job that runs
     * again after a failure, or a second scan, adds nothing. Two at once: the unique overdue task id of
     * supervision_item lets one commit; the other's transaction fails and is retried, then finds the item.
     *
     * @return whether a new item was raised
     */
    public boolean escalateStep(String taskId) {
        Instant now = clock.now();
        Task task = taskService.createTaskQuery().taskId(taskId).active().singleResult();
        return task != null && needsEscalation(task, now) && escalate(task, now);
    }

    /**
     * The whole scan in the caller's thread, each step in a transaction of its own (the durable scan on the job
     * executor is {@link EscalationScans}; tests and the desk's fixtures use this one).
     *
     * @return the number of new supervision items
     */
    public int escalateOverdueSteps() {
        int created = 0;
        for (String taskId : overdueStepIds(clock.now())) {
            Boolean escalated = newTransaction.execute(status -> {
                try {
                    return escalateStep(taskId);
                } catch (DataIntegrityViolationException e) {
                    status.setRollbackOnly(); // escalated at the same time elsewhere
                    return false;
                }
            });
            if (Boolean.TRUE.equals(escalated)) {
                created++;
            }
        }
        if (created > 0) {
            log.info("escalation scan: {} new supervision item(s)", created);
        }
        return created;
    }

    private boolean needsEscalation(Task task, Instant now) {
        return task.getProcessInstanceId() != null && task.getDueDate() != null
                && task.getDueDate().toInstant().isBefore(now)
                && !PROCESS_KEY.equals(processKey(task.getProcessDefinitionId())) && !items.existsForTask(task.getId());
    }

    private boolean escalate(Task task, Instant now) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance == null || instance.getBusinessKey() == null) {
            return false;
        }
        String businessKey = instance.getBusinessKey();
        int slash = businessKey.indexOf('/');
        String caseNumber = slash < 0 ? businessKey : businessKey.substring(0, slash);
        Optional<CaseFile> found = caseFileRepository.findByCaseNumber(caseNumber);
        List<String> groups = candidateGroups(task.getId());
        if (found.isEmpty() || groups.isEmpty()) {
            return false; // not a case process, or no group to answer for the step
        }
        CaseFile caseFile = found.get();
        String stepName = slash < 0 ? task.getName() : task.getName() + "（" + businessKey.substring(slash + 1) + "）";
        String responsible = groups.get(0);
        String supervisors = SupervisorGroups.supervisorsOf(responsible, townSlugs());
        SupervisionItem item = new SupervisionItem(UUID.randomUUID().toString(), caseFile.getId(), caseNumber,
                caseFile.getTownSlug(), task.getId(), processKey(task.getProcessDefinitionId()),
                task.getTaskDefinitionKey(), stepName, task.getDueDate().toInstant(), String.join(",", groups),
                responsible, supervisors, SupervisionStatus.AWAITING_ANSWER, now, null, null, null, null, null, 0,
                null, null);
        items.insert(item);
        String dueOn = deadlines.toLocalDate(task.getDueDate()).toString();
        caseFiles.recordStep(caseFile.getId(), null, "SUPERVISION_RAISED", task.getTaskDefinitionKey(), stepName,
                "督办：“" + stepName + "”已逾期（期限" + dueOn + "），由" + groupNames(groups) + "答复，"
                        + groupName(supervisors) + "审阅", task.getDueDate().toInstant());
        Map<String, Object> variables = new HashMap<>();
        variables.put(ITEM_VARIABLE, item.id());
        variables.put("caseNumber", caseNumber);
        variables.put("caseTitle", caseFile.getTitle());
        variables.put(CaseStart.PARTY_NAMES, CaseStart.partyNames(caseFile));
        variables.put("townName", organization.townBySlug(caseFile.getTownSlug()).map(Town::name).orElse(null));
        variables.put("overdueStep", stepName);
        variables.put("overdueDueOn", dueOn);
        variables.put("responsibleGroupName", groupNames(groups));
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, caseNumber + "/" + BUSINESS_KEY_PART, variables);
        return true;
    }

    private List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .distinct()
                .toList();
    }

    private String processKey(String processDefinitionId) {
        return processKeys.computeIfAbsent(processDefinitionId,
                id -> repositoryService.getProcessDefinition(id).getKey());
    }

    private List<String> townSlugs() {
        return organization.towns().stream().map(Town::slug).toList();
    }

    public String groupName(String group) {
        return organization.allGroups().getOrDefault(group, group);
    }

    public String groupNames(Collection<String> groups) {
        return String.join("、", groups.stream().map(this::groupName).toList());
    }

    // ------------------------------------------------------------------ the caseSupervision process

    /** Start listener: links the item to its process, by which the routing below finds it. */
    public void processStarted(String itemId, String processInstanceId) {
        items.linkProcess(itemId, processInstanceId);
    }

    public SupervisionItem itemOfProcess(String processInstanceId) {
        return items.byProcessInstance(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("no supervision item for process " + processInstanceId));
    }

    /** The answer task completed (desk or Tasklist): at least N characters, else nothing is written. */
    public void answered(String processInstanceId, String answer, String actor) {
        String text = SupervisionRules.answer(answer, properties.answerMinLength());
        SupervisionItem item = itemOfProcess(processInstanceId);
        items.answered(item.id(), text, actor, clock.now());
        caseFiles.recordStep(item.caseId(), actor, "SUPERVISION_ANSWERED", ANSWER_TASK, "答复督办",
                "就“" + item.overdueStepName() + "”答复督办：" + text, null);
    }

    /** The review task completed: accepted closes the item, returned (with a reason) asks for a new answer. */
    public void reviewed(String processInstanceId, String decision, String reason, String actor) {
        String returnReason = SupervisionRules.returnReason(decision, reason, properties.reasonMinLength());
        SupervisionItem item = itemOfProcess(processInstanceId);
        if (returnReason == null) {
            items.closed(item.id(), actor, clock.now());
            caseFiles.recordStep(item.caseId(), actor, "SUPERVISION_CLOSED", REVIEW_TASK, "审阅督办答复",
                    "督办事项“" + item.overdueStepName() + "”已办结", null);
        } else {
            items.returned(item.id(), returnReason, actor);
            caseFiles.recordStep(item.caseId(), actor, "SUPERVISION_RETURNED", REVIEW_TASK, "审阅督办答复",
                    "督办答复被退回，理由：" + returnReason, null);
        }
    }

    // ------------------------------------------------------------------ the desk

    /**
     * The items in the user's scope: the bureau all; a town's clerks and supervisors their town's cases; a liaison
     * the items addressed to their group. Anyone else (administrators) is refused.
     */
    public List<SupervisionItem> visibleTo(CurrentUser user) {
        Scope scope = scopeOf(user);
        return items.all().stream().filter(scope::covers).toList();
    }

    public SupervisionItem visibleItem(CurrentUser user, String id) {
        Scope scope = scopeOf(user);
        return items.byId(id).filter(scope::covers).orElseThrow(() -> new NotFoundException("督办事项不存在"));
    }

    public boolean mayAnswer(CurrentUser user, SupervisionItem item) {
        return item.candidateGroupList().stream().anyMatch(user.groups()::contains);
    }

    public boolean mayReview(CurrentUser user, SupervisionItem item) {
        return user.groups().contains(item.supervisorGroup());
    }

    /** Answers from the desk: completes the open answer task as the user, who must be in one of its groups. */
    public void answer(CurrentUser user, String id, String answer) {
        SupervisionItem item = visibleItem(user, id);
        if (!mayAnswer(user, item)) {
            throw new AccessDeniedException("only the responsible group answers a supervision item");
        }
        if (item.status() != SupervisionStatus.AWAITING_ANSWER) {
            throw new InvalidInputException(SupervisionRules.ANSWER_FIELD, "该督办事项当前为“" + item.status().label()
                    + "”，不能答复");
        }
        String text = SupervisionRules.answer(answer, properties.answerMinLength());
        Task task = openTask(item, ANSWER_TASK);
        if (candidateGroups(task.getId()).stream().noneMatch(user.groups()::contains)) {
            throw new AccessDeniedException("the user is in no candidate group of the answer task");
        }
        completeAs(user, task, Map.of("answer", text));
    }

    /** Reviews from the desk: accepts or returns the answer, as one of the item's supervisors. */
    public void review(CurrentUser user, String id, String decision, String reason) {
        SupervisionItem item = visibleItem(user, id);
        if (!mayReview(user, item)) {
            throw new AccessDeniedException("only the item's supervisors review the answer");
        }
        if (item.status() != SupervisionStatus.AWAITING_REVIEW) {
            throw new InvalidInputException(SupervisionRules.REVIEW_FIELD, "该督办事项当前为“" + item.status().label()
                    + "”，不能审阅");
        }
        String returnReason = SupervisionRules.returnReason(decision, reason, properties.reasonMinLength());
        Task task = openTask(item, REVIEW_TASK);
        Map<String, Object> variables = new HashMap<>();
        variables.put("reviewDecision", decision);
        variables.put("returnReason", returnReason);
        completeAs(user, task, variables);
    }

    private Task openTask(SupervisionItem item, String taskKey) {
        Task task = taskService.createTaskQuery().processInstanceId(item.processInstanceId())
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("supervision item " + item.id() + " has no open task " + taskKey);
        }
        return task;
    }

    /** Completes the task inside the engine as the user, so Camunda's task authorizations apply too. */
    private void completeAs(CurrentUser user, Task task, Map<String, Object> variables) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(user.id(), user.groups());
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }

    private Scope scopeOf(CurrentUser user) {
        Reach reach = userScope.of(user.groups());
        if (reach.bureauWide()) {
            return new Scope(true, List.of(), List.of());
        }
        List<String> towns = reach.towns();
        List<String> liaisonGroups = user.groups().stream()
                .filter(g -> g.endsWith("-" + Organization.LIAISON)).toList();
        if (towns.isEmpty() && liaisonGroups.isEmpty()) {
            throw new AccessDeniedException("no supervision items for these groups");
        }
        return new Scope(false, towns, liaisonGroups);
    }

    private record Scope(boolean all, List<String> towns, List<String> groups) {
        boolean covers(SupervisionItem item) {
            return all || towns.contains(item.townSlug())
                    || item.candidateGroupList().stream().anyMatch(groups::contains);
        }
    }

}
