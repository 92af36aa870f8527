package cn.gov.xinbei.pfp.secondchild.eligibility;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readable builder for the input variables of {@code secondChildEligibility_js2004}.
 *
 * <p>{@link #baseline()} is a plain urban couple that qualifies for nothing on its own: woman aged 28, urban, both
 * spouses in their first marriage, one boy together (so each spouse has had exactly one child), nobody an only child,
 * no special-circumstance document on file, no 病残儿 assessment. Each test changes only the facts it is about.
 */
final class Family {

    private final Map<String, Object> vars = new LinkedHashMap<>();
    private String description = "baseline";

    private Family() {
        vars.put("conditionCode", null);
        vars.put("womanAge", 28);
        vars.put("womanRural", false);
        vars.put("childrenTogether", 1);
        vars.put("girlsOnly", false);
        vars.put("husbandPriorStatus", "NONE");
        vars.put("wifePriorStatus", "NONE");
        vars.put("husbandChildrenEver", 1);
        vars.put("wifeChildrenEver", 1);
        vars.put("husbandOnlyChild", false);
        vars.put("wifeOnlyChild", false);
        vars.put("husbandTwoGenerationOnlyChild", false);
        vars.put("wifeTwoGenerationOnlyChild", false);
        vars.put("specialCircumstanceProven", false);
        vars.put("disabledChildAssessment", "NONE");
    }

    static Family baseline() {
        return new Family();
    }

    static Family applyingUnder(String conditionCode) {
        return baseline().condition(conditionCode);
    }

    Family condition(String conditionCode) {
        return set("conditionCode", conditionCode);
    }

    Family womanAge(int years) {
        return set("womanAge", years);
    }

    Family rural() {
        return set("womanRural", true);
    }

    Family urban() {
        return set("womanRural", false);
    }

    /** First-marriage couple: the children they have together are all the children each of them ever had. */
    Family children(int together, boolean allGirls) {
        set("childrenTogether", together);
        set("girlsOnly", together >= 1 && allGirls);
        set("husbandChildrenEver", together);
        return set("wifeChildrenEver", together);
    }

    Family noChildren() {
        return children(0, false);
    }

    Family oneBoy() {
        return children(1, false);
    }

    Family oneGirl() {
        return children(1, true);
    }

    Family twoGirls() {
        return children(2, true);
    }

    Family boyAndGirl() {
        return children(2, false);
    }

    Family husbandWidowed(int childrenEver) {
        set("husbandPriorStatus", "WIDOWED");
        return set("husbandChildrenEver", childrenEver);
    }

    Family wifeWidowed(int childrenEver) {
        set("wifePriorStatus", "WIDOWED");
        return set("wifeChildrenEver", childrenEver);
    }

    Family husbandDivorced(int childrenEver) {
        set("husbandPriorStatus", "DIVORCED");
        return set("husbandChildrenEver", childrenEver);
    }

    Family wifeDivorced(int childrenEver) {
        set("wifePriorStatus", "DIVORCED");
        return set("wifeChildrenEver", childrenEver);
    }

    /** A remarried couple without a child together yet; set each spouse's history afterwards. */
    Family remarriedWithoutChildTogether() {
        set("childrenTogether", 0);
        return set("girlsOnly", false);
    }

    Family husbandChildrenEver(int n) {
        return set("husbandChildrenEver", n);
    }

    Family wifeChildrenEver(int n) {
        return set("wifeChildrenEver", n);
    }

    Family husbandOnlyChild() {
        return set("husbandOnlyChild", true);
    }

    Family wifeOnlyChild() {
        return set("wifeOnlyChild", true);
    }

    Family bothOnlyChildren() {
        return husbandOnlyChild().wifeOnlyChild();
    }

    /** A two-generation only child is also an only child. */
    Family husbandTwoGenerationOnlyChild() {
        husbandOnlyChild();
        return set("husbandTwoGenerationOnlyChild", true);
    }

    Family wifeTwoGenerationOnlyChild() {
        wifeOnlyChild();
        return set("wifeTwoGenerationOnlyChild", true);
    }

    Family proven() {
        return set("specialCircumstanceProven", true);
    }

    Family assessment(String result) {
        return set("disabledChildAssessment", result);
    }

    /** Leaves an input out (null), as a buggy caller would. */
    Family missing(String variable) {
        if (!vars.containsKey(variable)) {
            throw new IllegalArgumentException("not an input of the decision: " + variable);
        }
        vars.put(variable, null);
        description += ", " + variable + "=null";
        return this;
    }

    Map<String, Object> toVariables() {
        return new LinkedHashMap<>(vars);
    }

    private Family set(String variable, Object value) {
        vars.put(variable, value);
        description += ", " + variable + "=" + value;
        return this;
    }

    @Override
    public String toString() {
        return description;
    }
}
