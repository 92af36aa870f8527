package cn.gov.xinbei.pfp.casefile;

/** The kinds of administrative case, with the prefix of their case numbers and their process key. */
public enum CaseKind {
    SECOND_CHILD("SC", "secondChildApproval", "照顾再生育一孩审批"),
    ASSISTANCE("AE", "assistanceEligibility", "奖励扶助资格确认"),
    MAINTENANCE_FEE("MF", "socialMaintenanceFee", "社会抚养费征收"),
    TWO_NON("TN", "twoNonJointCase", "两非联合办案"),
    BIRTH_REGISTRATION("BR", "birthRegistration", "生育登记"),
    MIGRANT_CERTIFICATE("MC", "migrantCertificate", "流动人口婚育证明"),
    MIGRANT_ARRIVAL("MA", "migrantArrival", "流入人口婚育证明查验");

    private final String numberPrefix;
    private final String processKey;
    private final String displayName;

    CaseKind(String numberPrefix, String processKey, String displayName) {
        this.numberPrefix = numberPrefix;
        this.processKey = processKey;
        this.displayName = displayName;
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    public String processKey() {
        return processKey;
    }

    public String displayName() {
        return displayName;
    }
}
