package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fee of one parent, with every input and every step as lines a clerk can read out. {@code actualIncome},
 * {@code topUpMultiple} and {@code topUpReason} are null when there is no top-up; {@code topUpFee} is then zero.
 */
public record ParentAssessment(Parent parent, String name, HukouCategory category, IncomeBase base,
                               BigDecimal multiple, String multipleReason, BigDecimal baseFee,
                               BigDecimal actualIncome, BigDecimal topUpMultiple, String topUpReason,
                               BigDecimal topUpFee, BigDecimal total, List<String> lines) {

    public ParentAssessment {
        lines = List.copyOf(lines);
    }
}
