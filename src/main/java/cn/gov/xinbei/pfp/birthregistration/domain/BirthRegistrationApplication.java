package cn.gov.xinbei.pfp.birthregistration.domain;

import java.time.LocalDate;

/**
 * A couple's registration of a child (生育登记), as checked by {@link RegistrationReader}.
 *
 * @param commitmentItems what the couple committed to instead of a proof that could not be checked (承诺制), or null
 */
public record BirthRegistrationApplication(String townSlug, TownBasis townBasis, String townBasisAddress,
                                           LocalDate registrationDate, LocalDate marriageDate, Spouse wife,
                                           Spouse husband, int birthOrder, BirthTiming birthTiming, LocalDate birthDate,
                                           boolean identitySeen, boolean marriageCertificateSeen,
                                           boolean commitmentGiven, String commitmentItems, String contactPhone) {

    public String couple() {
        return wife.name() + "、" + husband.name();
    }

    /** 第2个子女（预产期2016-05-01） */
    public String childSummary() {
        return "第" + birthOrder + "个子女（" + birthTiming.label() + "，" + birthTiming.dateLabel() + birthDate + "）";
    }

    /** The documents seen, and what a commitment stands in for. */
    public String documentsSummary() {
        StringBuilder text = new StringBuilder();
        text.append(identitySeen ? "已查验居民身份证或户口簿" : "未查验居民身份证或户口簿");
        text.append("；").append(marriageCertificateSeen ? "已查验结婚证" : "未查验结婚证");
        if (commitmentGiven) {
            text.append("；个人承诺：").append(commitmentItems);
        }
        return text.toString();
    }
}
