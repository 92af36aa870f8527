package cn.gov.xinbei.pfp.calendar.notice;

/** Chinese numerals of signing dates: a year digit by digit (二〇一一) and months and days up to 三十一. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** 二〇一一 → 2011 (零 is read like 〇). */
    static int digits(String s) {
        int n = 0;
        for (char c : s.toCharArray()) {
            n = n * 10 + digit(c == '零' ? '〇' : c);
        }
        return n;
    }

    /** 五 → 5, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31. */
    static int number(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits(s);
        }
        int tens = ten == 0 ? 1 : digits(s.substring(0, ten));
        int units = ten == s.length() - 1 ? 0 : digits(s.substring(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        if (d < 0) {
            throw new IllegalArgumentException("not a Chinese digit: " + c);
        }
        return d;
    }
}
