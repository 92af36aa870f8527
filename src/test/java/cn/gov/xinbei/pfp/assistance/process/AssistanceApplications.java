package cn.gov.xinbei.pfp.assistance.process;

import java.util.HashMap;
import java.util.Map;

/** Start-form variables of assistanceEligibility for tests; each call returns a fresh, mutable map. Applied 2012-03-01. */
public final class AssistanceApplications {

    /** A man born 1950-05-10 (62 in 2012). */
    public static final String RURAL_MAN = "320411195005100018";
    /** A woman born 1952-03-15. */
    public static final String RURAL_WIFE = "320411195203150024";
    /** A man born 1955-04-01. */
    public static final String SPECIAL_HUSBAND = "320411195504010033";
    /** A woman born 1960-06-01 (52 in 2012). */
    public static final String SPECIAL_WIFE = "320411196006010043";
    /** A woman born 1970-02-02. */
    public static final String SURGERY_WOMAN = "320411197002020062";
    /** A man born 1948-08-08. */
    public static final String RETIREE = "320411194808080052";

    /** The local rural commercial bank of config/assistance.yml: 16-19 digits, no check digit. */
    public static final String AGENT_BANK = "JNRCB";
    /** ABC debit cards: 19 digits with a Luhn check digit; this one is valid. */
    public static final String LUHN_BANK = "ABC";
    public static final String LUHN_ACCOUNT = "6228480402564890018";

    private AssistanceApplications() {
    }

    /** The applicant's account at {@link #AGENT_BANK}: 19 digits ending in the last two digits of the ID number. */
    public static String accountOf(String idNumber) {
        return "62309101000000000" + idNumber.substring(16, 18).replace('X', '9');
    }

    private static Map<String, Object> base(String scheme, String name, String idNumber) {
        Map<String, Object> v = new HashMap<>();
        v.put("scheme", scheme);
        v.put("townSlug", "chunjiang");
        v.put("village", "春江镇魏村");
        v.put("applicationDate", "2012-03-01");
        v.put("applicantName", name);
        v.put("applicantIdNumber", idNumber);
        v.put("maritalStatus", "WIDOWED");
        v.put("agentBank", AGENT_BANK);
        v.put("bankAccount", accountOf(idNumber));
        return v;
    }

    private static Map<String, Object> married(Map<String, Object> v, String spouseName, String spouseId) {
        v.put("maritalStatus", "MARRIED");
        v.put("spouseName", spouseName);
        v.put("spouseIdNumber", spouseId);
        return v;
    }

    /** 奖扶: rural couple, he is 62, one living son, no out-of-policy birth. */
    public static Map<String, Object> ruralAward() {
        Map<String, Object> v = married(base("RURAL_AWARD", "张建国", RURAL_MAN), "李秀英", RURAL_WIFE);
        v.put("applicantHukou", "AGRICULTURAL");
        v.put("spouseHukou", "AGRICULTURAL");
        v.put("outOfPolicyBirthYears", "");
        v.put("livingChildren", 1);
        v.put("livingDaughters", 0);
        v.put("deceasedChildren", 0);
        return v;
    }

    /** 特扶: the husband applies; wife 52 in 2012; their only child died, no child since. */
    public static Map<String, Object> specialSupportDeath() {
        Map<String, Object> v = married(base("SPECIAL_SUPPORT", "王立新", SPECIAL_HUSBAND), "陈美华", SPECIAL_WIFE);
        v.put("onlyOneChild", true);
        v.put("childBornOrAdoptedAfterwards", false);
        v.put("childStatus", "DIED");
        return v;
    }

    /** 手术并发症: grade-2 complication certified by a county-level body. */
    public static Map<String, Object> surgeryComplication() {
        Map<String, Object> v = base("SURGERY_COMPLICATION", "周玉兰", SURGERY_WOMAN);
        v.put("maritalStatus", "DIVORCED");
        v.put("certificationStatus", "CERTIFIED");
        v.put("certifyingBodyLevel", "COUNTY");
        v.put("complicationGrade", 2);
        return v;
    }

    /** 一次性奖励: certificate holder, retired 2005-06-30 under the enterprise pension scheme, no 5 % top-up. */
    public static Map<String, Object> retiree() {
        Map<String, Object> v = base("RETIREE_ONE_OFF_AWARD", "刘国强", RETIREE);
        v.put("holdsOnlyChildParentCertificate", true);
        v.put("enterpriseBasicPensionRetiree", true);
        v.put("retirementDate", "2005-06-30");
        v.put("receivedPensionTopUp", false);
        return v;
    }
}
