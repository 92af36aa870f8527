package cn.gov.xinbei.pfp.secondchild.domain;

/**
 * The circumstance a couple claims when applying for another child. The codes are named after the items of
 * 《江苏省人口与计划生育条例》 (2004 text), arts. 22-25 (REFERENCE.md 3.2), where they first appeared, and keep their
 * meaning across versions: each version's DMN decision says which of its articles (if any) covers the circumstance,
 * e.g. the 2014 text renumbered the items and answers ART22_6 and ART23_1 with its new art. 22 (一). The rule itself
 * lives in the DMN decisions; this enum names the claim and the documents and steps it needs. A version that only
 * renumbers, drops or narrows items needs no change here; a new circumstance (as 单独 in 2014) needs a new code.
 */
public enum ConditionCode {
    ART22_1("第二十二条第（一）项", "只有一个孩子，经病残儿医学鉴定为非严重遗传性残疾", false, true),
    ART22_2("第二十二条第（二）项", "一方为二等乙级以上因公致残的军人、武警、公安民警、见义勇为人员，或一方为烈士的独生子女，只有一个孩子", false, true),
    ART22_3("第二十二条第（三）项", "一方系丧偶者，另一方未生育", false, false),
    ART22_4("第二十二条第（四）项", "一方系离婚者且只有一个孩子或依法生育过两个孩子，另一方未生育", false, false),
    ART22_5("第二十二条第（五）项", "双方均未生育，依法收养后又怀孕", false, true),
    ART22_6("第二十二条第（六）项", "一方为两代独生子女或夫妻均为独生子女，只有一个孩子", false, false),
    ART22_7("第二十二条第（七）项", "一方从事井下作业连续五年以上，现仍从事井下作业，只有一个女孩", false, true),
    ART23_1("第二十三条第一款第（一）项", "女方为农村居民，一方为独生子女，只有一个孩子", true, false),
    ART23_2("第二十三条第一款第（二）项", "女方为农村居民，只生育一个孩子，男方的其他兄弟均无生育条件", true, true),
    ART23_3("第二十三条第一款第（三）项", "女方为农村居民，男方到无兄弟的女方落户并赡养女方父母，只有一个女孩", true, true),
    ART23_4("第二十三条第一款第（四）项", "女方为农村居民，男方无兄弟且只有一个姐姐或者妹妹，只有一个女孩", true, true),
    ART23_5("第二十三条第一款第（五）项", "女方为农村居民，双方定居在人均土地五亩以上的沿海垦区，只有一个女孩", true, true),
    ART23_6("第二十三条第一款第（六）项", "女方为农村居民，一方以海洋捕捞为业五年以上，现仍从事海洋捕捞业，只有一个女孩", true, true),
    ART23_P2("第二十三条第二款", "女方为农村居民，主要从事种植业或养殖业，一方为非遗传性一级或二级肢体残疾，只有一个女孩", true, true),
    ART24("第二十四条", "经批准再生育的孩子死亡后，仍符合再生育条件", false, true),
    ART25("第二十五条", "双方均为归侨或港澳台居民回内地定居不满六年，只有一个孩子或子女均在境外", false, true),
    /** 2014 amendment, new art. 22 (一) (单独两孩, REFERENCE.md §12 A2): urban and rural couples alike. */
    ONE_ONLY_CHILD("第二十二条第（一）项（2014年修正）", "一方为独生子女，只有一个孩子（2014年3月28日起，城乡均适用）", false, false);

    private final String article;
    private final String summary;
    private final boolean ruralWomanOnly;
    private final boolean needsSpecialEvidence;

    ConditionCode(String article, String summary, boolean ruralWomanOnly, boolean needsSpecialEvidence) {
        this.article = article;
        this.summary = summary;
        this.ruralWomanOnly = ruralWomanOnly;
        this.needsSpecialEvidence = needsSpecialEvidence;
    }

    /** The item in the text where the circumstance first appeared; the article applied is the DMN decision's. */
    public String article() {
        return "《江苏省人口与计划生育条例》" + article;
    }

    public String summary() {
        return summary;
    }

    /** Art. 23 conditions hold only where the woman is a rural resident: the police must confirm her hukou type. */
    public boolean ruralWomanOnly() {
        return ruralWomanOnly;
    }

    /** Whether a document proving a special fact (certificate, proof of work, adoption papers...) is needed. */
    public boolean needsSpecialEvidence() {
        return needsSpecialEvidence;
    }

    public boolean isRemarriage() {
        return this == ART22_3 || this == ART22_4;
    }

    public boolean needsDisabledChildAssessment() {
        return this == ART22_1;
    }

    public boolean restsOnOnlyChildStatus() {
        return this == ART22_6 || this == ART23_1 || this == ONE_ONLY_CHILD;
    }
}
