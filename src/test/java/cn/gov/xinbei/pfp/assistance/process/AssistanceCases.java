package cn.gov.xinbei.pfp.assistance.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import java.util.HashMap;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Drives assistance cases through the engine for tests whose subject comes after the confirmation. */
public final class AssistanceCases {

    private AssistanceCases() {
    }

    /**
     * Runs assistanceEligibility through every step to the bureau's confirmation: the entitlement is written and the
     * case waits for finance's transfer.
     */
    public static ProcessInstance confirmed(RuntimeService runtimeService, Map<String, Object> application,
                                            String town) {
        Map<String, Object> variables = new HashMap<>(application);
        variables.put("townSlug", town);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("assistanceEligibility", variables);
        assertThat(instance).isWaitingAt("Task_VillageReview");
        complete(task(instance), withVariables("villageOpinion", "经村委会审议，情况属实", "villagePostingPlace", "村务公开栏"));
        execute(job(instance));
        complete(task(instance), withVariables("townOpinion", "经镇初审，情况属实", "townPostingPlace", "镇政务公开栏"));
        execute(job(instance));
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
}
