package cn.gov.xinbei.pfp.secondchild.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts the eligibility decision reads, under the variable names of the DMN input columns
 * (processes/second-child/second-child-eligibility-*.dmn). Verified facts replace declared ones as the case goes on:
 * the hukou type the police confirm and the result of the disabled-child assessment.
 */
public final class EligibilityFacts {

    public static final String WOMAN_RURAL = "womanRural";
    public static final String DISABLED_CHILD_ASSESSMENT = "disabledChildAssessment";
    /** Every input of the decision, in column order. */
    public static final java.util.List<String> NAMES = java.util.List.of("conditionCode", "womanAge", WOMAN_RURAL,
            "childrenTogether", "girlsOnly", "husbandPriorStatus", "wifePriorStatus", "husbandChildrenEver",
            "wifeChildrenEver", "husbandOnlyChild", "wifeOnlyChild", "husbandTwoGenerationOnlyChild",
            "wifeTwoGenerationOnlyChild", "specialCircumstanceProven", DISABLED_CHILD_ASSESSMENT);

    private EligibilityFacts() {
    }

    public static Map<String, Object> of(SecondChildApplication application, Boolean confirmedRuralWoman,
                                         DisabledChildAssessment assessment) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("conditionCode", application.condition().name());
        facts.put("womanAge", application.womanAge());
        facts.put(WOMAN_RURAL, confirmedRuralWoman != null ? confirmedRuralWoman : application.womanCountsAsRural());
        facts.put("childrenTogether", application.childrenTogether());
        facts.put("girlsOnly", application.girlsOnly());
        facts.put("husbandPriorStatus", application.husband().priorStatus().name());
        facts.put("wifePriorStatus", application.wife().priorStatus().name());
        facts.put("husbandChildrenEver", application.husband().childrenEver());
        facts.put("wifeChildrenEver", application.wife().childrenEver());
        facts.put("husbandOnlyChild", application.husband().onlyChild());
        facts.put("wifeOnlyChild", application.wife().onlyChild());
        facts.put("husbandTwoGenerationOnlyChild", application.husband().twoGenerationOnlyChild());
        facts.put("wifeTwoGenerationOnlyChild", application.wife().twoGenerationOnlyChild());
        facts.put("specialCircumstanceProven", application.specialCircumstanceProven());
        facts.put(DISABLED_CHILD_ASSESSMENT, assessment.name());
        return facts;
    }
}
