package cn.gov.xinbei.pfp.maintenancefee.domain;

import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes the social maintenance fee (社会抚养费) under JS-PFP art. 41 (REFERENCE.md 5.2), for each parent
 * separately:
 * <pre>
 *   fee = k × B  +  (I ≥ 2B ? m × (I − B) : 0)
 * </pre>
 * B = the base of the year before the birth, for the parent's own category ({@link HukouCategory}); k = the multiple
 * for the {@link FeeSituation}; I = the parent's proven actual annual income; m ∈ [1, 2] chosen by the bureau.
 * <p>
 * Money is exact ({@link BigDecimal}, 元): each product is rounded once to the 分 (2 decimals) with the configured
 * {@link RoundingMode} (config/maintenance-fee.yml, default HALF_UP = 四舍五入); sums of rounded amounts are exact.
 * Inputs that break a legal rule are reported together as an {@link InvalidInputException} naming the field
 * ({@code multiple}, {@code multipleReason}, {@code topUpMultiple}, {@code topUpReason}, ... — prefixed with
 * {@code father.}/{@code mother.} when a whole case is assessed). A missing base figure is a
 * {@link MissingIncomeBaseException}.
 */
public final class FeeCalculator {

    /** JS-PFP art. 41 para 2: the top-up applies when the actual income is at least ("以上") twice the base. */
    public static final BigDecimal TOP_UP_INCOME_FACTOR = new BigDecimal("2");
    /** JS-PFP art. 41 para 2: "一倍至二倍" of the part of the income above the base. */
    public static final BigDecimal TOP_UP_MINIMUM = BigDecimal.ONE;
    public static final BigDecimal TOP_UP_MAXIMUM = new BigDecimal("2");
    /** Amounts are in 元 to the 分. */
    public static final int MONEY_SCALE = 2;
    /** A chosen multiple may have at most this many decimals (e.g. 1.25); more is taken for a typing error. */
    public static final int MULTIPLE_MAX_DECIMALS = 2;

    private static final String MIXED_CATEGORIES_RULE = "按各自户籍类别的基数分别计征"
            + "（条例未规定户籍类别不同的夫妻适用何种基数，本局按每人分别计征的原则适用本人户籍类别的基数）";

    private final IncomeBaseTable table;
    private final RoundingMode rounding;

    public FeeCalculator(IncomeBaseTable table, RoundingMode rounding) {
        this.table = Objects.requireNonNull(table, "table");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new IllegalArgumentException("the rounding mode must round: UNNECESSARY fails on 1/3 分");
        }
    }

    /** One parent alone; fields in errors are unprefixed ({@code multiple}, {@code multipleReason}, ...). */
    public ParentAssessment assess(FeeSituation situation, LocalDate childBirthDate, ParentFeeInput input) {
        return assessAll(situation, childBirthDate, List.of(input), false).get(0);
    }

    /** Both parents (or the one the bureau decides on), each assessed separately, and the total. */
    public FeeAssessment assessCase(FeeSituation situation, LocalDate childBirthDate, List<ParentFeeInput> parents) {
        List<ParentAssessment> assessed = assessAll(situation, childBirthDate, parents, true);
        int baseYear = IncomeBaseTable.baseYearFor(childBirthDate);
        List<String> lines = new ArrayList<>();
        lines.add("违法生育情形：" + situation.label() + "（" + situation.legalBasis() + "，征收倍数" + situation.rangeText() + "）");
        lines.add("孩子出生日期：" + childBirthDate + "；基数采用孩子出生前一年即" + baseYear + "年的数据");
        lines.add("计征方式：对" + assessed.stream().map(p -> p.parent().label()).collect(Collectors.joining("、"))
                + "分别计征");
        Set<HukouCategory> categories = assessed.stream().map(ParentAssessment::category)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(HukouCategory.class)));
        if (categories.size() > 1) {
            lines.add("户籍类别不同：" + assessed.stream().map(p -> p.parent().label() + "为" + p.category().label())
                    .collect(Collectors.joining("、")) + "，" + MIXED_CATEGORIES_RULE);
        }
        for (ParentAssessment p : assessed) {
            lines.addAll(p.lines());
        }
        BigDecimal total = assessed.stream().map(ParentAssessment::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (assessed.size() > 1) {
            lines.add("双方合计：" + assessed.stream().map(p -> Yuan.of(p.total())).collect(Collectors.joining(" + "))
                    + " = " + Yuan.of(total) + "元");
        } else {
            lines.add("合计：" + Yuan.of(total) + "元");
        }
        return new FeeAssessment(situation, childBirthDate, baseYear, assessed, total, lines);
    }

    private List<ParentAssessment> assessAll(FeeSituation situation, LocalDate childBirthDate,
                                             List<ParentFeeInput> inputs, boolean prefixed) {
        Violations violations = new Violations();
        if (situation == null) {
            violations.add("situation", "请选择违法生育情形");
        }
        if (childBirthDate == null) {
            violations.add("childBirthDate", "请填写孩子出生日期");
        }
        if (inputs == null || inputs.isEmpty() || inputs.size() > 2 || inputs.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("parents", "须对男方、女方或其中一方计征");
        }
        if (inputs.stream().map(ParentFeeInput::parent).distinct().count() < inputs.size()) {
            violations.add("parents", "同一方不能计征两次");
        }
        for (ParentFeeInput input : inputs) {
            checkInput(situation, input, prefix(input, prefixed), violations);
        }
        violations.throwIfAny();

        List<IncomeBase> bases = new ArrayList<>();
        for (ParentFeeInput input : inputs) {
            IncomeBase base = table.baseFor(input.category(), input.areaCode(), childBirthDate);
            checkTopUp(input, base, prefix(input, prefixed), violations);
            bases.add(base);
        }
        violations.throwIfAny();

        List<ParentAssessment> result = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            result.add(compute(situation, inputs.get(i), bases.get(i)));
        }
        return result;
    }

    private static String prefix(ParentFeeInput input, boolean prefixed) {
        return prefixed && input.parent() != null ? input.parent().field() + "." : "";
    }

    private void checkInput(FeeSituation situation, ParentFeeInput input, String f, Violations v) {
        if (input.parent() == null) {
            v.add(f + "parent", "请注明男方或女方");
        }
        if (input.name() == null || input.name().isBlank()) {
            v.add(f + "name", "请填写姓名");
        }
        if (input.category() == null) {
            v.add(f + "category", "请选择户籍类别（城镇居民或农村居民）");
        }
        checkArea(input, f, v);
        if (input.actualIncome() != null && (input.actualIncome().signum() < 0 || decimals(input.actualIncome()) > MONEY_SCALE)) {
            v.add(f + "actualIncome", "实际年收入须为不小于0、最多两位小数的金额");
        }
        if (situation != null) {
            checkMultiple(situation, input.multiple(), f, v);
        }
    }

    private void checkArea(ParentFeeInput input, String f, Violations v) {
        if (input.areaCode() == null || input.areaCode().isBlank()) {
            v.add(f + "areaCode", "请填写适用标准的乡镇（街道）区划代码");
            return;
        }
        var area = table.area(input.areaCode());
        if (area.isEmpty()) {
            v.add(f + "areaCode", "区划代码" + input.areaCode() + "不在基数表中");
        } else if (input.category() == HukouCategory.RURAL && area.get().level() != AreaLevel.TOWNSHIP) {
            v.add(f + "areaCode", "农村居民以乡（镇）农村居民人均纯收入为基数，请填写乡镇（街道）区划代码，而非"
                    + area.get().name());
        }
    }

    private static void checkMultiple(FeeSituation situation, ChosenMultiple multiple, String f, Violations v) {
        if (situation.isFixed()) {
            if (multiple != null && multiple.value() != null && multiple.value().compareTo(situation.minimumMultiple()) != 0) {
                v.add(f + "multiple", situation.label() + "的征收倍数法定为" + situation.rangeText() + "（"
                        + situation.legalBasis() + "），不能为" + Yuan.multiple(multiple.value()) + "倍");
            }
            return;
        }
        if (multiple == null || multiple.value() == null) {
            v.add(f + "multiple", "请在法定幅度" + situation.rangeText() + "内确定征收倍数（" + situation.legalBasis() + "）");
        } else if (!situation.allows(multiple.value())) {
            v.add(f + "multiple", "征收倍数" + Yuan.multiple(multiple.value()) + "倍超出法定幅度" + situation.rangeText()
                    + "（" + situation.legalBasis() + "）");
        } else if (decimals(multiple.value()) > MULTIPLE_MAX_DECIMALS) {
            v.add(f + "multiple", "征收倍数最多保留两位小数");
        }
        if (multiple == null || !multiple.hasReason()) {
            v.add(f + "multipleReason", "在法定幅度内确定征收倍数，须记录理由");
        }
    }

    private static void checkTopUp(ParentFeeInput input, IncomeBase base, String f, Violations v) {
        ChosenMultiple topUp = input.topUpMultiple();
        BigDecimal income = input.actualIncome();
        if (income == null) {
            if (topUp != null) {
                v.add(f + "topUpMultiple", "实际年收入未查证，不得对超出部分加收");
            }
            return;
        }
        BigDecimal threshold = TOP_UP_INCOME_FACTOR.multiply(base.amount());
        if (income.compareTo(threshold) < 0) {
            if (topUp != null) {
                v.add(f + "topUpMultiple", "实际年收入" + Yuan.plain(income) + "元未达到基数的二倍" + Yuan.plain(threshold)
                        + "元，不得对超出部分加收");
            }
            return;
        }
        if (topUp == null || topUp.value() == null) {
            v.add(f + "topUpMultiple", "实际年收入" + Yuan.plain(income) + "元达到基数的二倍" + Yuan.plain(threshold)
                    + "元，须在1至2倍内确定对超出部分的加收倍数（" + LegalBasis.JIANGSU_BASE_AND_TOP_UP + "）");
        } else if (topUp.value().compareTo(TOP_UP_MINIMUM) < 0 || topUp.value().compareTo(TOP_UP_MAXIMUM) > 0) {
            v.add(f + "topUpMultiple", "加收倍数" + Yuan.multiple(topUp.value()) + "倍超出法定幅度1至2倍（"
                    + LegalBasis.JIANGSU_BASE_AND_TOP_UP + "）");
        } else if (decimals(topUp.value()) > MULTIPLE_MAX_DECIMALS) {
            v.add(f + "topUpMultiple", "加收倍数最多保留两位小数");
        }
        if (topUp == null || !topUp.hasReason()) {
            v.add(f + "topUpReason", "在法定幅度内确定加收倍数，须记录理由");
        }
    }

    private ParentAssessment compute(FeeSituation situation, ParentFeeInput input, IncomeBase base) {
        Parent parent = input.parent();
        BigDecimal b = base.amount();
        boolean discretionary = !situation.isFixed();
        BigDecimal k = discretionary || (input.multiple() != null && input.multiple().value() != null)
                ? input.multiple().value() : situation.minimumMultiple();
        String kReason = input.multiple() == null ? null : input.multiple().reason();
        BigDecimal baseFee = money(k.multiply(b));

        List<String> lines = new ArrayList<>();
        lines.add(parent.label() + "：" + input.name() + "，" + input.category().label());
        lines.add("基数：" + base.describe());
        lines.add("基数依据：" + baseRule(input.category()) + "（" + LegalBasis.JIANGSU_BASE_AND_TOP_UP + "）");
        lines.add("基数来源：" + base.source());
        if (discretionary) {
            lines.add("征收倍数：" + Yuan.multiple(k) + "倍（法定幅度" + situation.rangeText() + "，" + situation.legalBasis() + "）");
            lines.add("确定倍数的理由：" + kReason.strip());
        } else {
            lines.add("征收倍数：" + Yuan.multiple(k) + "倍（" + situation.legalBasis() + "）");
        }
        lines.add(Yuan.multiple(k) + " × " + Yuan.plain(b) + " = " + Yuan.of(baseFee) + "元");

        BigDecimal income = input.actualIncome();
        BigDecimal threshold = TOP_UP_INCOME_FACTOR.multiply(b);
        String thresholdText = "基数的二倍（2 × " + Yuan.plain(b) + " = " + Yuan.plain(threshold) + "元）";
        BigDecimal m = null;
        String mReason = null;
        BigDecimal topUpFee = BigDecimal.ZERO.setScale(MONEY_SCALE);
        if (income == null) {
            lines.add("实际年收入：未查证，不对超出部分加收");
        } else if (income.compareTo(threshold) < 0) {
            lines.add("实际年收入：" + Yuan.plain(income) + "元，低于" + thresholdText + "，不对超出部分加收");
        } else {
            m = input.topUpMultiple().value();
            mReason = input.topUpMultiple().reason().strip();
            BigDecimal excess = income.subtract(b);
            topUpFee = money(m.multiply(excess));
            lines.add("实际年收入：" + Yuan.plain(income) + "元，达到" + thresholdText + "，对超出基数的部分加收（"
                    + LegalBasis.JIANGSU_BASE_AND_TOP_UP + "）");
            lines.add("加收倍数：" + Yuan.multiple(m) + "倍（法定幅度1至2倍）");
            lines.add("确定加收倍数的理由：" + mReason);
            lines.add(Yuan.multiple(m) + " × (" + Yuan.plain(income) + " − " + Yuan.plain(b) + ") = " + Yuan.of(topUpFee) + "元");
        }
        BigDecimal total = baseFee.add(topUpFee);
        if (m == null) {
            lines.add(parent.label() + "应缴社会抚养费：" + Yuan.of(total) + "元");
        } else {
            lines.add(parent.label() + "应缴社会抚养费：" + Yuan.of(baseFee) + " + " + Yuan.of(topUpFee) + " = " + Yuan.of(total) + "元");
        }
        return new ParentAssessment(parent, input.name(), input.category(), base, k, kReason, baseFee, income, m,
                mReason, topUpFee, total, lines);
    }

    private static String baseRule(HukouCategory category) {
        return category == HukouCategory.URBAN
                ? "城镇居民以孩子出生前一年设区的市或者县（市）城镇居民年人均可支配收入为基本标准"
                : "农村居民以孩子出生前一年乡（镇）农村居民年人均纯收入为基本标准";
    }

    private BigDecimal money(BigDecimal exact) {
        return exact.setScale(MONEY_SCALE, rounding);
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
