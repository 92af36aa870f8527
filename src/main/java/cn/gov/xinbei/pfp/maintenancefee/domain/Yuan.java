package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How amounts and multiples are written in the lines read to the person. */
final class Yuan {

    private Yuan() {
    }

    /** An amount to the 分: "119,316.00". */
    static String of(BigDecimal amount) {
        return format("#,##0.00", amount);
    }

    /** A published figure or declared income as given: "29,829", "29,829.5". */
    static String plain(BigDecimal amount) {
        return format("#,##0.##", amount);
    }

    /** A multiple without trailing zeros: "4", "0.5", "1.25". */
    static String multiple(BigDecimal multiple) {
        return multiple.stripTrailingZeros().toPlainString();
    }

    private static String format(String pattern, BigDecimal amount) {
        // A new instance per call: DecimalFormat is not thread-safe. Locale.ROOT gives "," and "." on every server.
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
