package cn.gov.xinbei.pfp.secondchild;

import java.util.HashMap;
import java.util.Map;

/** Application variables for tests, as the start form submits them. Each call returns a fresh, mutable map. */
public final class Applications {

    /** A woman born 1984-05-12 (27 on 2012-03-01). */
    public static final String WIFE_ID = "32041119840512002X";
    /** A man born 1988-01-01. */
    public static final String HUSBAND_ID = "320411198801010033";

    private Applications() {
    }

    /** Urban couple, both only children, one child: art. 22 (六). */
    public static Map<String, Object> onlyChildCouple() {
        Map<String, Object> v = new HashMap<>();
        v.put("townSlug", "chunjiang");
        v.put("applicationDate", "2012-03-01");
        v.put("marriageDate", "2010-10-01");
        v.put("wifeName", "王芳");
        v.put("wifeIdNumber", WIFE_ID);
        v.put("wifeHukouType", "URBAN");
        v.put("wifePriorStatus", "NONE");
        v.put("wifeChildrenEver", 1);
        v.put("wifeOnlyChild", true);
        v.put("wifeTwoGenerationOnlyChild", false);
        v.put("husbandName", "李强");
        v.put("husbandIdNumber", HUSBAND_ID);
        v.put("husbandHukouType", "URBAN");
        v.put("husbandPriorStatus", "NONE");
        v.put("husbandChildrenEver", 1);
        v.put("husbandOnlyChild", true);
        v.put("husbandTwoGenerationOnlyChild", false);
        v.put("childrenTogether", 1);
        v.put("girlsTogether", 0);
        v.put("conditionCode", "ART22_6");
        v.put("specialCircumstanceProven", false);
        v.put("docApplicationForm", true);
        v.put("docIdCards", true);
        v.put("docHukouBooklets", true);
        v.put("docMarriageCertificate", true);
        v.put("docChildBirthCertificate", true);
        v.put("docOnlyChildProof", true);
        return v;
    }

    /** Rural woman, only the husband an only child: art. 23 (一), which needs the police's hukou proof. */
    public static Map<String, Object> ruralSingleOnlyChild() {
        Map<String, Object> v = onlyChildCouple();
        v.put("wifeHukouType", "RURAL");
        v.put("wifeOnlyChild", false);
        v.put("conditionCode", "ART23_1");
        return v;
    }

    /** One child, assessed by the panel as non-hereditary disabled: art. 22 (一). */
    public static Map<String, Object> disabledChild() {
        Map<String, Object> v = onlyChildCouple();
        v.put("wifeOnlyChild", false);
        v.put("husbandOnlyChild", false);
        v.put("conditionCode", "ART22_1");
        v.put("docOnlyChildProof", false);
        return v;
    }
}
