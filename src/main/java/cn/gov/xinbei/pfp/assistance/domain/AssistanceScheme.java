package cn.gov.xinbei.pfp.assistance.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The support schemes of case kind 2 (奖励扶助 / 特别扶助 资格确认 and the retiree award). The constant names are the
 * {@code scheme} values of the DMN version table {@code assistanceRuleVersion} and the keys of the rate table.
 * Legal bases as in the domain REFERENCE, section 4 (markers there).
 */
public enum AssistanceScheme {

    /** REFERENCE 4.1. */
    RURAL_AWARD("农村部分计划生育家庭奖励扶助", "奖扶",
            "国办发〔2004〕21号；国人口发〔2004〕39号", false, EnumSet.noneOf(AssistanceSubType.class)),

    /** REFERENCE 4.2. */
    SPECIAL_SUPPORT("独生子女伤残死亡家庭特别扶助", "特扶",
            "《人口与计划生育法》第二十七条第四款；《全国独生子女伤残死亡家庭扶助制度试点方案》（2007年）；"
                    + "《全国计划生育家庭特别扶助专项资金管理暂行办法》",
            false, EnumSet.of(AssistanceSubType.DEATH, AssistanceSubType.DISABILITY)),

    /** REFERENCE 4.3: eligibility, grades and amounts not found; configurable defaults. */
    SURGERY_COMPLICATION("计划生育手术并发症人员特别扶助", "手术并发症特扶",
            "常新政〔2012〕1号（具体资格条件未查到）", false,
            EnumSet.of(AssistanceSubType.GRADE_1, AssistanceSubType.GRADE_2, AssistanceSubType.GRADE_3)),

    /** REFERENCE 4.4: paid once per person. */
    RETIREE_ONE_OFF_AWARD("持证退休企业职工一次性奖励", "一次性奖励",
            "《省政府关于对持独生子女父母光荣证退休的企业职工实行一次性奖励的实施意见》；"
                    + "常州市《市政府关于对持证退休的企业职工实行一次性奖励的补充意见》",
            true, EnumSet.noneOf(AssistanceSubType.class));

    private final String chineseName;
    private final String shortName;
    private final String legalBasis;
    private final boolean oneOff;
    private final Set<AssistanceSubType> subTypes;

    AssistanceScheme(String chineseName, String shortName, String legalBasis, boolean oneOff,
                     Set<AssistanceSubType> subTypes) {
        this.chineseName = chineseName;
        this.shortName = shortName;
        this.legalBasis = legalBasis;
        this.oneOff = oneOff;
        this.subTypes = Set.copyOf(subTypes);
    }

    public String chineseName() {
        return chineseName;
    }

    public String shortName() {
        return shortName;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** True when the benefit is paid once per person (an entitlement then never ends for the register). */
    public boolean oneOff() {
        return oneOff;
    }

    /** The sub-types the amount depends on; empty when the scheme has a single amount. */
    public Set<AssistanceSubType> subTypes() {
        return subTypes;
    }

    public boolean hasSubTypes() {
        return !subTypes.isEmpty();
    }
}
