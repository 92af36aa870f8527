package cn.gov.xinbei.pfp.migrantcertificate.domain;

import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads an application for the 《流动人口婚育证明》 from the flat variables the start form or the REST API submits and
 * checks every field, collecting all problems, each at its field and in Chinese. The rules and their basis:
 * the applicant is an adult woman of childbearing age (条例 art. 7: 成年育龄妇女; the upper age is configuration),
 * applying with her own ID card, a married woman showing her marriage certificate too (art. 7 para 1); a move
 * between districts of Changzhou makes no migrant (art. 2 (二)).
 */
public final class CertificateApplicationReader {

    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}·A-Za-z ]{2,30}$");
    private static final Pattern PHONE = Pattern.compile("^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$");
    /** 民法典 art. 17: adult from 18 (the 条例's 成年). */
    static final int ADULT_AGE = 18;
    /** 婚姻法 (2001) art. 6: women marry at 20 at the earliest. */
    static final int MIN_MARRIAGE_AGE_WOMAN = 20;
    static final int MIN_MARRIAGE_AGE_MAN = 22;
    static final int MAX_CHILDREN = 10;
    static final int MIN_TEXT = 4;
    static final int MAX_ADDRESS = 100;
    static final int MAX_CONTRACEPTION = 100;
    static final int MAX_MONTHS_TO_DEPARTURE = 12;

    private final Map<String, Object> variables;
    private final LocalDate today;
    private final Violations violations = new Violations();
    private final FormValues values;

    private CertificateApplicationReader(Map<String, Object> variables, LocalDate today) {
        this.variables = variables;
        this.today = today;
        this.values = new FormValues(variables, violations);
    }

    /**
     * @param isKnownTown      whether a town slug is one of the district's towns
     * @param maxApplicantAge  the upper age of 育龄 (configuration: the 条例 gives none)
     * @throws cn.gov.xinbei.pfp.shared.validation.InvalidInputException listing every problem found
     */
    public static CertificateApplication read(Map<String, Object> variables, LocalDate today,
                                              Predicate<String> isKnownTown, int maxApplicantAge) {
        return new CertificateApplicationReader(variables, today).read(isKnownTown, maxApplicantAge);
    }

    private CertificateApplication read(Predicate<String> isKnownTown, int maxApplicantAge) {
        String townSlug = values.text("townSlug", "户籍所在镇（街道）", 32);
        if (townSlug != null && !isKnownTown.test(townSlug)) {
            violations.add("townSlug", "不是本区的镇（街道）；婚育证明由户籍所在地的镇（街道）出具（条例第七条）");
        }
        String hukouAddress = text("hukouAddress", "户籍地址", MAX_ADDRESS);
        LocalDate applicationDate = values.date("applicationDate", "申请日期", "2026-03-02");
        if (applicationDate != null && applicationDate.isAfter(today)) {
            violations.add("applicationDate", "申请日期不能晚于今天");
            applicationDate = null;
        }
        LocalDate asOf = applicationDate != null ? applicationDate : today;
        Person applicant = person("applicant", "申请人", asOf, Sex.FEMALE);
        if (applicant != null) {
            int age = applicant.idNumber().ageOn(asOf);
            if (age < ADULT_AGE) {
                violations.add("applicantIdNumber", "申请人未满" + ADULT_AGE + "周岁；婚育证明为成年育龄妇女办理（条例第七条）");
            } else if (age > maxApplicantAge) {
                violations.add("applicantIdNumber", "申请人已满" + (maxApplicantAge + 1) + "周岁，不属于育龄妇女，无需办理婚育证明");
            }
        }

        MaritalStatus marital = values.enumValue("maritalStatus", "婚姻状况", MaritalStatus.class);
        LocalDate marriageDate = null;
        Person spouse = null;
        if (marital == MaritalStatus.MARRIED) {
            marriageDate = values.date("marriageDate", "结婚登记日期", "2026-03-02");
            if (marriageDate != null && marriageDate.isAfter(asOf)) {
                violations.add("marriageDate", "结婚登记日期不能晚于申请日期");
            }
            spouse = person("spouse", "配偶", asOf, Sex.MALE);
            marriageAge(applicant, marriageDate, "申请人", MIN_MARRIAGE_AGE_WOMAN);
            marriageAge(spouse, marriageDate, "配偶", MIN_MARRIAGE_AGE_MAN);
            if (applicant != null && spouse != null && applicant.idNumber().equals(spouse.idNumber())) {
                violations.add("spouseIdNumber", "配偶与申请人身份证号码相同");
            }
        } else if (marital != null && FormValues.blankToNull(variables.get("spouseIdNumber")) != null) {
            violations.add("spouseIdNumber", "婚姻状况为" + marital.label() + "的，不填写配偶信息");
        }

        Integer children = values.wholeNumber("childrenCount", "生育子女数", 0, MAX_CHILDREN,
                "生育子女数为必填项（没有子女的填0）");
        String contraception = values.optionalText("contraception", "避孕节育情况", MAX_CONTRACEPTION);
        Destination destination = values.enumValue("destination", "外出去向", Destination.class);
        if (destination != null && !destination.makesMigrant()) {
            violations.add("destination", "在常州市其他区居住的，不属于流动人口，无需办理婚育证明（" + Destination.ARTICLE_2 + "）");
        }
        String destinationAddress = text("destinationAddress", "拟前往地址", MAX_ADDRESS);
        LocalDate departure = values.date("departureDate", "外出日期", "2026-03-02");
        if (departure != null && applicationDate != null
                && departure.isAfter(applicationDate.plusMonths(MAX_MONTHS_TO_DEPARTURE))) {
            violations.add("departureDate", "外出日期不能晚于申请日期后" + MAX_MONTHS_TO_DEPARTURE + "个月");
        }

        boolean identitySeen = values.flag("docIdentity", "居民身份证");
        boolean marriageSeen = values.flag("docMarriageCertificate", "结婚证");
        if (!identitySeen) {
            violations.add("docIdentity", "须凭本人居民身份证办理婚育证明（条例第七条第一款）");
        }
        if (marital == MaritalStatus.MARRIED && !marriageSeen) {
            violations.add("docMarriageCertificate", "已婚的，办理婚育证明还应当出示结婚证（条例第七条第一款）");
        }
        String phone = values.text("contactPhone", "联系电话", 20);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            violations.add("contactPhone", "联系电话应为11位手机号码或带区号的固定电话，如0519-85123456");
        }
        violations.throwIfAny();
        return new CertificateApplication(townSlug, hukouAddress, applicationDate, applicant, marital, marriageDate,
                spouse, children, contraception, destination, destinationAddress, departure, identitySeen,
                marital == MaritalStatus.MARRIED && marriageSeen, phone);
    }

    private String text(String field, String label, int max) {
        String value = values.text(field, label, max);
        if (value != null && value.length() < MIN_TEXT) {
            violations.add(field, "请填写完整的" + label + "（至少" + MIN_TEXT + "个字）");
        }
        return value;
    }

    private Person person(String prefix, String who, LocalDate asOf, Sex expectedSex) {
        String name = values.text(prefix + "Name", who + "姓名", 30);
        if (name != null && !NAME.matcher(name).matches()) {
            violations.add(prefix + "Name", who + "姓名应为2至30个汉字或字母");
            name = null;
        }
        String raw = values.text(prefix + "IdNumber", who + "身份证号码", 18);
        Optional<ResidentIdNumber> id = Optional.empty();
        if (raw != null) {
            try {
                id = Optional.of(ResidentIdNumber.parse(raw, asOf));
            } catch (InvalidResidentIdException e) {
                violations.add(prefix + "IdNumber", who + e.getMessage());
            }
        }
        if (id.isPresent() && id.get().sex() != expectedSex) {
            violations.add(prefix + "IdNumber", who + "身份证号码显示性别为" + id.get().sex().label()
                    + (expectedSex == Sex.FEMALE ? "；婚育证明由成年育龄妇女本人办理（条例第七条）" : "，请核对"));
            return null;
        }
        return name == null || id.isEmpty() ? null : new Person(name, id.get());
    }

    private void marriageAge(Person person, LocalDate marriageDate, String who, int minimumAge) {
        if (person == null || marriageDate == null) {
            return;
        }
        if (!marriageDate.isAfter(person.idNumber().birthDate())) {
            violations.add("marriageDate", "结婚登记日期不能早于或等于" + who + "的出生日期，请核对结婚日期和身份证号码");
        } else if (person.idNumber().ageOn(marriageDate) < minimumAge) {
            violations.add("marriageDate", who + "结婚时未满" + minimumAge + "周岁（法定婚龄），请核对结婚日期和身份证号码");
        }
    }

}
