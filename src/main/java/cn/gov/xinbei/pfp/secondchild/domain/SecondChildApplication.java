package cn.gov.xinbei.pfp.secondchild.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** An application for another child, as registered at the woman's hukou town (JS-PFP art. 26 para 1). */
public record SecondChildApplication(String townSlug, LocalDate applicationDate, LocalDate marriageDate,
                                     Spouse wife, Spouse husband, int childrenTogether, int girlsTogether,
                                     ConditionCode condition, boolean specialCircumstanceProven,
                                     String specialCircumstanceEvidence, Set<RequiredDocument> documentsOnFile) {

    public int womanAge() {
        return wife.ageOn(applicationDate);
    }

    public boolean womanCountsAsRural() {
        return wife.countsAsRuralOn(applicationDate);
    }

    public boolean girlsOnly() {
        return childrenTogether > 0 && girlsTogether == childrenTogether;
    }

    public Set<RequiredDocument> missingDocuments() {
        Set<RequiredDocument> missing = EnumSet.copyOf(RequiredDocument.requiredFor(condition, childrenTogether));
        missing.removeAll(documentsOnFile);
        return missing;
    }

    /** "王芳、李强" — how the case is named in lists. */
    public String couple() {
        return wife.name() + "、" + husband.name();
    }
}
