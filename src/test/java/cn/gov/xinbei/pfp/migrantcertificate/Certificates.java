package cn.gov.xinbei.pfp.migrantcertificate;

import java.util.HashMap;
import java.util.Map;

/** Applications for the 流动人口婚育证明 for tests, as the start form submits them. Each call returns a fresh map. */
public final class Certificates {

    /** A woman born 1990-02-02. */
    public static final String APPLICANT_ID = "320411199002020061";
    /** A man born 1988-01-01. */
    public static final String SPOUSE_ID = "320411198801010033";

    private Certificates() {
    }

    /** A married woman of 春江镇 with one child, leaving for Zhejiang on 2026-03-10; applied on 2026-03-02. */
    public static Map<String, Object> marriedWomanLeavingForAnotherProvince() {
        Map<String, Object> v = new HashMap<>();
        v.put("townSlug", "chunjiang");
        v.put("hukouAddress", "春江镇魏村12号");
        v.put("applicationDate", "2026-03-02");
        v.put("applicantName", "周敏");
        v.put("applicantIdNumber", APPLICANT_ID);
        v.put("maritalStatus", "MARRIED");
        v.put("marriageDate", "2015-10-01");
        v.put("spouseName", "李强");
        v.put("spouseIdNumber", SPOUSE_ID);
        v.put("childrenCount", 1);
        v.put("contraception", "已放置宫内节育器");
        v.put("destination", "OTHER_PROVINCE");
        v.put("destinationAddress", "浙江省杭州市西湖区文三路1号");
        v.put("departureDate", "2026-03-10");
        v.put("docIdentity", true);
        v.put("docMarriageCertificate", true);
        v.put("contactPhone", "13812345678");
        return v;
    }

    /** The same woman, unmarried and without children (no spouse fields). */
    public static Map<String, Object> unmarriedWoman() {
        Map<String, Object> v = marriedWomanLeavingForAnotherProvince();
        v.put("maritalStatus", "UNMARRIED");
        v.remove("marriageDate");
        v.remove("spouseName");
        v.remove("spouseIdNumber");
        v.remove("docMarriageCertificate");
        v.remove("contraception");
        v.put("childrenCount", 0);
        return v;
    }
}
