package cn.gov.xinbei.pfp.migrantcertificate.domain;

import java.time.LocalDate;

/**
 * An application for the 《流动人口婚育证明》 as checked by {@link CertificateApplicationReader}: what art. 7 of the
 * 条例 puts on the certificate (name, age and ID number of the woman, marital status, the spouse, childbearing,
 * contraception) and where she goes.
 *
 * @param spouse         the husband, for a married woman only; null otherwise
 * @param marriageDate   for a married woman only; null otherwise
 */
public record CertificateApplication(String townSlug, String hukouAddress, LocalDate applicationDate, Person applicant,
                                     MaritalStatus maritalStatus, LocalDate marriageDate, Person spouse,
                                     int childrenCount, String contraception, Destination destination,
                                     String destinationAddress, LocalDate departureDate, boolean identitySeen,
                                     boolean marriageCertificateSeen, String contactPhone) {

    /** 已婚（2015-10-01结婚，配偶李强），生育子女1个 */
    public String familySummary() {
        StringBuilder text = new StringBuilder(maritalStatus.label());
        if (spouse != null) {
            text.append("（").append(marriageDate).append("结婚，配偶").append(spouse.name()).append("）");
        }
        text.append("，生育子女").append(childrenCount).append("个");
        if (contraception != null) {
            text.append("；避孕节育情况：").append(contraception);
        }
        return text.toString();
    }

    /** 外省（自治区、直辖市）：浙江省杭州市…，拟于2026-03-10外出 */
    public String destinationSummary() {
        return destination.label() + "：" + destinationAddress + "，拟于" + departureDate + "外出";
    }

    public String documentsSummary() {
        String text = identitySeen ? "已查验居民身份证" : "未查验居民身份证";
        if (maritalStatus == MaritalStatus.MARRIED) {
            text += marriageCertificateSeen ? "；已查验结婚证" : "；未查验结婚证";
        }
        return text;
    }
}
