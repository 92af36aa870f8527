package cn.gov.xinbei.pfp.supervision.process;

import cn.gov.xinbei.pfp.supervision.SupervisionService;
import cn.gov.xinbei.pfp.supervision.domain.SupervisionStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Routing facts of caseSupervision for BPMN expressions, read from the supervision item of the process instance
 * (not from variables, which whoever completes a task could overwrite).
 */
@Component("supervisionRouting")
public class SupervisionRouting {

    private final SupervisionService service;

    public SupervisionRouting(SupervisionService service) {
        this.service = service;
    }

    /** The overdue task's candidate groups, comma-separated: they answer. */
    public String responsibleGroups(DelegateExecution execution) {
        return service.itemOfProcess(execution.getProcessInstanceId()).candidateGroups();
    }

    /** The town's supervisors for a town group, else bureau-supervisor. */
    public String supervisors(DelegateExecution execution) {
        return service.itemOfProcess(execution.getProcessInstanceId()).supervisorGroup();
    }

    public boolean accepted(DelegateExecution execution) {
        return service.itemOfProcess(execution.getProcessInstanceId()).status() == SupervisionStatus.CLOSED;
    }
}
