package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import cn.gov.xinbei.pfp.calendar.domain.Period;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One user task of a case process, open or ended (table case_step, V7): what the deadline desk lists. Kept by
 * {@link CaseTimelinePlugin} in the engine's transaction, so it always agrees with the engine's tasks.
 */
@Entity
@Table(name = "case_step")
public class CaseStep extends AssignedIdEntity<String> {

    public enum EndKind { COMPLETED, CANCELLED }

    static final int MAX_STEP_NAME = 100;
    static final int MAX_GROUPS = 500;
    static final int MAX_LEGAL_BASIS = 500;

    @Id
    @Column(name = "task_id")
    private String taskId;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    /** The case's kind and town, copied (they never change) so the desk's lists filter and sort without a join. */
    @Column(name = "case_kind", nullable = false)
    private String caseKind;
    @Column(name = "town_slug", nullable = false)
    private String townSlug;
    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;
    @Column(name = "step_key", nullable = false)
    private String stepKey;
    @Column(name = "step_name", nullable = false)
    private String stepName;
    @Column(name = "candidate_groups")
    private String candidateGroups;
    @Column(name = "responsible_unit")
    private String responsibleUnit;
    @Column(name = "legal_basis")
    private String legalBasis;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "due_at")
    private Instant dueAt;
    /** No due date: such steps come last in the desk's date order, read from an index (V30). */
    @Column(name = "undated", nullable = false)
    private boolean undated;
    @Column(name = "original_due_at")
    private Instant originalDueAt;
    /** What due_at was counted from ({@link Period#text()}); null when the model gave a fixed date or none. */
    @Column(name = "due_basis")
    private String dueBasis;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_kind")
    private String endKind;
    @Column(name = "completed_by")
    private String completedBy;
    /** Who claimed the step or was assigned it; while open and unassigned it is offered to its groups. */
    @Column(name = "assignee")
    private String assignee;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "task_id", referencedColumnName = "task_id", insertable = false, updatable = false)
    private List<CaseStepGroup> groups = new ArrayList<>();

    protected CaseStep() {
    }

    public CaseStep(String taskId, CaseFile caseFile, String processInstanceId, String stepKey, String stepName,
                    List<String> candidateGroups, String responsibleUnit, String legalBasis, Instant createdAt,
                    Instant dueAt, String assignee) {
        this.taskId = taskId;
        this.caseId = caseFile.getId();
        this.caseKind = caseFile.getKind().name();
        this.townSlug = caseFile.getTownSlug();
        this.processInstanceId = processInstanceId;
        this.stepKey = stepKey;
        this.stepName = truncate(stepName, MAX_STEP_NAME);
        this.responsibleUnit = responsibleUnit;
        this.legalBasis = truncate(legalBasis, MAX_LEGAL_BASIS);
        this.createdAt = createdAt;
        this.originalDueAt = dueAt;
        this.assignee = assignee;
        offerTo(candidateGroups);
        due(dueAt);
    }

    /**
     * The groups the step is offered to now (the engine's candidate groups, which a user may change on an open task):
     * rows of groups no longer named go, new ones come with the step's due date.
     */
    public void offerTo(List<String> candidateGroups) {
        List<String> wanted = candidateGroups.stream().distinct().toList();
        groups.removeIf(group -> !wanted.contains(group.getGroupId()));
        for (String groupId : wanted) {
            if (groups.stream().noneMatch(group -> group.getGroupId().equals(groupId))) {
                CaseStepGroup group = new CaseStepGroup(taskId, groupId, caseId, createdAt);
                group.due(dueAt);
                groups.add(group);
            }
        }
        this.candidateGroups = wanted.isEmpty() ? null : truncate(String.join(",", wanted), MAX_GROUPS);
        markClaimable();
    }

    /** Claimed, assigned or handed back (null): an assigned step is no longer offered to its groups. */
    public void assign(String userId) {
        this.assignee = userId;
        markClaimable();
    }

    private void markClaimable() {
        boolean claimable = isOpen() && assignee == null;
        groups.forEach(group -> group.claimable(claimable));
    }

    public CaseStep withDueBasis(Period basis) {
        this.dueBasis = basis == null ? null : basis.text();
        return this;
    }

    /**
     * The same period counted again on a changed holiday arrangement: not an extension, so the original due date
     * moves with it unless the step had been extended.
     */
    public void recalculate(Instant newDueAt) {
        if (Objects.equals(dueAt, originalDueAt)) {
            originalDueAt = newDueAt;
        }
        due(newDueAt);
    }

    public Optional<Period> dueBasis() {
        return Period.parse(dueBasis);
    }

    /** A new due date (a lawful extension): the original one stays for the record. */
    public void reschedule(Instant newDueAt) {
        due(newDueAt);
    }

    private void due(Instant at) {
        this.dueAt = at;
        this.undated = at == null;
        groups.forEach(group -> group.due(at));
    }

    public void complete(Instant at, String by) {
        this.endedAt = at;
        this.endKind = EndKind.COMPLETED.name();
        this.completedBy = by;
        markClaimable();
    }

    public void cancel(Instant at) {
        this.endedAt = at;
        this.endKind = EndKind.CANCELLED.name();
        markClaimable();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String getTaskId() { return taskId; }
    public String getCaseId() { return caseId; }
    public String getCaseKind() { return caseKind; }
    public String getTownSlug() { return townSlug; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getStepKey() { return stepKey; }
    public String getStepName() { return stepName; }
    public String getCandidateGroups() { return candidateGroups; }
    public String getResponsibleUnit() { return responsibleUnit; }
    public String getLegalBasis() { return legalBasis; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getOriginalDueAt() { return originalDueAt; }
    public Instant getEndedAt() { return endedAt; }
    public String getEndKind() { return endKind; }
    public String getCompletedBy() { return completedBy; }
    public String getAssignee() { return assignee; }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** The candidate groups as a list (empty when the step was offered to users only). */
    public List<String> candidateGroupList() {
        return candidateGroups == null ? List.of() : Arrays.stream(candidateGroups.split(",")).map(String::strip)
                .filter(g -> !g.isEmpty()).toList();
    }

    @Override
    public String getId() {
        return taskId;
    }
}
