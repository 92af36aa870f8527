package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.supervision.domain.SupervisionStatus;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One 督办 item (table supervision_item). */
public record SupervisionItem(String id, String caseId, String caseNumber, String townSlug, String overdueTaskId,
                              String overdueProcessKey, String overdueStepKey, String overdueStepName,
                              Instant overdueDueAt, String candidateGroups, String responsibleGroup,
                              String supervisorGroup, SupervisionStatus status, Instant raisedAt,
                              String processInstanceId, String answer, String answeredBy, Instant answeredAt,
                              String returnReason, int returns, String reviewedBy, Instant closedAt) {

    public List<String> candidateGroupList() {
        return Arrays.stream(candidateGroups.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
