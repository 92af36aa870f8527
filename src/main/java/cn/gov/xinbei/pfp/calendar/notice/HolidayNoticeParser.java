package cn.gov.xinbei.pfp.calendar.notice;

import cn.gov.xinbei.pfp.calendar.domain.AdjustedWorkingDay;
import cn.gov.xinbei.pfp.calendar.domain.Holiday;
import cn.gov.xinbei.pfp.calendar.domain.HolidayYear;
import cn.gov.xinbei.pfp.calendar.notice.NoticeDates.Dated;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of the State Council's yearly notice 《国务院办公厅关于YYYY年部分节假日安排的通知》, as an
 * administrator pastes it, into a {@link HolidayYear}. The notice is the legal source of the year's rest days and
 * make-up working days: it applies 《全国年节及纪念日放假办法》 art. 6 and 7 (weekend holidays made up on working
 * days; the arrangement of 放假调休) to one year.
 *
 * <p>Only the numbered items count ("一、元旦：…"); the preamble, the closing paragraph and the signature are read
 * for the title, document number and date only. Any doubt refuses the whole text with the line and a Chinese
 * reason ({@link HolidayNoticeParseException}): a wrong calendar silently moves every legal deadline, so nothing
 * partial is ever returned. Stateless and thread-safe.
 */
public class HolidayNoticeParser {

    private static final Pattern TITLE = Pattern.compile("关于(\\d{4})年部分节假日安排的通知");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("国办发明电[〔\\[(【](\\d{4})[〕\\])】](\\d+)号");
    private static final Pattern SIGNED = Pattern.compile(
            "国务院办公厅(?:(\\d{4})年(\\d{1,2})月(\\d{1,2})日|([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日)");

    public ParsedNotice parse(String noticeText) {
        if (noticeText == null || noticeText.isBlank()) {
            throw new HolidayNoticeParseException(1, "文本为空");
        }
        NoticeText text = NoticeText.of(noticeText);
        NoticeText.Span whole = text.whole();
        Matcher title = TITLE.matcher(whole.text());
        if (!title.find()) {
            throw new HolidayNoticeParseException(1,
                    "找不到通知标题“国务院办公厅关于YYYY年部分节假日安排的通知”，无法确定年份");
        }
        int year = Integer.parseInt(title.group(1));
        int titleLine = whole.lineAt(title.start());
        while (title.find()) {
            if (Integer.parseInt(title.group(1)) != year) {
                throw new HolidayNoticeParseException(whole.lineAt(title.start()),
                        "文本中有" + year + "年和" + title.group(1) + "年两份通知，请只粘贴一份");
            }
        }
        List<NoticeItem> items = new ArrayList<>();
        for (NoticeText.Item item : text.items()) {
            items.add(NoticeItem.read(item, year));
        }
        if (items.isEmpty()) {
            throw new HolidayNoticeParseException(titleLine,
                    "通知中没有节假日安排（应有“一、元旦：1月1日……放假”这样的条目）");
        }
        String source = source(whole.text(), year);
        return assemble(year, items, source);
    }

    private static ParsedNotice assemble(int year, List<NoticeItem> items, String source) {
        for (int i = 0; i < items.size(); i++) {
            NoticeItem item = items.get(i);
            checkInYear(item, year);
            for (NoticeItem earlier : items.subList(0, i)) {
                if (item.overlaps(earlier)) {
                    throw new HolidayNoticeParseException(item.rangeLine(), "“" + item.name() + "”的放假日期"
                            + range(item) + "与“" + earlier.name() + "”的" + range(earlier) + "重叠");
                }
            }
        }
        List<Holiday> holidays = new ArrayList<>();
        List<AdjustedWorkingDay> adjusted = new ArrayList<>();
        List<AdjustedWorkingDay> previousYear = new ArrayList<>();
        for (NoticeItem item : items) {
            for (Dated day : item.makeUpDays()) {
                checkMakeUpDay(day, item, items, year);
                AdjustedWorkingDay working = new AdjustedWorkingDay(day.date(), item.name());
                (day.date().getYear() == year ? adjusted : previousYear).add(working);
            }
            LocalDate from = item.from().getYear() < year ? LocalDate.of(year, 1, 1) : item.from();
            holidays.add(new Holiday(item.name(), from, item.to()));
            // Built item by item so that a rule only HolidayYear knows is reported at the item that breaks it.
            buildYear(year, holidays, adjusted, source, item.line());
        }
        return new ParsedNotice(buildYear(year, holidays, adjusted, source, items.get(0).line()), previousYear);
    }

    /**
     * A block must lie in the notice's year. The one exception is a New Year block that begins on the weekend
     * before 1 January (2023: "2022年12月31日至2023年1月2日"): those days are rest days anyway, so the block is cut
     * at 1 January without losing anything. A weekday of the previous year (2019: "2018年12月30日至2019年1月1日",
     * a Monday on 31 December) belongs in the previous year's calendar and cannot be taken over from here.
     */
    private static void checkInYear(NoticeItem item, int year) {
        if (item.to().getYear() != year || item.from().getYear() > year) {
            LocalDate outside = item.from().getYear() != year ? item.from() : item.to();
            throw new HolidayNoticeParseException(item.rangeLine(), "“" + item.name() + "”的放假日期"
                    + NoticeDates.display(outside) + "不在" + year + "年内");
        }
        for (LocalDate d = item.from(); d.getYear() < year; d = d.plusDays(1)) {
            if (!NoticeDates.isWeekend(d)) {
                throw new HolidayNoticeParseException(item.rangeLine(), "“" + item.name() + "”的放假日期"
                        + NoticeDates.display(d) + "在" + (year - 1) + "年且是工作日，应记入" + (year - 1)
                        + "年的节假日安排，无法从本通知导入");
            }
        }
    }

    /**
     * Make-up days move weekend rest into a holiday block, so each must be a Saturday or Sunday outside every
     * block, in the notice's year or in late December (下旬) of the previous year, where the notices date the
     * make-up day of New Year (2012: "2011年12月31日（星期六）上班").
     */
    private static void checkMakeUpDay(Dated day, NoticeItem item, List<NoticeItem> items, int year) {
        LocalDate date = day.date();
        boolean lateDecemberBefore = date.getYear() == year - 1 && date.getMonthValue() == 12
                && date.getDayOfMonth() >= 21;
        if (date.getYear() != year && !lateDecemberBefore) {
            throw new HolidayNoticeParseException(day.line(), "上班日期" + NoticeDates.display(date) + "不在" + year
                    + "年内（只接受" + (year - 1) + "年12月下旬的元旦调休上班日）");
        }
        if (!NoticeDates.isWeekend(date)) {
            throw new HolidayNoticeParseException(day.line(), "“" + item.name() + "”的上班日期"
                    + NoticeDates.display(date) + "是星期" + NoticeDates.weekdayName(date) + "，调休上班日只能是周六或周日");
        }
        for (NoticeItem other : items) {
            if (other.contains(date)) {
                throw new HolidayNoticeParseException(day.line(), "上班日期" + NoticeDates.display(date) + "在“"
                        + other.name() + "”的放假日期" + range(other) + "之内");
            }
        }
    }

    private static HolidayYear buildYear(int year, List<Holiday> holidays, List<AdjustedWorkingDay> adjusted,
                                         String source, int line) {
        try {
            return new HolidayYear(year, holidays, adjusted, source);
        } catch (IllegalArgumentException e) {
            throw new HolidayNoticeParseException(line, "与节假日年度规则不符（" + e.getMessage() + "）", e);
        }
    }

    /** The title, with the document number and signing date when the pasted text has them. */
    static String source(String text, int year) {
        List<String> details = new ArrayList<>();
        Matcher number = DOCUMENT_NUMBER.matcher(text);
        if (number.find()) {
            details.add("国办发明电〔" + number.group(1) + "〕" + number.group(2) + "号");
        }
        LocalDate signed = signingDate(text);
        if (signed != null) {
            details.add(signed.toString());
        }
        String title = "国务院办公厅关于" + year + "年部分节假日安排的通知";
        return details.isEmpty() ? title : title + "（" + String.join("，", details) + "）";
    }

    /** The date under "国务院办公厅" at the end; the 2012 notice writes it in Chinese numerals (二〇一一年十二月五日). */
    private static LocalDate signingDate(String text) {
        Matcher m = SIGNED.matcher(text);
        LocalDate last = null;
        while (m.find()) {
            try {
                last = m.group(1) != null
                        ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                        : LocalDate.of(ChineseNumerals.digits(m.group(4)), ChineseNumerals.number(m.group(5)),
                                ChineseNumerals.number(m.group(6)));
            } catch (RuntimeException e) {
                // The signature is only recorded in the source; an unreadable one is left out, not guessed.
                last = null;
            }
        }
        return last;
    }

    private static String range(NoticeItem item) {
        return NoticeDates.display(item.from()) + "至" + NoticeDates.display(item.to());
    }
}
