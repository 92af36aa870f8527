package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The late fee on one part of the principal, which stayed unpaid from {@code overdueFrom} to {@code overdueTo}
 * (both included; empty when paid in time). {@code paidOn} is null for the part still unpaid at the calculation date.
 * {@code completedMonths} and {@code extraDays} describe the delay, {@code partMonthLength} is the number of days of
 * the month of delay the extra days fall in; {@code chargedMonths} is what the part-month rule
 * makes of it (a fraction under {@link PartMonthRule#PRO_RATA_DAYS}, rounded to 6 decimals for display only — the fee is
 * computed from the exact fraction).
 */
public record LateFeeItem(BigDecimal amount, LocalDate paidOn, LocalDate overdueFrom, LocalDate overdueTo,
                          int completedMonths, int extraDays, int partMonthLength, BigDecimal chargedMonths, BigDecimal fee) {
}
