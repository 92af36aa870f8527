package cn.gov.xinbei.pfp.birthregistration.domain;

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
 * Reads a birth registration from the flat variables the start form or the REST API submits, and checks every field.
 * All problems are collected and reported together, each at its field and in the users' terms. Whether the birth
 * order may be registered at all is the decision table's (birthRegistrationEligibility), not this reader's.
 */
public final class RegistrationReader {

    /** Personal names: Chinese characters, the middle dot of minority names, or Latin letters for foreigners. */
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}·A-Za-z ]{2,30}$");
    /** A mobile number (11 digits from 1) or a landline with its area code. */
    private static final Pattern PHONE = Pattern.compile("^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$");
    static final int MAX_BIRTH_ORDER = 10;
    static final int MIN_TEXT = 4;
    static final int MAX_ADDRESS = 100;
    static final int MAX_COMMITMENT = 200;
    /** 婚姻法 (2001) art. 6, 民法典 art. 1047: men marry at 22 at the earliest, women at 20. */
    static final int MIN_MARRIAGE_AGE_WOMAN = 20;
    static final int MIN_MARRIAGE_AGE_MAN = 22;

    private final Map<String, Object> variables;
    private final LocalDate today;
    private final Violations violations = new Violations();
    private final FormValues values;

    private RegistrationReader(Map<String, Object> variables, LocalDate today) {
        this.variables = variables;
        this.values = new FormValues(variables, violations);
        this.today = today;
    }

    /**
     * @param isKnownTown            tells whether a town slug exists in the organization
     * @param maxMonthsBeforeBirth   how far ahead of the registration date an expected birth date may lie
     * @throws cn.gov.xinbei.pfp.shared.validation.InvalidInputException listing every problem found
     */
    public static BirthRegistrationApplication read(Map<String, Object> variables, LocalDate today,
                                                    Predicate<String> isKnownTown, int maxMonthsBeforeBirth) {
        return new RegistrationReader(variables, today).read(isKnownTown, maxMonthsBeforeBirth);
    }

    private BirthRegistrationApplication read(Predicate<String> isKnownTown, int maxMonthsBeforeBirth) {
        String townSlug = values.text("townSlug", "登记镇（街道）", 32);
        if (townSlug != null && !isKnownTown.test(townSlug)) {
            violations.add("townSlug", "不是本区的镇（街道）");
        }
        TownBasis townBasis = values.enumValue("townBasis", "在该镇（街道）登记的依据", TownBasis.class);
        String address = values.text("townBasisAddress", "户籍地址或现居住地址", MAX_ADDRESS);
        if (address != null && address.length() < MIN_TEXT) {
            violations.add("townBasisAddress", "请填写完整的户籍地址或现居住地址（至少" + MIN_TEXT + "个字），说明为何在该镇（街道）登记");
        }
        LocalDate registrationDate = values.date("registrationDate", "登记日期", "2016-03-01");
        if (registrationDate != null && registrationDate.isAfter(today)) {
            violations.add("registrationDate", "登记日期不能晚于今天");
            registrationDate = null;
        }
        LocalDate asOf = registrationDate != null ? registrationDate : today;
        LocalDate marriageDate = values.date("marriageDate", "结婚登记日期", "2016-03-01");
        if (marriageDate != null && marriageDate.isAfter(asOf)) {
            violations.add("marriageDate", "结婚登记日期不能晚于登记日期");
        }
        Spouse wife = spouse("wife", "女方", asOf, Sex.FEMALE, marriageDate, MIN_MARRIAGE_AGE_WOMAN);
        Spouse husband = spouse("husband", "男方", asOf, Sex.MALE, marriageDate, MIN_MARRIAGE_AGE_MAN);
        if (wife != null && husband != null && wife.idNumber().equals(husband.idNumber())) {
            violations.add("husbandIdNumber", "男方与女方身份证号码相同");
        }

        Integer birthOrder = values.wholeNumber("birthOrder", "登记的孩次", 1, MAX_BIRTH_ORDER, "登记的孩次为必填项");
        BirthTiming timing = values.enumValue("birthTiming", "生育前登记或出生后补登", BirthTiming.class);
        LocalDate birthDate = values.date("birthDate", "预产期或出生日期", "2016-03-01");
        if (birthDate != null && timing != null && registrationDate != null) {
            if (timing == BirthTiming.AFTER_BIRTH && birthDate.isAfter(registrationDate)) {
                violations.add("birthDate", "出生后补登的，出生日期不能晚于登记日期；尚未出生的请选择“生育前登记”并填写预产期");
            }
            if (timing == BirthTiming.BEFORE_BIRTH && birthDate.isBefore(registrationDate)) {
                violations.add("birthDate", "生育前登记的，预产期不能早于登记日期；已出生的请选择“出生后补登”并填写出生日期");
            }
            if (timing == BirthTiming.BEFORE_BIRTH && birthDate.isAfter(registrationDate.plusMonths(maxMonthsBeforeBirth))) {
                violations.add("birthDate", "预产期不能晚于登记日期后" + maxMonthsBeforeBirth + "个月");
            }
        }

        boolean identitySeen = values.flag("docIdentity", "居民身份证或户口簿");
        boolean marriageSeen = values.flag("docMarriageCertificate", "结婚证");
        boolean commitment = values.flag("commitmentGiven", "个人承诺");
        String commitmentItems = values.optionalText("commitmentItems", "承诺事项", MAX_COMMITMENT);
        if (!commitment && !identitySeen) {
            violations.add("docIdentity", "未查验居民身份证或户口簿的，须由当事人签署个人承诺（无法核查的信息以承诺代替证明）");
        }
        if (!commitment && !marriageSeen) {
            violations.add("docMarriageCertificate", "未查验结婚证的，须由当事人签署个人承诺（无法核查的信息以承诺代替证明）");
        }
        if (commitment && (commitmentItems == null || commitmentItems.length() < MIN_TEXT)) {
            violations.add("commitmentItems", "已签署个人承诺的，请写明承诺事项（至少" + MIN_TEXT + "个字），如“承诺已于某年某月登记结婚”");
        }
        String phone = values.text("contactPhone", "联系电话", 20);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            violations.add("contactPhone", "联系电话应为11位手机号码或带区号的固定电话，如0519-85123456");
        }
        violations.throwIfAny();
        return new BirthRegistrationApplication(townSlug, townBasis, address, registrationDate, marriageDate, wife,
                husband, birthOrder, timing, birthDate, identitySeen, marriageSeen, commitment,
                commitment ? commitmentItems : null, phone);
    }

    private Spouse spouse(String prefix, String who, LocalDate asOf, Sex expectedSex, LocalDate marriageDate,
                          int minimumAge) {
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
            violations.add(prefix + "IdNumber", who + "身份证号码显示性别为" + id.get().sex().label() + "，请核对");
            return null;
        }
        if (id.isPresent() && marriageDate != null && !marriageDate.isAfter(id.get().birthDate())) {
            // Before the birth there is no age to compare (and ageOn refuses such a date).
            violations.add("marriageDate", "结婚登记日期不能早于或等于" + who + "的出生日期，请核对结婚日期和身份证号码");
        } else if (id.isPresent() && marriageDate != null && id.get().ageOn(marriageDate) < minimumAge) {
            violations.add("marriageDate", who + "结婚时未满" + minimumAge + "周岁（法定婚龄），请核对结婚日期和身份证号码");
        }
        return name == null || id.isEmpty() ? null : new Spouse(name, id.get());
    }

}
