package cn.gov.xinbei.pfp.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A group a step is offered to (table case_step_group, V31): the row a group's queue and a liaison's reach are read
 * from. Part of its {@link CaseStep}, which keeps the copied due date and the claimable mark in step with its own.
 */
@Entity
@Table(name = "case_step_group")
@IdClass(CaseStepGroup.Key.class)
public class CaseStepGroup {

    @Id
    @Column(name = "task_id")
    private String taskId;
    @Id
    @Column(name = "group_id")
    private String groupId;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Column(name = "claimable", nullable = false)
    private boolean claimable;
    @Column(name = "undated", nullable = false)
    private boolean undated;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseStepGroup() {
    }

    CaseStepGroup(String taskId, String groupId, String caseId, Instant createdAt) {
        this.taskId = taskId;
        this.groupId = groupId;
        this.caseId = caseId;
        this.createdAt = createdAt;
    }

    void due(Instant at) {
        this.dueAt = at;
        this.undated = at == null;
    }

    void claimable(boolean value) {
        this.claimable = value;
    }

    String getGroupId() { return groupId; }

    /** The primary key (task_id, group_id). */
    public static class Key implements Serializable {
        private String taskId;
        private String groupId;

        protected Key() {
        }

        public Key(String taskId, String groupId) {
            this.taskId = taskId;
            this.groupId = groupId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && taskId.equals(key.taskId) && groupId.equals(key.groupId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(taskId, groupId);
        }
    }
}
