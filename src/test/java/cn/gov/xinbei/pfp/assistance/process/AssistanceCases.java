package cn.gov.xinbei.pfp.assistance.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Drives assistance cases through the engine for tests whose subject comes later in the process. */
public final class AssistanceCases {

    private AssistanceCases() {
    }

    /**
     * Starts assistanceEligibility and runs the village's and the town's review and their 7-day postings: the case
     * waits at the department's check (Task_PoliceCheck, or Task_HrCheck for the retiree award).
     */
    public static ProcessInstance pastPostings(ProcessEngineServices engine, Map<String, Object> application) {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("assistanceEligibility",
                new HashMap<>(application));
        Task villageReview = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(villageReview.getTaskDefinitionKey()).as("the case starts at the village's review")
                .isEqualTo("Task_VillageReview");
        completeTask(engine, instance, Map.of("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "魏村村务公开栏"));
        runPostingTimer(engine, instance);
        completeTask(engine, instance, Map.of("townOpinion", "经镇初审，情况属实", "townPostingPlace", "春江镇政务公开栏"));
        runPostingTimer(engine, instance);
        return instance;
    }

    /**
     * Runs assistanceEligibility through every step to the bureau's confirmation: the entitlement is written and the
     * case waits for finance's transfer.
     */
    public static ProcessInstance confirmed(Map<String, Object> application, String town) {
        Map<String, Object> variables = new HashMap<>(application);
        variables.put("townSlug", town);
        ProcessInstance instance = pastPostings(processEngine(), variables);
        for (int step = 0; step < 5; step++) {
            String key = task(instance).getTaskDefinitionKey();
            switch (key) {
                case "Task_PoliceCheck" -> complete(task(instance), withVariables("confirmedApplicantHukou", "AGRICULTURAL",
                        "confirmedSpouseHukou", "AGRICULTURAL", "hukouCertificateNumber", "春派证〔2012〕31号"));
                case "Task_HrCheck" -> complete(task(instance),
                        withVariables("hrConfirmation", "CONFIRMED", "hrRetirementDate", "2005-06-30"));
                case "Task_BureauConfirmation" -> complete(task(instance), withVariables("bureauDecision", "CONFIRM"));
                case "Task_RecordTransfer" -> {
                    return instance;
                }
                default -> throw new AssertionError("unexpected task " + key);
            }
        }
        throw new AssertionError("not confirmed after five steps");
    }

    private static void completeTask(ProcessEngineServices engine, ProcessInstance instance,
                                     Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        engine.getTaskService().complete(task.getId(), new HashMap<>(variables));
    }

    private static void runPostingTimer(ProcessEngineServices engine, ProcessInstance instance) {
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).singleResult().getId());
    }
}
