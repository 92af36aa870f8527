package cn.gov.xinbei.pfp.birthregistration;

import java.util.HashMap;
import java.util.Map;

/** Birth registrations for tests, as the start form submits them. Each call returns a fresh, mutable map. */
public final class Registrations {

    /** A woman born 1990-02-02. */
    public static final String WIFE_ID = "320411199002020061";
    /** A man born 1988-01-01. */
    public static final String HUSBAND_ID = "320411198801010033";

    private Registrations() {
    }

    /** A second child expected 2026-08-20, registered before the birth in 春江镇 (the wife's hukou) on 2026-03-02. */
    public static Map<String, Object> secondChildBeforeBirth() {
        Map<String, Object> v = new HashMap<>();
        v.put("townSlug", "chunjiang");
        v.put("townBasis", "WIFE_HUKOU");
        v.put("townBasisAddress", "春江镇魏村12号");
        v.put("registrationDate", "2026-03-02");
        v.put("marriageDate", "2015-10-01");
        v.put("wifeName", "周敏");
        v.put("wifeIdNumber", WIFE_ID);
        v.put("husbandName", "李强");
        v.put("husbandIdNumber", HUSBAND_ID);
        v.put("birthOrder", "2");
        v.put("birthTiming", "BEFORE_BIRTH");
        v.put("birthDate", "2026-08-20");
        v.put("docIdentity", true);
        v.put("docMarriageCertificate", true);
        v.put("commitmentGiven", false);
        v.put("contactPhone", "13812345678");
        return v;
    }

    /** The same couple, registering a first child born in 2016 afterwards (补登). */
    public static Map<String, Object> firstChildAfterBirth() {
        Map<String, Object> v = secondChildBeforeBirth();
        v.put("birthOrder", "1");
        v.put("birthTiming", "AFTER_BIRTH");
        v.put("birthDate", "2016-07-15");
        return v;
    }
}
