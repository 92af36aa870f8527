package cn.gov.xinbei.pfp.maintenancefee;

import java.util.HashMap;
import java.util.Map;

/** Reports of births out of policy, as the start form and the REST API take them. */
public final class FeeReports {

    public static final String FATHER_ID = "320411198503100057";
    public static final String MOTHER_ID = "320411198607200044";
    public static final String CHILD_ID = "320411201201150010";

    private FeeReports() {
    }

    /** An urban couple in 春江镇 with one child more than allowed, born 2012-01-15: 4 × 29,829 each. */
    public static Map<String, Object> oneExtraChild() {
        Map<String, Object> v = new HashMap<>();
        v.put("townSlug", "chunjiang");
        v.put("reportSource", "REPORT");
        v.put("situation", "ONE_EXTRA_CHILD");
        v.put("situationDescription", "派出所户口登记发现该夫妻已有一孩，2012年1月15日又生育一孩，未取得生育证");
        v.put("fatherName", "张伟");
        v.put("fatherIdNumber", FATHER_ID);
        v.put("fatherHukouType", "URBAN");
        v.put("motherName", "李娜");
        v.put("motherIdNumber", MOTHER_ID);
        v.put("motherHukouType", "URBAN");
        v.put("childName", "张小宝");
        v.put("childBirthDate", "2012-01-15");
        v.put("childIdNumber", CHILD_ID);
        return v;
    }

    /** The same couple, a non-marital birth (0.5–2 ×), the child known by its birth certificate number. */
    public static Map<String, Object> nonMaritalBirth() {
        Map<String, Object> v = oneExtraChild();
        v.put("situation", "NON_MARITAL_ONE_CHILD");
        v.put("situationDescription", "双方未办理结婚登记，于2012年1月15日生育一孩");
        v.put("childIdNumber", "M320001234");
        return v;
    }
}
