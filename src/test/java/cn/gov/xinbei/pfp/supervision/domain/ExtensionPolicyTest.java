package cn.gov.xinbei.pfp.supervision.domain;

import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pure rules: which steps may be extended, by how much, who reviews a 督办, input lengths. */
class ExtensionPolicyTest {

    static final String BASIS = "《中华人民共和国行政许可法》第四十二条";
    static final ExtensionPolicy POLICY = new ExtensionPolicy(
            List.of(new ExtensionRule("secondChildApproval", "Task_DistrictDecision", 10, BASIS)), 10);
    static final String REASON = "需向外省核实男方婚育情况";

    @Test
    void theDecisionMayBeExtendedUpToTheMaximumInTotal() {
        assertThat(POLICY.check("secondChildApproval", "Task_DistrictDecision", "区人口计生局审批", null, 10,
                "  " + REASON + " ", 0)).isEqualTo(REASON);
        assertThat(POLICY.check("secondChildApproval", "Task_DistrictDecision", "区人口计生局审批", null, 4,
                REASON, 6)).isEqualTo(REASON);
        assertThatThrownBy(() -> POLICY.check("secondChildApproval", "Task_DistrictDecision", "区人口计生局审批",
                null, 5, REASON, 6)).hasMessageContaining("应为1到4之间");
        assertThatThrownBy(() -> POLICY.check("secondChildApproval", "Task_DistrictDecision", "区人口计生局审批",
                null, 1, REASON, 10)).hasMessageContaining("已延长过10个工作日，不能再延长");
    }

    @Test
    void everyOtherStepIsStatutory() {
        assertThatThrownBy(() -> POLICY.check("secondChildApproval", "Task_AcceptApplication", "受理申请",
                "5个工作日内一次性告知补正（《行政许可法》第三十二条第（四）项）。", 3, REASON, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("“受理申请”的办理期限为法定期限，不能延长。期限依据：5个工作日内一次性告知补正");
    }

    @Test
    void badDaysAndAShortReasonAreReportedTogether() {
        assertThatThrownBy(() -> POLICY.check("secondChildApproval", "Task_DistrictDecision", "区人口计生局审批",
                null, 0, "太短", 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("workingDays", "reason"));
    }

    @Test
    void aTownGroupIsReviewedByItsTownsSupervisorsEveryOtherByTheBureau() {
        List<String> towns = List.of("chunjiang", "menghe");
        assertThat(SupervisorGroups.supervisorsOf("chunjiang-clerk", towns)).isEqualTo("chunjiang-supervisor");
        assertThat(SupervisorGroups.supervisorsOf("bureau-clerk", towns)).isEqualTo("bureau-supervisor");
        assertThat(SupervisorGroups.supervisorsOf("police-liaison", towns)).isEqualTo("bureau-supervisor");
        assertThat(SupervisorGroups.supervisorsOf("bureau-supervisor", towns)).isEqualTo("bureau-supervisor");
    }

    @Test
    void answersAndReturnReasonsNeedTheConfiguredLength() {
        assertThat(SupervisionRules.answer(" 一二三四五六七八九十 ", 10)).isEqualTo("一二三四五六七八九十");
        assertThatThrownBy(() -> SupervisionRules.answer("一二三四五六七八九", 10))
                .hasMessageContaining("督办答复：至少填写10个字");
        assertThat(SupervisionRules.returnReason("ACCEPT", null, 10)).isNull();
        assertThatThrownBy(() -> SupervisionRules.returnReason("RETURN", "", 10))
                .hasMessageContaining("退回理由：至少填写10个字");
        assertThatThrownBy(() -> SupervisionRules.returnReason(null, null, 10))
                .hasMessageContaining("审阅意见");
    }
}
