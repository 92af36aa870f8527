package cn.gov.xinbei.pfp.shared.validation;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormValuesTest {

    enum Colour { RED, GREEN }

    private final Violations violations = new Violations();

    @Test
    void blankToNullStripsTextAndTurnsEmptyFieldsIntoNull() {
        assertThat(FormValues.blankToNull(null)).isNull();
        assertThat(FormValues.blankToNull("")).isNull();
        assertThat(FormValues.blankToNull(" \t ")).isNull();
        assertThat(FormValues.blankToNull("  春江镇 ")).isEqualTo("春江镇");
        assertThat(FormValues.blankToNull(42)).isEqualTo("42");
    }

    @Test
    void aChoiceIsOneOfTheConstantsByNameOrAViolationAtItsField() {
        assertThat(FormValues.choice(Colour.class, " GREEN ", "colour", "请选择颜色", violations)).isEqualTo(Colour.GREEN);
        assertThat(violations.isEmpty()).isTrue();

        assertThat(FormValues.choice(Colour.class, "green", "colour", "请选择颜色", violations)).isNull();
        assertThat(FormValues.choice(Colour.class, null, "shade", "请选择色调", violations)).isNull();
        assertThat(violations.list()).containsExactly(new FieldViolation("colour", "请选择颜色"),
                new FieldViolation("shade", "请选择色调"));
    }

    @Test
    void aChoiceCanTellAMissingValueFromAnUnknownOne() {
        FormValues.choice(Colour.class, "", "colour", "请选择颜色", "颜色的选项无法识别", violations);
        FormValues.choice(Colour.class, "BLUE", "colour", "请选择颜色", "颜色的选项无法识别", violations);
        assertThat(violations.list()).extracting(FieldViolation::message)
                .containsExactly("请选择颜色", "颜色的选项无法识别");
    }

    @Test
    void writtenTextNeedsFiveCharactersAndAtMostAThousand() {
        assertThat(FormValues.writtenText("  经审议符合条件  ", "opinion", "审议意见", violations)).isEqualTo("经审议符合条件");
        assertThat(FormValues.writtenText("同意", "opinion", "审议意见", violations)).isNull();
        assertThat(FormValues.writtenText("字".repeat(1001), "reason", "理由", violations)).isNull();
        assertThat(FormValues.writtenText("字".repeat(1000), "reason", "理由", violations)).hasSize(1000);
        assertThat(violations.list()).containsExactly(new FieldViolation("opinion", "请填写审议意见，至少5个字"),
                new FieldViolation("reason", "理由不能超过1000个字"));
    }

    @Test
    void writtenTextAloneIsRefusedAtOnce() {
        assertThatThrownBy(() -> FormValues.writtenText(null, "reason", "不予立案的理由"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("reason", "请填写不予立案的理由，至少5个字")));
    }

    @Test
    void requiredAndOptionalShortTextsKeepTheirLimit() {
        assertThat(FormValues.required(" 张三 ", "name", "姓名", 30, violations)).isEqualTo("张三");
        assertThat(FormValues.required(" ", "name", "姓名", 30, violations)).isNull();
        assertThat(FormValues.required("一二三四五六", "number", "文号", 5, violations)).isNull();
        assertThat(FormValues.optional("", "child", "孩子姓名", 30, violations)).isNull();
        assertThat(FormValues.optional(" 小明 ", "child", "孩子姓名", 30, violations)).isEqualTo("小明");
        assertThat(FormValues.optional("一二三四", "child", "孩子姓名", 3, violations)).isNull();
        assertThat(violations.list()).containsExactly(new FieldViolation("name", "请填写姓名"),
                new FieldViolation("number", "文号不能超过5个字"), new FieldViolation("child", "孩子姓名不能超过3个字"));
    }

    @Test
    void aFormReadsItsFieldsAndCollectsEveryViolation() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", "  王芳 ");
        variables.put("colour", "PURPLE");
        variables.put("agreed", "yes");
        FormValues form = new FormValues(variables, violations);

        assertThat(form.text("name", "姓名", 30)).isEqualTo("王芳");
        assertThat(form.text("missing", "住址", 30)).isNull();
        assertThat(form.enumValue("colour", "颜色", Colour.class)).isNull();
        assertThat(form.enumValue("none", "色调", Colour.class)).isNull();
        assertThat(form.flag("agreed", "同意")).isFalse();
        assertThat(form.flag("absent", "同意")).isFalse();
        assertThat(violations.list()).containsExactly(new FieldViolation("missing", "住址为必填项"),
                new FieldViolation("colour", "颜色的取值无效"), new FieldViolation("none", "色调为必填项"),
                new FieldViolation("agreed", "同意应为“是”或“否”"));
    }
}
