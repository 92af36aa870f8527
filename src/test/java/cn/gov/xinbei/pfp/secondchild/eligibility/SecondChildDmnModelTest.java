package cn.gov.xinbei.pfp.secondchild.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Structure of the DMN files: contract names, annotations, row layout, diagram shapes. */
class SecondChildDmnModelTest {

    private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

    private static final List<String> INPUT_CONTRACT = List.of("conditionCode", "womanAge", "womanRural",
            "childrenTogether", "girlsOnly", "husbandPriorStatus", "wifePriorStatus", "husbandChildrenEver",
            "wifeChildrenEver", "husbandOnlyChild", "wifeOnlyChild", "husbandTwoGenerationOnlyChild",
            "wifeTwoGenerationOnlyChild", "specialCircumstanceProven", "disabledChildAssessment");

    private static final List<String> CONDITION_CODES = List.of("ART22_1", "ART22_2", "ART22_3", "ART22_4",
            "ART22_5", "ART22_6", "ART22_7", "ART23_1", "ART23_2", "ART23_3", "ART23_4", "ART23_5", "ART23_6",
            "ART23_P2", "ART24", "ART25");

    private static DecisionTable js2004;
    private static Decision js2004Decision;

    @BeforeAll
    static void readModel() throws Exception {
        try (InputStream in = EligibilityDmn.open(EligibilityDmn.JS2004_RESOURCE)) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            js2004Decision = model.getModelElementById(EligibilityDmn.JS2004_DECISION);
            js2004 = (DecisionTable) js2004Decision.getExpression();
        }
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

    @Test
    void everyEligibilityRowHasAnAnnotationWithArticleAndRuleText() {
        assertThat(js2004.getRules()).hasSizeGreaterThan(CONDITION_CODES.size() * 3);
        for (Rule rule : js2004.getRules()) {
            assertThat(annotation(rule))
                    .as("annotation of %s", rule.getId())
                    .startsWith("《江苏省人口与计划生育条例》（2004年修正）第")
                    .contains("：")
                    .hasSizeGreaterThan(40);
        }
    }

    @Test
    void versionRowHasAnAnnotationNamingTheLegalBasisAndThe2014Extension() throws Exception {
        try (InputStream in = EligibilityDmn.open(EligibilityDmn.VERSION_RESOURCE)) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            Decision decision = model.getModelElementById(EligibilityDmn.VERSION_DECISION);
            DecisionTable table = (DecisionTable) decision.getExpression();
            assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
            assertThat(table.getInputs()).singleElement()
                    .satisfies(input -> assertThat(input.getInputExpression().getTextContent().trim())
                            .isEqualTo("date(applicationDate)"));
            assertThat(table.getOutputs()).extracting(Output::getName)
                    .containsExactly("eligibilityDecisionKey", "ruleVersionName");
            List<Rule> rows = new ArrayList<>(table.getRules());
            assertThat(rows).extracting(Rule::getId)
                    .containsExactly("Rule_js2004", "Rule_js2014", "Rule_js2016", "Rule_js2021");
            assertThat(annotation(rows.get(0))).contains("2004年6月17日", "2014年3月28日", "新增一行", "app.second-child.rule-versions");
            assertThat(annotation(rows.get(1))).contains("2014-03-28", "§12 A1");
            assertThat(annotation(rows.get(2))).contains("SECONDARY, weak, not verified", "NOT FOUND", "js2016Enabled");
            assertThat(annotation(rows.get(3))).contains("not verified", "NOT FOUND", "js2021Enabled");
            assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        }
    }

    @Test
    void inputsAndOutputsMatchTheJavaContract() {
        assertThat(js2004.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(js2004.getInputs())
                .extracting(input -> input.getInputExpression().getTextContent().trim())
                .containsExactlyElementsOf(INPUT_CONTRACT);
        assertThat(js2004.getOutputs()).extracting(Output::getName).containsExactly("outcome", "article", "reason");
        assertThat(js2004Decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
    }

    @Test
    void everyInputIsTyped() {
        assertThat(js2004.getInputs())
                .extracting(Input::getInputExpression)
                .allSatisfy(expr -> assertThat(expr.getTypeRef()).isIn("string", "integer", "boolean"));
    }

    @Test
    void outcomesAreFromTheClosedSetAndEveryRowHasAReason() {
        for (Rule rule : js2004.getRules()) {
            assertThat(output(rule, 0)).as(rule.getId())
                    .isIn("\"ELIGIBLE\"", "\"INELIGIBLE\"", "\"NEEDS_ASSESSMENT\"");
            assertThat(output(rule, 1)).as(rule.getId()).startsWith("\"《江苏省人口与计划生育条例》（2004年修正）第");
            assertThat(output(rule, 2)).as(rule.getId()).hasSizeGreaterThan(10);
        }
        assertThat(js2004.getRules()).allSatisfy(
                rule -> assertThat(rule.getOutputEntries()).extracting(OutputEntry::getTextContent).hasSize(3));
    }

    @Test
    void lastRowIsTheCatchAll() {
        List<Rule> rules = new ArrayList<>(js2004.getRules());
        Rule last = rules.get(rules.size() - 1);
        assertThat(entries(last)).containsOnly("-");
        assertThat(output(last, 0)).isEqualTo("\"INELIGIBLE\"");
        assertThat(output(last, 2)).contains("未选择或无法识别申请所依据的条件");
    }

    @Test
    void everyEligibleRowNamesOneConditionAndEveryConditionHasEligibleAndFallbackRows() {
        Set<String> eligibleCodes = js2004.getRules().stream()
                .filter(rule -> output(rule, 0).equals("\"ELIGIBLE\""))
                .map(rule -> entries(rule).get(0))
                .collect(Collectors.toSet());
        assertThat(eligibleCodes).allSatisfy(code -> assertThat(code).matches("\"ART[0-9_P]+\""));
        assertThat(eligibleCodes).containsExactlyInAnyOrderElementsOf(
                CONDITION_CODES.stream().map(code -> "\"" + code + "\"").toList());

        for (String code : CONDITION_CODES) {
            long generalFallbacks = js2004.getRules().stream()
                    .filter(rule -> entries(rule).get(0).equals("\"" + code + "\""))
                    .filter(rule -> entries(rule).stream().skip(1).allMatch("-"::equals))
                    .filter(rule -> output(rule, 0).equals("\"INELIGIBLE\""))
                    .count();
            assertThat(generalFallbacks).as("general fall-back row for %s", code).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {EligibilityDmn.JS2004_RESOURCE, EligibilityDmn.VERSION_RESOURCE})
    void everyDecisionHasADiagramShape(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc;
        try (InputStream in = EligibilityDmn.open(resource)) {
            doc = factory.newDocumentBuilder().parse(in);
        }
        NodeList decisions = doc.getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/MODEL/", "decision");
        NodeList shapes = doc.getElementsByTagNameNS(DMNDI_NS, "DMNShape");
        assertThat(decisions.getLength()).isPositive();
        assertThat(doc.getElementsByTagNameNS(DMNDI_NS, "DMNDiagram").getLength()).isEqualTo(1);
        List<String> shapeRefs = new ArrayList<>();
        for (int i = 0; i < shapes.getLength(); i++) {
            shapeRefs.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
        }
        for (int i = 0; i < decisions.getLength(); i++) {
            assertThat(shapeRefs).contains(((Element) decisions.item(i)).getAttribute("id"));
        }
    }
}
