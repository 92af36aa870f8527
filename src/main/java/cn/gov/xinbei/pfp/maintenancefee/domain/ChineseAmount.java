package cn.gov.xinbei.pfp.maintenancefee.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts as a money document writes them: "119,316.00" and in capital numerals (大写) "壹拾壹万玖仟叁佰壹拾陆元整",
 * the form that cannot be altered by adding a stroke.
 */
public final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] SMALL_UNITS = {"", "拾", "佰", "仟"};
    private static final String[] GROUP_UNITS = {"", "万", "亿", "万亿"};
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000000");

    private ChineseAmount() {
    }

    /** "119,316.00". */
    public static String figures(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** "壹拾壹万玖仟叁佰壹拾陆元整"; "肆佰柒拾柒元贰角陆分"; zero is "零元整". */
    public static String capital(BigDecimal amount) {
        if (amount.signum() < 0 || amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("amount out of range: " + amount);
        }
        BigDecimal fen = amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2);
        long total = fen.longValueExact();
        long yuan = total / 100;
        int jiao = (int) (total / 10 % 10);
        int cents = (int) (total % 10);
        StringBuilder out = new StringBuilder();
        if (yuan > 0) {
            out.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return (yuan == 0 ? "零元" : out.toString()) + "整";
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            out.append('零');
        }
        if (cents > 0) {
            out.append(DIGITS.charAt(cents)).append('分');
        }
        return out.toString();
    }

    private static String integer(long value) {
        int[] groups = new int[GROUP_UNITS.length];
        for (int g = 0; value > 0; g++) {
            groups[g] = (int) (value % 10000);
            value /= 10000;
        }
        StringBuilder out = new StringBuilder();
        boolean skippedGroup = false;
        for (int g = groups.length - 1; g >= 0; g--) {
            int part = groups[g];
            if (part == 0) {
                skippedGroup = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && (skippedGroup || part < 1000)) {
                out.append('零');
            }
            out.append(fourDigits(part)).append(GROUP_UNITS[g]);
            skippedGroup = false;
        }
        return out.toString();
    }

    /** 1..9999 with inner zeros: 1005 → 壹仟零伍, 10 → 壹拾. */
    private static String fourDigits(int part) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = 3; i >= 0; i--) {
            int d = part / (int) Math.pow(10, i) % 10;
            if (d == 0) {
                zero = out.length() > 0;
            } else {
                if (zero) {
                    out.append('零');
                    zero = false;
                }
                out.append(DIGITS.charAt(d)).append(SMALL_UNITS[i]);
            }
        }
        return out.toString();
    }
}
