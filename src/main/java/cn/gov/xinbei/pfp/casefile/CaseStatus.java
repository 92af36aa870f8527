package cn.gov.xinbei.pfp.casefile;

/** Where a case stands, in words a clerk uses. Shared by all case kinds; each uses the ones it needs. */
public enum CaseStatus {
    REGISTERED("已登记"),
    CORRECTION_REQUESTED("待补正"),
    ACCEPTED("已受理"),
    AWAITING_HUKOU_PROOF("待派出所出具户口性质证明"),
    UNDER_TOWN_REVIEW("镇（街道）审核中"),
    AWAITING_ASSESSMENT("病残儿医学鉴定中（不计入办理期限）"),
    AWAITING_DECISION("区局审批中"),
    AWAITING_EXTENSION_APPROVAL("延期待局长审批"),
    APPROVED("已批准，待发证"),
    CERTIFICATE_ISSUED("已发证，公示中"),
    REFUSED("不予批准"),
    WITHDRAWN("申请人撤回"),
    CLOSED("已办结"),
    // 社会抚养费征收
    UNDER_INVESTIGATION("已立案，调查中"),
    AWAITING_FEE_ASSESSMENT("待区局确定征收数额"),
    AWAITING_STATEMENT("已告知，陈述申辩期内"),
    AWAITING_FEE_DECISION("待作出征收决定"),
    AWAITING_SERVICE("已作出征收决定，待送达"),
    AWAITING_PAYMENT("决定已送达，待缴款"),
    INSTALMENTS_GRANTED("已准予分期缴纳"),
    OVERDUE("逾期未缴，已加收滞纳金"),
    AWAITING_COURT("已催告，待申请法院强制执行"),
    PAID("已缴清，结案"),
    ENFORCED("经法院强制执行，结案"),
    QUASHED("征收决定被撤销，结案"),
    DISMISSED("撤案，不予征收"),
    // 奖励扶助资格确认
    UNDER_VILLAGE_REVIEW("村（居）审议中"),
    VILLAGE_POSTING("村（居）张榜公示中"),
    TOWN_POSTING("镇（街道）张榜公示中"),
    AWAITING_DEPARTMENT_CHECK("待派出所、人社部门核实"),
    CONFIRMED_AWAITING_TRANSFER("已确认，待财政拨付"),
    TRANSFERRED_AWAITING_CREDIT("已拨付，待发放机构入账"),
    // 两非联合办案
    JOINT_INVESTIGATION("联合调查处理中"),
    AWAITING_REWARD("已结案，待兑现举报奖励"),
    NOT_ACCEPTED("不予受理"),
    // 生育登记
    REGISTRATION_REQUESTED("已申请生育登记，待镇（街道）办理"),
    BIRTH_REGISTERED("已办理生育登记，已发《生育服务证》"),
    REGISTRATION_REFUSED("不予生育登记"),
    // 流动人口婚育证明
    CERTIFICATE_REQUESTED("已申请婚育证明，待镇（街道）出具"),
    MIGRANT_CERTIFICATE_ISSUED("已出具《流动人口婚育证明》"),
    MIGRANT_CERTIFICATE_REFUSED("不予出具婚育证明"),
    // 流入人口婚育证明查验
    CERTIFICATE_VERIFIED("已查验婚育证明"),
    REPORTED_BY_HR_STATION("人力资源保障站报告，待镇（街道）登记核实"),
    AWAITING_CERTIFICATE("未提交婚育证明，提交期限内"),
    CERTIFICATE_FOLLOW_UP("逾期未提交婚育证明，待督促补办"),
    MAKE_UP_NOTIFIED("已通知限期补办婚育证明"),
    MAKE_UP_OVERDUE("逾期未补办婚育证明，待批评教育"),
    ADMONISHED("逾期未补办婚育证明，已批评教育");

    public static final java.util.Set<CaseStatus> FINAL = java.util.EnumSet.of(REFUSED, WITHDRAWN, CLOSED, PAID,
            ENFORCED, QUASHED, DISMISSED, NOT_ACCEPTED, BIRTH_REGISTERED, REGISTRATION_REFUSED,
            MIGRANT_CERTIFICATE_ISSUED, MIGRANT_CERTIFICATE_REFUSED, CERTIFICATE_VERIFIED, ADMONISHED);

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return !FINAL.contains(this);
    }
}
