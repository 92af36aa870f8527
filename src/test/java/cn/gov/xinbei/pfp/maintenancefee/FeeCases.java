package cn.gov.xinbei.pfp.maintenancefee;

import cn.gov.xinbei.pfp.testing.CaseTestSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Drives fee cases through the engine for tests whose subject comes after the decision. */
public final class FeeCases {

    private FeeCases() {
    }

    /**
     * {@link FeeReports#oneExtraChild()} (春江镇) registered, investigated, noticed on 2012-08-13 and decided on
     * 2012-08-20: the case waits at 送达征收决定书 with the engine clock on the decision day.
     */
    public static ProcessInstance decided(RuntimeService runtimeService, TaskService taskService,
                                          ManagementService managementService) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("socialMaintenanceFee",
                new HashMap<>(FeeReports.oneExtraChild()));
        complete(taskService, instance, Map.of("registrationDecision", "REGISTER"));
        complete(taskService, instance, Map.of("investigationOutcome", "FEE_DUE", "investigator1", "王强",
                "investigator2", "刘洋", "marriageBirthHistory", "双方2008年登记结婚，2009年生育一女，2012年1月生育一子，无生育证",
                "confirmedFatherHukouType", "URBAN", "confirmedMotherHukouType", "URBAN"));
        complete(taskService, instance, Map.of());
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 13));
        complete(taskService, instance, Map.of("noticeServedOn", "2012-08-13"));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());
        complete(taskService, instance, Map.of("statementMade", false));
        CaseTestSupport.clockAt(LocalDate.of(2012, 8, 20));
        complete(taskService, instance, Map.of("decidedOn", "2012-08-20"));
        return instance;
    }

    private static void complete(TaskService taskService, ProcessInstance instance, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        taskService.complete(task.getId(), new HashMap<>(variables));
    }
}
