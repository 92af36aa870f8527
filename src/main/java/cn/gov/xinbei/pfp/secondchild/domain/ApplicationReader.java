package cn.gov.xinbei.pfp.secondchild.domain;

import cn.gov.xinbei.pfp.residentid.InvalidResidentIdException;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an application from the flat variables a start form or the REST API submits, and checks every field.
 * All problems are collected and reported together, each naming its field in Chinese terms.
 */
public final class ApplicationReader {

    /** Personal names: Chinese characters, the middle dot of minority names, or Latin letters for foreigners. */
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}·A-Za-z ]{2,30}$");
    static final int MAX_CHILDREN = 10;
    static final int MAX_EVIDENCE_LENGTH = 200;
    /** 婚姻法 (2001) art. 6: men marry at 22 at the earliest, women at 20. */
    static final int MIN_MARRIAGE_AGE_WOMAN = 20;
    static final int MIN_MARRIAGE_AGE_MAN = 22;
    /** Dates arrive as text from forms; a java.util.Date (from older clients) is read in China time. */
    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    private final Map<String, Object> variables;
    private final LocalDate today;
    private final Violations violations = new Violations();
    private final FormValues values;

    private ApplicationReader(Map<String, Object> variables, LocalDate today) {
        this.variables = variables;
        this.values = new FormValues(variables, violations);
        this.today = today;
    }

    /**
     * @param isKnownTown tells whether a town slug exists in the organization
     * @throws cn.gov.xinbei.pfp.shared.validation.InvalidInputException listing every problem found
     */
    public static SecondChildApplication read(Map<String, Object> variables, LocalDate today,
                                              java.util.function.Predicate<String> isKnownTown) {
        return new ApplicationReader(variables, today).read(isKnownTown);
    }

    private SecondChildApplication read(java.util.function.Predicate<String> isKnownTown) {
        String townSlug = values.text("townSlug", "女方户籍所在镇（街道）", 32);
        if (townSlug != null && !isKnownTown.test(townSlug)) {
            violations.add("townSlug", "不是本区的镇（街道）");
        }
        LocalDate applicationDate = date("applicationDate", "申请日期", true);
        LocalDate asOf = applicationDate != null ? applicationDate : today;
        LocalDate marriageDate = date("marriageDate", "结婚登记日期", true);
        if (applicationDate != null && marriageDate != null && marriageDate.isAfter(applicationDate)) {
            violations.add("marriageDate", "结婚登记日期不能晚于申请日期");
        }
        Spouse wife = spouse("wife", "女方", asOf, Sex.FEMALE);
        Spouse husband = spouse("husband", "男方", asOf, Sex.MALE);
        if (wife != null && husband != null && wife.idNumber().equals(husband.idNumber())) {
            violations.add("husbandIdNumber", "男方与女方身份证号码相同");
        }
        checkMarriageAge(wife, marriageDate, "wife", MIN_MARRIAGE_AGE_WOMAN, "女方");
        checkMarriageAge(husband, marriageDate, "husband", MIN_MARRIAGE_AGE_MAN, "男方");

        Integer childrenTogether = count("childrenTogether", "夫妻现有共同子女数");
        Integer girlsTogether = count("girlsTogether", "其中女孩数");
        if (childrenTogether != null && girlsTogether != null && girlsTogether > childrenTogether) {
            violations.add("girlsTogether", "女孩数不能大于共同子女数");
        }
        if (childrenTogether != null) {
            if (wife != null && wife.childrenEver() < childrenTogether) {
                violations.add("wifeChildrenEver", "女方生育子女总数不能少于夫妻共同子女数");
            }
            if (husband != null && husband.childrenEver() < childrenTogether) {
                violations.add("husbandChildrenEver", "男方生育子女总数不能少于夫妻共同子女数");
            }
        }
        ConditionCode condition = values.enumValue("conditionCode", "申请依据的条件", ConditionCode.class);
        boolean specialProven = values.flag("specialCircumstanceProven", "特别情形已证明");
        String evidence = values.optionalText("specialCircumstanceEvidence", "特别证明材料说明", MAX_EVIDENCE_LENGTH);
        if (specialProven && (evidence == null || evidence.isBlank())) {
            violations.add("specialCircumstanceEvidence", "已勾选特别情形已证明，请写明证明材料名称及出具机关");
        }
        checkConsistency(condition, wife, husband);
        Set<RequiredDocument> documents = EnumSet.noneOf(RequiredDocument.class);
        for (RequiredDocument document : RequiredDocument.values()) {
            if (values.flag(document.variable(), document.label())) {
                documents.add(document);
            }
        }
        violations.throwIfAny();
        return new SecondChildApplication(townSlug, applicationDate, marriageDate, wife, husband, childrenTogether,
                girlsTogether, condition, specialProven, evidence, documents);
    }

    /** Facts the claimed condition presupposes; a claim that contradicts the declared family is refused here. */
    private void checkConsistency(ConditionCode condition, Spouse wife, Spouse husband) {
        if (condition == null || wife == null || husband == null) {
            return;
        }
        if (condition == ConditionCode.ART22_3 && wife.priorStatus() != PriorMaritalStatus.WIDOWED
                && husband.priorStatus() != PriorMaritalStatus.WIDOWED) {
            violations.add("conditionCode", "所选条件为一方丧偶再婚，但双方婚姻状况均不是“丧偶后再婚”");
        }
        if (condition == ConditionCode.ART22_4 && wife.priorStatus() != PriorMaritalStatus.DIVORCED
                && husband.priorStatus() != PriorMaritalStatus.DIVORCED) {
            violations.add("conditionCode", "所选条件为一方离婚再婚，但双方婚姻状况均不是“离婚后再婚”");
        }
        if (condition.restsOnOnlyChildStatus() && !wife.onlyChild() && !husband.onlyChild()
                && !wife.twoGenerationOnlyChild() && !husband.twoGenerationOnlyChild()) {
            violations.add("conditionCode", "所选条件以独生子女身份为前提，但双方均未申报为独生子女");
        }
    }

    private void checkMarriageAge(Spouse spouse, LocalDate marriageDate, String prefix, int minimum, String who) {
        if (spouse != null && marriageDate != null && !marriageDate.isAfter(spouse.idNumber().birthDate())) {
            violations.add("marriageDate", "结婚登记日期不能早于或等于" + who + "的出生日期，请核对结婚日期和身份证号码");
            return;
        }
        if (spouse != null && marriageDate != null && spouse.ageOn(marriageDate) < minimum) {
            violations.add("marriageDate", who + "结婚时未满" + minimum + "周岁（《婚姻法》第六条），请核对结婚日期和身份证号码");
        }
    }

    private Spouse spouse(String prefix, String who, LocalDate asOf, Sex expectedSex) {
        String name = values.text(prefix + "Name", who + "姓名", 30);
        if (name != null && !NAME.matcher(name).matches()) {
            violations.add(prefix + "Name", who + "姓名应为2至30个汉字或字母");
        }
        String rawId = values.text(prefix + "IdNumber", who + "身份证号码", 18);
        Optional<ResidentIdNumber> id = rawId == null ? Optional.empty() : idNumber(prefix + "IdNumber", who, rawId, asOf);
        id.filter(parsed -> parsed.sex() != expectedSex)
                .ifPresent(parsed -> violations.add(prefix + "IdNumber",
                        who + "身份证号码显示性别为" + parsed.sex().label() + "，请核对"));
        HukouType hukou = values.enumValue(prefix + "HukouType", who + "户口性质", HukouType.class);
        LocalDate convertedOn = date(prefix + "RuralToUrbanOn", who + "农转非日期", false);
        if (convertedOn != null && hukou == HukouType.RURAL) {
            violations.add(prefix + "RuralToUrbanOn", "户口性质为农村居民时不应填写农转非日期");
        }
        PriorMaritalStatus prior = values.enumValue(prefix + "PriorStatus", who + "再婚前婚姻状况", PriorMaritalStatus.class);
        Integer childrenEver = count(prefix + "ChildrenEver", who + "生育子女总数");
        boolean onlyChild = values.flag(prefix + "OnlyChild", who + "本人为独生子女");
        boolean twoGeneration = values.flag(prefix + "TwoGenerationOnlyChild", who + "为两代独生子女");
        if (twoGeneration && !onlyChild) {
            violations.add(prefix + "TwoGenerationOnlyChild", "两代独生子女本人必须是独生子女");
        }
        if (name == null || id.isEmpty() || hukou == null || prior == null || childrenEver == null) {
            return null;
        }
        return new Spouse(name, id.get(), hukou, convertedOn, prior, childrenEver, onlyChild, twoGeneration);
    }

    /** The ID-number rules say what is wrong; the message says whose number it is. */
    private Optional<ResidentIdNumber> idNumber(String field, String who, String raw, LocalDate asOf) {
        try {
            return Optional.of(ResidentIdNumber.parse(raw, asOf));
        } catch (InvalidResidentIdException e) {
            violations.add(field, who + e.getMessage());
            return Optional.empty();
        }
    }

    private LocalDate date(String field, String label, boolean required) {
        Object raw = variables.get(field);
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            if (required) {
                violations.add(field, label + "为必填项");
            }
            return null;
        }
        LocalDate value;
        try {
            value = raw instanceof LocalDate d ? d
                    : raw instanceof java.util.Date d ? d.toInstant().atZone(CHINA).toLocalDate()
                    : LocalDate.parse(raw.toString().strip());
        } catch (DateTimeParseException e) {
            violations.add(field, label + "格式不正确，应为“年-月-日”，如2012-03-01");
            return null;
        }
        if (value.isAfter(today)) {
            violations.add(field, label + "不能晚于今天");
            return null;
        }
        return value;
    }

    private Integer count(String field, String label) {
        Object raw = variables.get(field);
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            violations.add(field, label + "为必填项");
            return null;
        }
        long value;
        if (raw instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) {
                violations.add(field, label + "应为整数");
                return null;
            }
            value = n.longValue();
        } else {
            try {
                value = Long.parseLong(raw.toString().strip());
            } catch (NumberFormatException e) {
                violations.add(field, label + "应为整数");
                return null;
            }
        }
        if (value < 0 || value > MAX_CHILDREN) {
            violations.add(field, label + "应在0至" + MAX_CHILDREN + "之间");
            return null;
        }
        return (int) value;
    }

}
