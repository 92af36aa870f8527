package cn.gov.xinbei.pfp.assistance.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Readable builders for the input variables of the four eligibility decisions. Each baseline is a case that
 * qualifies; a test changes only the facts it is about. Configured inputs (retirement window, surgery defaults) are
 * set to the shipped defaults of {@code config/assistance.yml}.
 */
final class Applicant {

    static final LocalDate APPLIED_2012 = LocalDate.of(2012, 3, 1);

    private final String decisionKey;
    private final Map<String, Object> vars = new LinkedHashMap<>();

    private Applicant(String decisionKey) {
        this.decisionKey = decisionKey;
    }

    /**
     * 奖扶: a rural man born 1950-05-10 (62 in 2012), wife rural too, no out-of-policy birth, one living son; applied
     * 2012-03-01.
     */
    static Applicant ruralAward() {
        Applicant a = new Applicant(AssistanceDmn.RURAL_DECISION);
        a.set("applicationDate", APPLIED_2012);
        a.set("birthDate", LocalDate.of(1950, 5, 10));
        a.set("applicantHukou", "AGRICULTURAL");
        a.set("spouseHukou", "AGRICULTURAL");
        a.set("outOfPolicyBirthYears", new ArrayList<Integer>());
        a.set("livingChildren", 1);
        a.set("livingDaughters", 0);
        return a.set("deceasedChildren", 0);
    }

    /**
     * 特扶: a husband born 1955-04-01 whose wife was born 1960-06-01 (52 in 2012); their only child died, death
     * certificate verified, no other child since; applied 2012-03-01.
     */
    static Applicant specialSupport() {
        Applicant a = new Applicant(AssistanceDmn.SPECIAL_DECISION);
        a.set("applicationDate", APPLIED_2012);
        a.set("birthDate", LocalDate.of(1955, 4, 1));
        a.set("wifeBirthDate", LocalDate.of(1960, 6, 1));
        a.set("singleParent", false);
        a.set("onlyOneChild", true);
        a.set("childBornOrAdoptedAfterwards", false);
        a.set("childStatus", "DIED");
        a.set("childDisabilityGrade", null);
        return a.set("childStatusProven", true);
    }

    /** 手术并发症: grade-2 complication certified by a county-level body; default configuration. */
    static Applicant surgeryComplication() {
        Applicant a = new Applicant(AssistanceDmn.SURGERY_DECISION);
        a.set("certificationStatus", "CERTIFIED");
        a.set("certifyingBodyLevel", "COUNTY");
        a.set("complicationGrade", 2);
        a.set("acceptedCertifyingLevels", List.of("COUNTY", "CITY", "PROVINCE"));
        return a.set("acceptedComplicationGrades", List.of(1, 2, 3));
    }

    /**
     * 一次性奖励: certificate holder, retired 2005-06-30 under the enterprise basic pension scheme, no 5% top-up,
     * confirmed by the HR bureau; default window 1996-01-01..2007-12-31.
     */
    static Applicant retiree() {
        Applicant a = new Applicant(AssistanceDmn.RETIREE_DECISION);
        a.set("holdsOnlyChildParentCertificate", true);
        a.set("enterpriseBasicPensionRetiree", true);
        a.set("retirementDate", LocalDate.of(2005, 6, 30));
        a.set("receivedPensionTopUp", false);
        a.set("hrConfirmation", "CONFIRMED");
        a.set("retirementWindowStart", LocalDate.of(1996, 1, 1));
        return a.set("retirementWindowEnd", LocalDate.of(2007, 12, 31));
    }

    Applicant set(String name, Object value) {
        vars.put(name, value);
        return this;
    }

    Applicant born(String isoDate) {
        return set("birthDate", isoDate == null ? null : LocalDate.parse(isoDate));
    }

    Applicant appliedOn(String isoDate) {
        return set("applicationDate", isoDate == null ? null : LocalDate.parse(isoDate));
    }

    /** 奖扶 children: living, of whom daughters, and children who died. */
    Applicant children(int living, int daughters, int deceased) {
        set("livingChildren", living);
        set("livingDaughters", daughters);
        return set("deceasedChildren", deceased);
    }

    Applicant outOfPolicyBirths(Integer... years) {
        return set("outOfPolicyBirthYears", new ArrayList<>(List.of(years)));
    }

    Applicant hukou(String applicant, String spouse) {
        set("applicantHukou", applicant);
        return set("spouseHukou", spouse);
    }

    /** 特扶: the only child is disabled with this 残疾人证 grade. */
    Applicant disabledChild(int grade) {
        set("childStatus", "DISABLED");
        return set("childDisabilityGrade", grade);
    }

    /** 特扶: widowed or divorced applicant; the age test applies to them, no wife's birth date. */
    Applicant singleParentBorn(String isoDate) {
        set("singleParent", true);
        set("wifeBirthDate", null);
        return born(isoDate);
    }

    Applicant retired(String isoDate) {
        return set("retirementDate", isoDate == null ? null : LocalDate.parse(isoDate));
    }

    AssistanceDmn.Verdict evaluate() {
        return AssistanceDmn.evaluate(decisionKey, vars);
    }

    @Override
    public String toString() {
        return decisionKey + vars;
    }
}
