package cn.gov.xinbei.pfp.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One day the holiday law gives everyone off, written as the law writes it: a fixed date ("1月1日"), a lunar date
 * ("农历五月初五"), 农历除夕, or the solar term 清明.
 */
public record StatutoryDay(Kind kind, int month, int day) {

    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

    public enum Kind {
        /** A fixed Gregorian month and day. */
        SOLAR,
        /** A lunar month and day (正月初一 = 1/1). */
        LUNAR,
        /** 农历除夕, the last day of the lunar year (month and day unused). */
        LUNAR_NEW_YEARS_EVE,
        /** The solar term 清明 (month and day unused). */
        QINGMING
    }

    public StatutoryDay {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.SOLAR || kind == Kind.LUNAR) && (month < 1 || month > 12 || day < 1 || day > 31)) {
            throw new IllegalArgumentException("a " + kind + " day needs a month 1-12 and a day 1-31: " + month + "/" + day);
        }
    }

    /** Reads the notation of the configuration: "10-1", "农历5-5", "除夕", "清明". */
    public static StatutoryDay parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals("除夕")) {
            return new StatutoryDay(Kind.LUNAR_NEW_YEARS_EVE, 0, 0);
        }
        if (t.equals("清明")) {
            return new StatutoryDay(Kind.QINGMING, 0, 0);
        }
        Kind kind = Kind.SOLAR;
        if (t.startsWith("农历")) {
            kind = Kind.LUNAR;
            t = t.substring(2);
        }
        Matcher m = MONTH_DAY.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a statutory day (M-D, 农历M-D, 除夕, 清明): '" + text + "'");
        }
        return new StatutoryDay(kind, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate in(int year, ChineseDates chineseDates) {
        return switch (kind) {
            case SOLAR -> LocalDate.of(year, month, day);
            case LUNAR -> chineseDates.lunar(year, month, day);
            case LUNAR_NEW_YEARS_EVE -> chineseDates.lunarNewYearsEve(year);
            case QINGMING -> chineseDates.qingming(year);
        };
    }
}
