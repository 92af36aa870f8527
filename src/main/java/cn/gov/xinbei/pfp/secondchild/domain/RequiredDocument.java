package cn.gov.xinbei.pfp.secondchild.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Documents of an application (REFERENCE.md 3.5). Which are required depends on the claimed condition and the
 * family: {@link #requiredFor(ConditionCode, int)}. The 户口性质证明 is not listed: the police issue it during the case.
 */
public enum RequiredDocument {
    APPLICATION_FORM("docApplicationForm", "《再生育申请审批表》（经双方单位或村（居）委会签署意见）"),
    ID_CARDS("docIdCards", "夫妻双方居民身份证"),
    HUKOU_BOOKLETS("docHukouBooklets", "夫妻双方户口簿"),
    MARRIAGE_CERTIFICATE("docMarriageCertificate", "结婚证"),
    CHILD_BIRTH_CERTIFICATE("docChildBirthCertificate", "现有子女出生医学证明"),
    ONLY_CHILD_PROOF("docOnlyChildProof", "独生子女证明（《独生子女父母光荣证》等）"),
    DIVORCE_OR_DEATH_PROOF("docDivorceOrDeathProof", "离婚证明（离婚证、调解书或判决书）或原配偶死亡证明"),
    SPECIAL_EVIDENCE("docSpecialEvidence", "申请条件所需的特别证明材料（鉴定、伤残、作业、收养等证明）");

    private final String variable;
    private final String label;

    RequiredDocument(String variable, String label) {
        this.variable = variable;
        this.label = label;
    }

    /** The process variable (and form field) that says the document is on file. */
    public String variable() {
        return variable;
    }

    public String label() {
        return label;
    }

    public static Set<RequiredDocument> requiredFor(ConditionCode condition, int childrenTogether) {
        Set<RequiredDocument> required = EnumSet.of(APPLICATION_FORM, ID_CARDS, HUKOU_BOOKLETS, MARRIAGE_CERTIFICATE);
        if (childrenTogether > 0) {
            required.add(CHILD_BIRTH_CERTIFICATE);
        }
        if (condition.restsOnOnlyChildStatus()) {
            required.add(ONLY_CHILD_PROOF);
        }
        if (condition.isRemarriage()) {
            required.add(DIVORCE_OR_DEATH_PROOF);
        }
        if (condition.needsSpecialEvidence() && !condition.needsDisabledChildAssessment()) {
            required.add(SPECIAL_EVIDENCE);
        }
        return required;
    }
}
