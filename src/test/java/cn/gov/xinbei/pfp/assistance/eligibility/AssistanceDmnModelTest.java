package cn.gov.xinbei.pfp.assistance.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Structure of the assistance DMN files: contract, annotations on every row, catch-all, diagram shapes. */
class AssistanceDmnModelTest {

    private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String MODEL_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    static Stream<Arguments> eligibilityDecisions() {
        return AssistanceDmn.ELIGIBILITY_FILES.entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    static Stream<Arguments> allFiles() {
        return Stream.concat(eligibilityDecisions(),
                Stream.of(Arguments.of(AssistanceDmn.VERSION_DECISION, AssistanceDmn.VERSION_RESOURCE)));
    }

    private static Decision decision(String key, String resource) throws Exception {
        try (InputStream in = AssistanceDmn.open(resource)) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            return model.getModelElementById(key);
        }
    }

    private static DecisionTable table(String key, String resource) throws Exception {
        return (DecisionTable) decision(key, resource).getExpression();
    }

    private static String annotation(Rule rule) {
        return rule.getDescription() == null ? "" : rule.getDescription().getTextContent().trim();
    }

    private static List<String> entries(Rule rule) {
        return rule.getInputEntries().stream().map(InputEntry::getTextContent).map(String::trim).toList();
    }

    private static String output(Rule rule, int index) {
        return new ArrayList<>(rule.getOutputEntries()).get(index).getTextContent().trim();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
    void everyRowHasAnAnnotationNamingItsLegalBasisAndWhatTheRowIs(String key, String resource) throws Exception {
        DecisionTable table = table(key, resource);
        assertThat(table.getRules()).isNotEmpty();
        for (Rule rule : table.getRules()) {
            assertThat(annotation(rule)).as("annotation of %s in %s", rule.getId(), key)
                    .hasSizeGreaterThan(40)
                    .containsAnyOf("〔", "《")
                    .contains("本行");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eligibilityDecisions")
    void eligibilityDecisionsShareOneOutputContractAndHitPolicyFirst(String key, String resource) throws Exception {
        DecisionTable table = table(key, resource);
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(table.getOutputs()).extracting(Output::getName)
                .containsExactly("outcome", "article", "reason", "subType");
        assertThat(decision(key, resource).getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eligibilityDecisions")
    void outcomesAreFromTheClosedSetAndEveryRowHasAnArticleAndAReason(String key, String resource) throws Exception {
        for (Rule rule : table(key, resource).getRules()) {
            assertThat(output(rule, 0)).as(rule.getId())
                    .isIn("\"ELIGIBLE\"", "\"INELIGIBLE\"", "\"NEEDS_CONFIRMATION\"");
            assertThat(output(rule, 1)).as(rule.getId()).startsWith("\"").containsAnyOf("〔", "《").hasSizeGreaterThan(10);
            assertThat(output(rule, 2)).as(rule.getId()).hasSizeGreaterThan(10);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eligibilityDecisions")
    void lastRowIsAnIneligibleCatchAllForIncompleteInformation(String key, String resource) throws Exception {
        List<Rule> rules = new ArrayList<>(table(key, resource).getRules());
        Rule last = rules.get(rules.size() - 1);
        assertThat(entries(last)).containsOnly("-");
        assertThat(output(last, 0)).isEqualTo("\"INELIGIBLE\"");
        assertThat(output(last, 2)).contains("申请信息不完整");
        assertThat(rules.subList(0, rules.size() - 1)).as("only the last row is a catch-all")
                .noneMatch(rule -> entries(rule).stream().allMatch("-"::equals));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eligibilityDecisions")
    void everyDecisionCanSayEligibleAndNeedsConfirmation(String key, String resource) throws Exception {
        assertThat(table(key, resource).getRules()).extracting(rule -> output(rule, 0))
                .contains("\"ELIGIBLE\"", "\"NEEDS_CONFIRMATION\"", "\"INELIGIBLE\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eligibilityDecisions")
    void noEligibleRowLeavesAnInputOpen(String key, String resource) throws Exception {
        DecisionTable table = table(key, resource);
        List<String> inputs = table.getInputs().stream().map(Input::getLabel).toList();
        // Inputs an ELIGIBLE row may leave open: facts that only matter for another branch of the rule.
        Map<String, List<String>> mayBeOpen = Map.of(
                AssistanceDmn.RURAL_DECISION, List.of("现存子女中女儿数", "已死亡子女数"),
                AssistanceDmn.SPECIAL_DECISION, List.of("单亲家庭（丧偶或离异）", "独生子女残疾等级（残疾人证）"));
        for (Rule rule : table.getRules()) {
            if (!output(rule, 0).equals("\"ELIGIBLE\"")) {
                continue;
            }
            List<String> open = new ArrayList<>();
            List<String> cells = entries(rule);
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).equals("-")) {
                    open.add(inputs.get(i));
                }
            }
            assertThat(mayBeOpen.getOrDefault(key, List.of())).as("open inputs of %s", rule.getId()).containsAll(open);
        }
    }

    @Test
    void versionTableTakesSchemeAndAnUntypedDateAndIsUnique() throws Exception {
        DecisionTable table = table(AssistanceDmn.VERSION_DECISION, AssistanceDmn.VERSION_RESOURCE);
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getTextContent().trim())
                .containsExactly("scheme", "date(applicationDate)");
        assertThat(new ArrayList<>(table.getInputs()).get(1).getInputExpression().getTypeRef())
                .as("no typeRef: Camunda's date type rejects java.time.LocalDate").isNull();
        assertThat(table.getOutputs()).extracting(Output::getName)
                .containsExactly("eligibilityDecisionKey", "ruleVersionName");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
    void everyDecisionHasADiagramShape(String key, String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc;
        try (InputStream in = AssistanceDmn.open(resource)) {
            doc = factory.newDocumentBuilder().parse(in);
        }
        NodeList decisions = doc.getElementsByTagNameNS(MODEL_NS, "decision");
        NodeList shapes = doc.getElementsByTagNameNS(DMNDI_NS, "DMNShape");
        assertThat(decisions.getLength()).isEqualTo(1);
        List<String> shapeRefs = new ArrayList<>();
        for (int i = 0; i < shapes.getLength(); i++) {
            shapeRefs.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
        }
        assertThat(shapeRefs).contains(key, "TextAnnotation_" + key);
    }
}
