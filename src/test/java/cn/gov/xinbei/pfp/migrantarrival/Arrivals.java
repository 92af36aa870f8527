package cn.gov.xinbei.pfp.migrantarrival;

import java.util.Map;

/** Registrations of arriving migrants for tests outside this package (API examples, the attack suite). */
public final class Arrivals {

    private Arrivals() {
    }

    /** A woman from Hefei registered in 春江镇 on 2026-03-02 with her certificate. */
    public static Map<String, Object> withCertificate() {
        return MigrantArrivalProcessTest.arrivalWithCertificate();
    }
}
