package cn.gov.xinbei.pfp.testing.coverage;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Process test coverage per process: which flow nodes and sequence flows of each model in {@code processes/} the
 * tests of this JVM executed, written to {@code target/process-coverage/summary.md}. The four case kinds' processes
 * must have every flow node covered.
 *
 * <p>Runs after every other test class of the run (see junit-platform.properties), so in the full suite it counts what
 * all of them did. In a partial run (or on its own) it first runs the process tests that have not run.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageTest {

    /** The case kinds' processes, which must be covered node by node. */
    private static final List<String> CASE_PROCESSES = List.of(
            "secondChildApproval", "assistanceEligibility", "socialMaintenanceFee", "twoNonJointCase",
            "twoNonAgencyTrack", "migrantCertificate", "migrantArrival");

    private static final List<String> PROCESS_TESTS = List.of(
            "cn.gov.xinbei.pfp.secondchild.SecondChildApprovalProcessTest",
            "cn.gov.xinbei.pfp.assistance.process.AssistanceEligibilityProcessTest",
            "cn.gov.xinbei.pfp.assistance.process.AssistanceChangeProcessTest",
            "cn.gov.xinbei.pfp.assistance.process.AssistanceReverificationTest",
            "cn.gov.xinbei.pfp.maintenancefee.SocialMaintenanceFeeProcessTest",
            "cn.gov.xinbei.pfp.maintenancefee.SocialMaintenanceFeeHearingProcessTest",
            "cn.gov.xinbei.pfp.twonon.TwoNonJointCaseProcessTest",
            "cn.gov.xinbei.pfp.birthregistration.BirthRegistrationProcessTest",
            "cn.gov.xinbei.pfp.migrantcertificate.MigrantCertificateProcessTest",
            "cn.gov.xinbei.pfp.migrantarrival.MigrantArrivalProcessTest",
            "cn.gov.xinbei.pfp.supervision.CaseSupervisionProcessTest");

    private static final Path REPORT = Path.of("target", "process-coverage", "summary.md");

    @Test
    void everyFlowNodeOfTheCaseProcessesIsCovered() throws IOException {
        List<ProcessModel> models = processModels();
        runProcessTestsNotRunYet();

        StringBuilder report = new StringBuilder("# Process test coverage\n\n"
                + "| process | flow nodes | sequence flows | nodes not covered | flows not taken |\n|---|---|---|---|---|\n");
        List<String> gaps = new ArrayList<>();
        for (ProcessModel model : models) {
            Set<String> missedNodes = missing(model.nodes(), FlowNodeCoverage.nodes(model.key()));
            Set<String> missedFlows = missing(model.flows(), FlowNodeCoverage.flows(model.key()));
            report.append("| ").append(model.key())
                    .append(" | ").append(ratio(model.nodes().size() - missedNodes.size(), model.nodes().size()))
                    .append(" | ").append(ratio(model.flows().size() - missedFlows.size(), model.flows().size()))
                    .append(" | ").append(String.join(", ", missedNodes))
                    .append(" | ").append(String.join(", ", missedFlows)).append(" |\n");
            if (CASE_PROCESSES.contains(model.key()) && !missedNodes.isEmpty()) {
                gaps.add(model.key() + " " + missedNodes);
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
        System.out.println(report);

        assertThat(models).extracting(ProcessModel::key).containsAll(CASE_PROCESSES);
        assertThat(gaps).as("flow nodes of the case processes that no test executes (report: %s)", REPORT)
                .isEmpty();
    }

    /** In the full suite every process test has run before; in a partial run the missing ones run here. */
    private static void runProcessTestsNotRunYet() {
        List<String> missing = PROCESS_TESTS.stream().filter(name -> !TestClassesRun.hasRun(name)).toList();
        if (missing.isEmpty()) {
            return;
        }
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        missing.forEach(name -> request.selectors(selectClass(name)));
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request.build(), summary);
        assertThat(summary.getSummary().getTotalFailureCount()).as("failures of the process tests").isZero();
    }

    private static Set<String> missing(Set<String> all, Set<String> covered) {
        Set<String> missed = new TreeSet<>(all);
        missed.removeAll(covered);
        return missed;
    }

    private static String ratio(int covered, int total) {
        return covered + "/" + total + (total == 0 ? "" : " (" + (100 * covered / total) + " %)");
    }

    private static List<ProcessModel> processModels() throws IOException {
        List<ProcessModel> models = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (Process process : model.getModelElementsByType(Process.class)) {
                    Set<String> nodes = new TreeSet<>();
                    Set<String> flows = new TreeSet<>();
                    collect(process.getFlowElements(), nodes, flows);
                    models.add(new ProcessModel(process.getId(), nodes, flows));
                }
            }
        }
        return models;
    }

    private static void collect(Collection<FlowElement> elements, Set<String> nodes, Set<String> flows) {
        for (FlowElement element : elements) {
            if (element instanceof FlowNode) {
                nodes.add(element.getId());
            }
            if (element instanceof SequenceFlow) {
                flows.add(element.getId());
            }
            if (element instanceof SubProcess subProcess) {
                collect(subProcess.getFlowElements(), nodes, flows);
            }
        }
    }

    private record ProcessModel(String key, Set<String> nodes, Set<String> flows) {
    }
}
