package cn.gov.xinbei.pfp.workspace;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The steps a case can stand at: the user tasks of the latest version of every deployed process (their keys are
 * case_step.step_key), each named in Chinese with its process, for the workspace's step filter. Read from the models
 * once per set of deployed versions.
 */
@Component
class StepCatalog {

    /** A step: its key (the BPMN id of the user task) and its Chinese name, "process：task". */
    record Step(String key, String label) {
    }

    private final RepositoryService repository;
    private volatile List<String> definitionIds = List.of();
    private volatile List<Step> steps = List.of();

    StepCatalog(RepositoryService repository) {
        this.repository = repository;
    }

    List<Step> steps() {
        List<ProcessDefinition> latest = repository.createProcessDefinitionQuery().latestVersion()
                .orderByProcessDefinitionKey().asc().list();
        List<String> ids = latest.stream().map(ProcessDefinition::getId).toList();
        if (!ids.equals(definitionIds)) {
            steps = read(latest);
            definitionIds = ids;
        }
        return steps;
    }

    boolean isStep(String key) {
        return steps().stream().anyMatch(s -> s.key().equals(key));
    }

    private List<Step> read(List<ProcessDefinition> definitions) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ProcessDefinition definition : definitions) {
            String process = Objects.requireNonNullElse(definition.getName(), definition.getKey());
            for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                String name = Objects.requireNonNullElse(task.getName(), task.getId()).replaceAll("\\s+", "");
                labels.merge(task.getId(), process + "：" + name, (a, b) -> a);
            }
        }
        List<Step> steps = new ArrayList<>();
        labels.forEach((key, label) -> steps.add(new Step(key, label)));
        steps.sort(Comparator.comparing(Step::label));
        return List.copyOf(steps);
    }
}
