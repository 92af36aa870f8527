package cn.gov.xinbei.pfp.migrantarrival.domain;

import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the registration of a migrant woman at her town of residence from the start form's variables and checks
 * every field, collecting all problems, each at its field and in Chinese. The town must tell her the services,
 * rewards and duties she has where she lives (条例 art. 8 para 2): registering without that is refused.
 */
public final class ArrivalReader {

    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}·A-Za-z ]{2,30}$");
    private static final Pattern CERTIFICATE_NUMBER = Pattern.compile("^[\\p{IsHan}A-Za-z0-9()（）〔〕\\[\\]\\-]{2,40}$");
    public static final int ADULT_AGE = 18;
    static final int MIN_TEXT = 4;
    static final int MAX_TEXT = 100;

    private final Map<String, Object> variables;
    private final LocalDate today;
    private final Violations violations = new Violations();
    private final FormValues values;

    private ArrivalReader(Map<String, Object> variables, LocalDate today) {
        this.variables = variables;
        this.today = today;
        this.values = new FormValues(variables, violations);
    }

    public static ArrivalRegistration read(Map<String, Object> variables, LocalDate today,
                                           Predicate<String> isKnownTown, int maxAge) {
        return new ArrivalReader(variables, today).read(isKnownTown, maxAge);
    }

    private ArrivalRegistration read(Predicate<String> isKnownTown, int maxAge) {
        String townSlug = values.text("townSlug", "现居住镇（街道）", 32);
        if (townSlug != null && !isKnownTown.test(townSlug)) {
            violations.add("townSlug", "不是本区的镇（街道）");
        }
        LocalDate registered = values.date("registrationDate", "登记日期", "2026-03-02");
        if (registered != null && registered.isAfter(today)) {
            violations.add("registrationDate", "登记日期不能晚于今天");
            registered = null;
        }
        LocalDate arrived = values.date("arrivalDate", "到达现居住地日期", "2026-03-02");
        if (arrived != null && registered != null && arrived.isAfter(registered)) {
            violations.add("arrivalDate", "到达日期不能晚于登记日期");
        }
        LocalDate asOf = registered != null ? registered : today;
        String name = values.text("migrantName", "姓名", 30);
        if (name != null && !NAME.matcher(name).matches()) {
            violations.add("migrantName", "姓名应为2至30个汉字或字母");
        }
        ResidentIdNumber id = idNumber(asOf, maxAge);
        String hukouPlace = text("hukouPlace", "户籍所在地");
        String address = text("residenceAddress", "现居住地址");
        String employer = values.optionalText("employer", "用人单位", MAX_TEXT);

        boolean presented = values.flag("certificatePresented", "已提交婚育证明");
        String issuer = null;
        String number = null;
        LocalDate validUntil = null;
        if (presented) {
            issuer = text("certificateIssuer", "婚育证明出具地");
            number = values.text("certificateNumber", "婚育证明编号", 40);
            if (number != null && !CERTIFICATE_NUMBER.matcher(number).matches()) {
                violations.add("certificateNumber", "婚育证明编号应为2至40个汉字、字母、数字或括号、横线");
            }
            if (FormValues.blankToNull(variables.get("certificateValidUntil")) != null) {
                validUntil = values.date("certificateValidUntil", "婚育证明有效期", "2026-03-02");
                if (validUntil != null && validUntil.isBefore(asOf)) {
                    violations.add("certificateValidUntil", "婚育证明已过有效期（" + validUntil
                            + "），请按“未提交婚育证明”登记并督促其补办");
                }
            }
        }
        boolean informed = values.flag("servicesInformed", "已告知");
        if (!informed) {
            violations.add("servicesInformed", "登记时应当告知其在现居住地可以享受的计划生育服务和奖励、优待，以及应当履行的"
                    + "计划生育相关义务（条例第八条第二款）");
        }
        String servicesNote = values.optionalText("servicesNote", "提供的服务", MAX_TEXT);
        violations.throwIfAny();
        return new ArrivalRegistration(townSlug, registered, arrived, name, id, hukouPlace, address, employer,
                presented, issuer, number, validUntil, servicesNote);
    }

    private ResidentIdNumber idNumber(LocalDate asOf, int maxAge) {
        String raw = values.text("migrantIdNumber", "公民身份号码", 18);
        if (raw == null) {
            return null;
        }
        try {
            ResidentIdNumber id = ResidentIdNumber.parse(raw, asOf);
            if (id.sex() != Sex.FEMALE) {
                violations.add("migrantIdNumber", "身份证号码显示性别为" + id.sex().label()
                        + "；婚育证明的查验对象为成年育龄妇女（条例第七条、第八条）");
                return null;
            }
            int age = id.ageOn(asOf);
            if (age < ADULT_AGE || age > maxAge) {
                violations.add("migrantIdNumber", "年龄为" + age + "周岁，不属于成年育龄妇女（" + ADULT_AGE + "至" + maxAge
                        + "周岁），无需查验婚育证明");
                return null;
            }
            return id;
        } catch (InvalidResidentIdException e) {
            violations.add("migrantIdNumber", e.getMessage());
            return null;
        }
    }

    private String text(String field, String label) {
        String value = values.text(field, label, MAX_TEXT);
        if (value != null && value.length() < MIN_TEXT) {
            violations.add(field, "请填写完整的" + label + "（至少" + MIN_TEXT + "个字）");
        }
        return value;
    }

}
