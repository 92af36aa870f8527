package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.calendar.DueDates;
import cn.gov.xinbei.pfp.calendar.RecentPeriods;
import cn.gov.xinbei.pfp.calendar.domain.Period;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.shared.process.ProcessActor;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes every user task of every case process into the case timeline (case_event: when it opened and against
 * which due date, who completed it and when) and keeps its row in case_step (created, claimed or offered to other
 * groups, due date changed by an extension, completed, or cancelled when the process moved on without it), which
 * the desk, the workspace and 我的待办 read instead of the engine's task query. Added to all processes at parse time,
 * so no diagram has to remember it; runs in the engine's transaction.
 */
@Component
public class CaseTimelinePlugin extends AbstractProcessEnginePlugin {

    /** Marks the start of a task description that says its due date is provisional; removed when it is counted again. */
    public static final String PROVISIONAL_MARK = DueDates.PROVISIONAL_MARK;

    private final ObjectProvider<CaseFileService> caseFiles;
    private final ObjectProvider<CaseStepRepository> steps;
    private final ObjectProvider<EngineClock> clock;
    private final ObjectProvider<WorkingDayCalendar> calendar;
    private final ObjectProvider<StepCounts> stepCounts;

    public CaseTimelinePlugin(ObjectProvider<CaseFileService> caseFiles, ObjectProvider<CaseStepRepository> steps,
                              ObjectProvider<EngineClock> clock, ObjectProvider<WorkingDayCalendar> calendar,
                              ObjectProvider<StepCounts> stepCounts) {
        this.caseFiles = caseFiles;
        this.steps = steps;
        this.clock = clock;
        this.calendar = calendar;
        this.stepCounts = stepCounts;
    }

    /** The task's description with the provisional note in front (Tasklist: 描述), or without it when final. */
    public static String describeDeadline(String description, String provisionalNote) {
        return DueDates.describe(description, provisionalNote);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener listener = this::record;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, listener);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, listener);
            }
        });
    }

    private void record(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(task);
            case TaskListener.EVENTNAME_UPDATE -> updated(task);
            case TaskListener.EVENTNAME_COMPLETE -> completed(task);
            case TaskListener.EVENTNAME_DELETE -> deleted(task);
            default -> { }
        }
    }

    private void created(DelegateTask task) {
        CaseRef ref = caseOf(task);
        if (ref == null) {
            return;
        }
        List<String> groups = candidateGroupIds(task);
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        Instant createdAt = task.getCreateTime() != null ? task.getCreateTime().toInstant() : clock.getObject().now();
        Period basis = due == null ? null : RecentPeriods.basisOf(clock.getObject().localDate(due)).orElse(null);
        if (due != null) {
            String note = calendar.getObject().provisionalNote(
                    basis != null ? basis.start() : clock.getObject().localDate(createdAt), clock.getObject().localDate(due));
            if (note != null) {
                task.setDescription(describeDeadline(task.getDescription(), note));
            }
        }
        ref.service().recordStep(ref.caseFile().getId(), null, "TASK_CREATED", task.getTaskDefinitionKey(),
                ref.stepName(), "分派给：" + candidates(task), due);
        CaseStep step = steps.getObject().save(new CaseStep(task.getId(), ref.caseFile(), task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), ref.stepName(), groups, groups.isEmpty() ? null : unitOf(groups.get(0)),
                legalBasis(task), createdAt, due, task.getAssignee())
                .withDueBasis(basis));
        stepCounts.getObject().opened(step);
    }

    private void updated(DelegateTask task) {
        // Fired for any change of the task (assignee, candidates, priority, due date, a saved form...).
        steps.getObject().findById(task.getId()).ifPresent(step -> {
            if (!Objects.equals(task.getAssignee(), step.getAssignee())) {
                step.assign(task.getAssignee());
            }
            List<String> groups = candidateGroupIds(task);
            if (!groups.equals(step.candidateGroupList())) {
                step.offerTo(groups);
            }
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            if (!Objects.equals(due, step.getDueAt())) {
                // A lawful extension: what the new date was counted from (e.g. 10 working days from the old one),
                // so a later change of the holiday arrangement keeps the extension.
                Period previous = step.dueBasis().orElse(null);
                LocalDate previousDue = step.getDueAt() == null ? null : clock.getObject().localDate(step.getDueAt());
                stepCounts.getObject().change(step, moved -> moved.reschedule(due));
                step.withDueBasis(due == null ? null : RecentPeriods.basisOf(clock.getObject().localDate(due))
                        .map(p -> p.continuing(previous, previousDue)).orElse(null));
            }
        });
    }

    private void completed(DelegateTask task) {
        CaseRef ref = caseOf(task);
        if (ref == null) {
            return;
        }
        String actor = ProcessActor.userId(task);
        ref.service().recordStep(ref.caseFile().getId(), actor, "TASK_COMPLETED", task.getTaskDefinitionKey(),
                ref.stepName(), null, task.getDueDate() == null ? null : task.getDueDate().toInstant());
        Instant now = clock.getObject().now();
        steps.getObject().findById(task.getId())
                .ifPresent(step -> stepCounts.getObject().change(step, open -> open.complete(now, actor)));
    }

    private void deleted(DelegateTask task) {
        // The process moved on without the task: withdrawal, an interrupting boundary event, cancellation.
        Instant now = clock.getObject().now();
        steps.getObject().findById(task.getId()).filter(CaseStep::isOpen)
                .ifPresent(step -> stepCounts.getObject().change(step, open -> open.cancel(now)));
    }

    private record CaseRef(CaseFileService service, CaseFile caseFile, String stepName) {
    }

    private CaseRef caseOf(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        if (businessKey == null) {
            return null;
        }
        // A sub-process working on part of a case (e.g. one agency of a 两非 case) has the key "<case number>/<part>".
        int slash = businessKey.indexOf('/');
        String caseNumber = slash < 0 ? businessKey : businessKey.substring(0, slash);
        String stepName = slash < 0 ? task.getName() : task.getName() + "（" + businessKey.substring(slash + 1) + "）";
        var service = caseFiles.getObject();
        return new CaseRef(service, service.byNumber(caseNumber), stepName);
    }

    /** The unit of a group id "<unit>-<role>" (see Organization.group), or the id itself when it has no role. */
    static String unitOf(String groupId) {
        int dash = groupId.lastIndexOf('-');
        return dash < 0 ? groupId : groupId.substring(0, dash);
    }

    /** The candidate groups in the order the model gives them (the engine's entity keeps it; getCandidates does not). */
    private static List<String> candidateGroupIds(DelegateTask task) {
        var links = task instanceof TaskEntity entity
                ? entity.getIdentityLinks().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                        .map(IdentityLink::getGroupId)
                : task.getCandidates().stream().map(IdentityLink::getGroupId);
        return links.filter(Objects::nonNull).distinct().toList();
    }

    private static String legalBasis(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        if (element == null) {
            return null;
        }
        String text = element.getDocumentations().stream().map(Documentation::getTextContent)
                .filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.joining(" "));
        return text.isEmpty() ? null : text;
    }

    private static String candidates(DelegateTask task) {
        return String.join("、", task.getCandidates().stream()
                .map(link -> link.getGroupId() != null ? link.getGroupId() : link.getUserId())
                .toList());
    }
}
