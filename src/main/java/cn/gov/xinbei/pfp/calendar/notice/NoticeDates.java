package cn.gov.xinbei.pfp.calendar.notice;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of one clause of a notice, as the notices write them: "1月1日", "2012年1月1日至3日",
 * "1月28日(农历除夕、周二)至2月4日(农历正月初七、周二)", "2022年12月31日至2023年1月2日".
 */
final class NoticeDates {

    /** Year and month may be left out when the date before them gives them ("1月1日至3日"). */
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:\\(([^()]*)\\))?");
    private static final Pattern WEEKDAY = Pattern.compile("(?:星期|周)([一二三四五六日天])");
    private static final String WEEKDAY_NAMES = "一二三四五六日";

    /** A date of the clause, its line, and whether it ends a range started by the date before it ("…至3日"). */
    record Dated(LocalDate date, int line, boolean endsRange) {
    }

    private NoticeDates() {
    }

    /**
     * The dates in the order written. A date without a year is in the notice's year, except the end of a range,
     * which is in the year of its start (or the next one when its month comes earlier: "12月31日至1月2日").
     * A date that does not exist, or whose weekday in brackets is not its weekday, is refused.
     */
    static List<Dated> find(NoticeText.Span clause, int noticeYear) {
        String text = clause.text();
        Matcher m = DATE.matcher(text);
        List<Dated> dates = new ArrayList<>();
        LocalDate previous = null;
        int previousEnd = -1;
        while (m.find()) {
            int line = clause.lineAt(m.start());
            boolean endsRange = previous != null && m.start() == previousEnd + 1 && text.charAt(previousEnd) == '至';
            Integer month = m.group(2) != null ? Integer.valueOf(m.group(2))
                    : previous != null ? Integer.valueOf(previous.getMonthValue()) : null;
            if (month == null) {
                throw new HolidayNoticeParseException(line, "日期“" + m.group() + "”缺少月份");
            }
            int year;
            if (m.group(1) != null) {
                year = Integer.parseInt(m.group(1));
            } else if (previous != null && (endsRange || m.group(2) == null)) {
                year = previous.getYear() + (endsRange && month < previous.getMonthValue() ? 1 : 0);
            } else {
                year = noticeYear;
            }
            int day = Integer.parseInt(m.group(3));
            LocalDate date;
            try {
                date = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new HolidayNoticeParseException(line, "日期不存在：" + year + "年" + month + "月" + day + "日", e);
            }
            checkWeekday(date, m.group(4), line);
            dates.add(new Dated(date, line, endsRange));
            previous = date;
            previousEnd = m.end();
        }
        return dates;
    }

    /** The weekday in brackets ("(星期六)", "(农历除夕、周二)") guards against a mistyped day number. */
    private static void checkWeekday(LocalDate date, String note, int line) {
        if (note == null) {
            return;
        }
        Matcher m = WEEKDAY.matcher(note);
        if (!m.find()) {
            return;
        }
        String written = m.group(1).equals("天") ? "日" : m.group(1);
        String actual = weekdayName(date);
        if (!written.equals(actual)) {
            throw new HolidayNoticeParseException(line, display(date) + "是星期" + actual + "，与括注“" + m.group()
                    + "”不符");
        }
    }

    static String weekdayName(LocalDate date) {
        return String.valueOf(WEEKDAY_NAMES.charAt(date.getDayOfWeek().getValue() - 1));
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** "2012年1月1日", as the administrator reads it. */
    static String display(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
