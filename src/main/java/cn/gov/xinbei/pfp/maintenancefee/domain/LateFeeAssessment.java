package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The late fee (滞纳金) as of {@code asOf}: {@code lateFee} is what is owed, {@code uncappedLateFee} what the monthly
 * rate gives before the cap at the principal ({@code capped} tells whether the cap bit).
 */
public record LateFeeAssessment(BigDecimal principal, LocalDate paymentDeadline, LocalDate asOf,
                                BigDecimal unpaidPrincipal, BigDecimal uncappedLateFee, BigDecimal lateFee,
                                boolean capped, PartMonthRule partMonthRule, List<LateFeeItem> items,
                                List<String> lines) {

    public LateFeeAssessment {
        items = List.copyOf(items);
        lines = List.copyOf(lines);
    }
}
