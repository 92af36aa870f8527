package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.secondchild.Applications;
import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Drives second-child cases (春江镇, applied 2012-03-01) to the steps the supervision tests need. */
final class SupervisionTestCases {

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    SupervisionTestCases(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** At 受理申请 (chunjiang-clerk), due 2012-03-08: 5 working days from Thursday 2012-03-01. */
    ProcessInstance atAcceptance() {
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 1));
        return runtimeService.startProcessInstanceByKey("secondChildApproval",
                new HashMap<>(Applications.onlyChildCouple()));
    }

    /** At 受理申请 for another woman, registered at the engine clock's time (the tests set it). */
    ProcessInstance atAcceptanceNowOf(String wifeIdNumber) {
        Map<String, Object> application = new HashMap<>(Applications.onlyChildCouple());
        application.put("wifeIdNumber", wifeIdNumber);
        return runtimeService.startProcessInstanceByKey("secondChildApproval", application);
    }

    /** At 区人口计生局审批 (bureau-clerk), due Saturday 2012-03-31 (a make-up working day). */
    ProcessInstance atDecision() {
        ProcessInstance instance = atAcceptance();
        complete(instance, Map.of("acceptanceDecision", "ACCEPT"));
        CaseTestSupport.clockAt(LocalDate.of(2012, 3, 5));
        complete(instance, Map.of("townRecommendation", "APPROVE", "townOpinion", "情况属实，同意上报"));
        return instance;
    }

    Task task(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    void complete(ProcessInstance instance, Map<String, Object> variables) {
        taskService.complete(task(instance).getId(), variables);
    }
}
