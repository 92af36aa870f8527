package cn.gov.xinbei.pfp.assistance.domain;

import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.residentid.Sex;
import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads an assistance application from the flat variables of the start form and checks every field; all problems are
 * reported together, each naming its field by its Chinese label. The facts it builds are the inputs of the scheme's
 * eligibility decision (see the DMN files in processes/assistance/): what the police, the HR bureau or the 残联 still
 * have to confirm is set to its "not yet confirmed" value, never taken from the form as confirmed.
 */
public final class AssistanceApplicationReader {

    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}·A-Za-z ]{2,30}$");
    static final Set<String> HUKOU = Set.of("AGRICULTURAL", "RURAL_RESIDENT", "URBAN");
    static final Set<String> MARITAL = Set.of("MARRIED", "WIDOWED", "DIVORCED");
    static final Set<String> CHILD_STATUS = Set.of("DIED", "DISABLED", "NEITHER");
    static final Set<String> CERTIFICATION = Set.of("NONE", "PENDING", "CERTIFIED");
    static final int MAX_CHILDREN = 10;

    private final Map<String, Object> variables;
    private final LocalDate today;
    private final Violations violations = new Violations();

    /** Form fields of the agent bank and the account number (代发银行、代发银行账号). */
    public static final String AGENT_BANK = "agentBank";
    public static final String BANK_ACCOUNT = "bankAccount";

    private final List<AgentBank> banks;

    private AssistanceApplicationReader(Map<String, Object> variables, LocalDate today, List<AgentBank> banks) {
        this.variables = variables;
        this.today = today;
        this.banks = List.copyOf(banks);
    }

    /**
     * @param banks the configured agent banks the account may be held at
     * @throws cn.gov.xinbei.pfp.shared.validation.InvalidInputException listing every problem found
     */
    public static AssistanceApplication read(Map<String, Object> variables, LocalDate today,
                                             Predicate<String> isKnownTown, List<AgentBank> banks) {
        return new AssistanceApplicationReader(variables, today, banks).read(isKnownTown);
    }

    private AssistanceApplication read(Predicate<String> isKnownTown) {
        AssistanceScheme scheme = scheme();
        String townSlug = text("townSlug", "户籍所在镇（街道）", 32, true);
        if (townSlug != null && !isKnownTown.test(townSlug)) {
            violations.add("townSlug", "户籍所在镇（街道）不是本区的镇（街道）");
        }
        String village = text("village", "户籍所在村（居）委会", 40, true);
        LocalDate applicationDate = date("applicationDate", "申请日期", true);
        if (applicationDate != null && applicationDate.isAfter(today)) {
            violations.add("applicationDate", "申请日期不能晚于今天");
        }
        LocalDate asOf = applicationDate != null ? applicationDate : today;
        String applicantName = name("applicantName", "申请人姓名");
        Optional<ResidentIdNumber> applicant = idNumber("applicantIdNumber", "申请人公民身份号码", asOf);
        String marital = choice("maritalStatus", "婚姻状况", MARITAL);
        boolean married = "MARRIED".equals(marital);
        String spouseName = null;
        Optional<ResidentIdNumber> spouse = Optional.empty();
        if (married) {
            spouseName = name("spouseName", "配偶姓名");
            spouse = idNumber("spouseIdNumber", "配偶公民身份号码", asOf);
            if (applicant.isPresent() && spouse.isPresent() && applicant.get().equals(spouse.get())) {
                violations.add("spouseIdNumber", "配偶公民身份号码与申请人相同");
            }
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        if (applicationDate != null) {
            facts.put("applicationDate", applicationDate.toString());
        }
        applicant.ifPresent(id -> facts.put("birthDate", id.birthDate().toString()));
        if (scheme != null) {
            switch (scheme) {
                case RURAL_AWARD -> ruralAward(facts, married);
                case SPECIAL_SUPPORT -> specialSupport(facts, married, applicant, spouse);
                case SURGERY_COMPLICATION -> surgeryComplication(facts);
                case RETIREE_ONE_OFF_AWARD -> retiree(facts);
            }
        }
        Optional<BankAccount> account = BankAccount.read(violations, AGENT_BANK, variables.get(AGENT_BANK),
                BANK_ACCOUNT, variables.get(BANK_ACCOUNT), banks);
        violations.throwIfAny();
        return new AssistanceApplication(scheme, townSlug, village, applicationDate, applicantName, applicant.get(),
                spouseName, spouse.orElse(null), facts, account.get());
    }

    private AssistanceScheme scheme() {
        String raw = text("scheme", "扶助项目", 32, true);
        if (raw == null) {
            return null;
        }
        try {
            return AssistanceScheme.valueOf(raw);
        } catch (IllegalArgumentException e) {
            violations.add("scheme", "扶助项目无法识别");
            return null;
        }
    }

    /** 奖扶: hukou as declared (the police confirm it later), out-of-policy births 1973-2001, children. */
    private void ruralAward(Map<String, Object> facts, boolean married) {
        facts.put("applicantHukou", choice("applicantHukou", "申请人户口性质", HUKOU));
        facts.put("spouseHukou", married ? choice("spouseHukou", "配偶户口性质", HUKOU) : "NO_SPOUSE");
        facts.put("outOfPolicyBirthYears", years("outOfPolicyBirthYears", "违反政策生育的年份"));
        Integer living = count("livingChildren", "现存子女数");
        Integer daughters = count("livingDaughters", "现存子女中女儿数");
        Integer deceased = count("deceasedChildren", "已死亡子女数");
        if (living != null && daughters != null && daughters > living) {
            violations.add("livingDaughters", "现存子女中女儿数不能多于现存子女数");
        }
        facts.put("livingChildren", living);
        facts.put("livingDaughters", daughters);
        facts.put("deceasedChildren", deceased);
    }

    /** 特扶: the age test applies to the wife, or to a single parent; the death or disability proof is checked later. */
    private void specialSupport(Map<String, Object> facts, boolean married, Optional<ResidentIdNumber> applicant,
                                Optional<ResidentIdNumber> spouse) {
        facts.put("singleParent", !married);
        if (married && applicant.isPresent() && spouse.isPresent()) {
            ResidentIdNumber wife = applicant.get().sex() == Sex.FEMALE ? applicant.get() : spouse.get();
            if (applicant.get().sex() == spouse.get().sex()) {
                violations.add("spouseIdNumber", "申请人与配偶的公民身份号码性别相同");
            }
            facts.put("wifeBirthDate", wife.birthDate().toString());
        }
        facts.put("onlyOneChild", bool("onlyOneChild"));
        facts.put("childBornOrAdoptedAfterwards", bool("childBornOrAdoptedAfterwards"));
        String status = choice("childStatus", "独生子女情况", CHILD_STATUS);
        facts.put("childStatus", status);
        Integer grade = null;
        if ("DISABLED".equals(status)) {
            grade = integer("childDisabilityGrade", "独生子女残疾等级", 1, 4, true);
        }
        facts.put("childDisabilityGrade", grade);
        facts.put("childStatusProven", false);
    }

    private void surgeryComplication(Map<String, Object> facts) {
        String status = choice("certificationStatus", "并发症鉴定状态", CERTIFICATION);
        facts.put("certificationStatus", status);
        boolean certified = "CERTIFIED".equals(status);
        facts.put("certifyingBodyLevel", certified
                ? choice("certifyingBodyLevel", "鉴定机构级别", Set.of("TOWNSHIP", "COUNTY", "CITY", "PROVINCE")) : null);
        facts.put("complicationGrade", certified ? integer("complicationGrade", "并发症等级", 1, 3, true) : null);
    }

    /** 一次性奖励: the retirement facts as declared; the HR bureau confirms them later. */
    private void retiree(Map<String, Object> facts) {
        facts.put("holdsOnlyChildParentCertificate", bool("holdsOnlyChildParentCertificate"));
        facts.put("enterpriseBasicPensionRetiree", bool("enterpriseBasicPensionRetiree"));
        LocalDate retired = date("retirementDate", "退休日期", true);
        if (retired != null && retired.isAfter(today)) {
            violations.add("retirementDate", "退休日期不能晚于今天");
        }
        facts.put("retirementDate", retired == null ? null : retired.toString());
        facts.put("receivedPensionTopUp", bool("receivedPensionTopUp"));
        facts.put("hrConfirmation", "PENDING");
    }

    private Optional<ResidentIdNumber> idNumber(String field, String label, LocalDate asOf) {
        String raw = text(field, label, 18, true);
        return raw == null ? Optional.empty() : ResidentIdNumber.parseInto(violations, field, raw, asOf);
    }

    private String name(String field, String label) {
        String value = text(field, label, 30, true);
        if (value != null && !NAME.matcher(value).matches()) {
            violations.add(field, label + "应为2至30个汉字或字母");
        }
        return value;
    }

    private String text(String field, String label, int maxLength, boolean required) {
        Object raw = variables.get(field);
        String value = raw == null ? null : raw.toString().strip();
        if (value == null || value.isEmpty()) {
            if (required) {
                violations.add(field, "请填写" + label);
            }
            return null;
        }
        if (value.length() > maxLength) {
            violations.add(field, label + "不能超过" + maxLength + "个字");
            return null;
        }
        return value;
    }

    private String choice(String field, String label, Set<String> allowed) {
        String value = text(field, label, 32, false);
        if (value == null) {
            violations.add(field, "请选择" + label);
            return null;
        }
        if (!allowed.contains(value)) {
            violations.add(field, label + "的选项无法识别");
            return null;
        }
        return value;
    }

    private boolean bool(String field) {
        Object raw = variables.get(field);
        return raw instanceof Boolean b ? b : raw != null && Boolean.parseBoolean(raw.toString());
    }

    private Integer count(String field, String label) {
        return integer(field, label, 0, MAX_CHILDREN, true);
    }

    private Integer integer(String field, String label, int min, int max, boolean required) {
        Object raw = variables.get(field);
        if (raw == null || raw.toString().isBlank()) {
            if (required) {
                violations.add(field, "请填写" + label);
            }
            return null;
        }
        try {
            double value = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString().strip());
            if (value != Math.rint(value) || value < min || value > max) {
                violations.add(field, label + "应为" + min + "至" + max + "的整数");
                return null;
            }
            return (int) value;
        } catch (NumberFormatException e) {
            violations.add(field, label + "应为" + min + "至" + max + "的整数");
            return null;
        }
    }

    /** Years such as "1985, 1990" (full-width commas and 、 accepted); empty when none. */
    private List<Integer> years(String field, String label) {
        List<Integer> years = new ArrayList<>();
        Object raw = variables.get(field);
        if (raw == null || raw.toString().isBlank()) {
            return years;
        }
        for (String part : raw.toString().split("[,，、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int year = Integer.parseInt(part.strip());
                if (year < 1949 || year > today.getYear()) {
                    violations.add(field, label + "中的" + part + "不是有效年份");
                } else {
                    years.add(year);
                }
            } catch (NumberFormatException e) {
                violations.add(field, label + "应为年份，多个年份用逗号分隔，如1985,1990");
                return years;
            }
        }
        return years;
    }

    private LocalDate date(String field, String label, boolean required) {
        Object raw = variables.get(field);
        if (raw == null || raw.toString().isBlank()) {
            if (required) {
                violations.add(field, "请填写" + label);
            }
            return null;
        }
        if (raw instanceof LocalDate d) {
            return d;
        }
        if (raw instanceof java.util.Date d) {
            return LocalDate.ofInstant(d.toInstant(), java.time.ZoneId.of("Asia/Shanghai"));
        }
        try {
            return LocalDate.parse(raw.toString().strip());
        } catch (DateTimeParseException e) {
            violations.add(field, label + "格式不正确，应为“年-月-日”，如2012-03-01");
            return null;
        }
    }
}
