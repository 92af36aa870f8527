package cn.gov.xinbei.pfp.twonon.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The extra fine for paying a fine late: 3 % of the fine for each day after the payment deadline
 * (行政处罚法 1996 art. 51), in total never more than the fine (行政强制法 art. 45, from 2012-01-01).
 */
public final class LateSurcharge {

    private static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

    private LateSurcharge() {
    }

    public static long daysLate(LocalDate paymentDue, LocalDate paidOn) {
        return Math.max(0, ChronoUnit.DAYS.between(paymentDue, paidOn));
    }

    public static BigDecimal of(BigDecimal fine, LocalDate paymentDue, LocalDate paidOn) {
        BigDecimal surcharge = fine.multiply(DAILY_RATE).multiply(BigDecimal.valueOf(daysLate(paymentDue, paidOn)))
                .setScale(2, RoundingMode.HALF_UP);
        return surcharge.min(fine.setScale(2, RoundingMode.HALF_UP));
    }
}
