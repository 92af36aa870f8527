package cn.gov.xinbei.pfp.departmentdata.domain;

/**
 * The fields a department record can have; each kind names its columns for them (config/department-data.yml). The
 * subject is the woman (mother, pregnant woman, bride) or the person registered or operated on; the partner the
 * father, husband or groom.
 */
public enum RecordField {
    EVENT_DATE("eventDate"),
    SUBJECT_NAME("subjectName"),
    SUBJECT_ID("subjectIdNumber"),
    PARTNER_NAME("partnerName"),
    PARTNER_ID("partnerIdNumber"),
    CHILD_NAME("childName"),
    CHILD_SEX("childSex"),
    /** The child's ID number (police) or birth medical certificate number (health). */
    CHILD_DOCUMENT("childDocument"),
    BIRTH_ORDER("birthOrder"),
    /** Kind-specific code: the surgery, the division code moved from. */
    DETAIL_CODE("detailCode"),
    /** Hiring checks: the employer (用人单位) that hired the worker. */
    EMPLOYER("employer"),
    /** Hiring checks: whether the worker presented her 《流动人口婚育证明》 (是/否). */
    CERTIFICATE_PRESENTED("certificatePresented"),
    /** Hiring checks: the number of the certificate presented. */
    CERTIFICATE_NUMBER("certificateNumber");

    private final String jsonName;

    RecordField(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name of the field in the REST API's JSON rows (the Chinese column name is accepted too). */
    public String jsonName() {
        return jsonName;
    }
}
