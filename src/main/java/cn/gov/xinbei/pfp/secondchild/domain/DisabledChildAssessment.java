package cn.gov.xinbei.pfp.secondchild.domain;

/** The 病残儿医学鉴定 result (国家计生委令第7号), needed for art. 22 (一). */
public enum DisabledChildAssessment {
    NONE, PENDING, QUALIFIES, NOT_QUALIFIES
}
