package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.shared.persistence.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One entry of a case's timeline: who did what, when, from where, at which step, against which deadline. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends AssignedIdEntity<String> {

    @Id
    private String id;
    @Column(name = "case_id", nullable = false)
    private String caseId;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    private String actor;
    @Column(name = "event_type", nullable = false)
    private String eventType;
    @Column(name = "step_key")
    private String stepKey;
    @Column(name = "step_name")
    private String stepName;
    private String detail;
    @Column(name = "due_at")
    private Instant dueAt;
    /** Client address and user agent of the request that made the change, or "system" (see RequestSource). */
    private String source;

    protected CaseEvent() {
    }

    public CaseEvent(String caseId, Instant occurredAt, String actor, String eventType, String stepKey,
                     String stepName, String detail, Instant dueAt, String source) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.eventType = eventType;
        this.stepKey = stepKey;
        this.stepName = stepName;
        this.detail = detail;
        this.dueAt = dueAt;
        this.source = source;
    }

    public String getCaseId() { return caseId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getEventType() { return eventType; }
    public String getStepKey() { return stepKey; }
    public String getStepName() { return stepName; }
    public String getDetail() { return detail; }
    public Instant getDueAt() { return dueAt; }
    public String getSource() { return source; }

    @Override
    public String getId() {
        return id;
    }
}
