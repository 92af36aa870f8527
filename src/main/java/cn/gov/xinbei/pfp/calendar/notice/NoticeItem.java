package cn.gov.xinbei.pfp.calendar.notice;

import cn.gov.xinbei.pfp.calendar.notice.NoticeDates.Dated;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numbered item of a notice, read: the block of rest days of a holiday and its make-up working days.
 * {@code from}/{@code to} are the whole block as the notice states it, before it is fitted into the year.
 *
 * <p>An item is read clause by clause (clauses end at 。，；): a clause with 上班 lists make-up days, one with
 * 补休 lists extra rest days (2015: "6月20日放假，6月22日（星期一）补休"), one with 放假 gives the block ("X至Y" or
 * one day), "共N天"/"放假N天" the count the block must have, and "与周末连休" joins the block to the weekend
 * next to it (2016: "1月1日放假，与周末连休"). Clauses without these words ("不调休", the 2024 notice's advice to
 * let staff rest on 除夕) carry no dates to take over.
 */
record NoticeItem(int line, String name, LocalDate from, LocalDate to, int rangeLine, List<Dated> makeUpDays) {

    private static final Pattern CLAUSE_END = Pattern.compile("[。,;]");
    private static final Pattern COUNT = Pattern.compile("(?:共|放假)(\\d+)天");

    static NoticeItem read(NoticeText.Item item, int year) {
        String name = HolidayNames.check(item.name(), item.line());
        Dated from = null;
        Dated to = null;
        Integer stated = null;
        int statedLine = item.line();
        boolean withWeekend = false;
        List<Dated> extraRest = new ArrayList<>();
        List<Dated> makeUps = new ArrayList<>();
        for (NoticeText.Span clause : item.body().split(CLAUSE_END)) {
            String text = clause.text();
            int line = clause.lineAt(0);
            Matcher count = COUNT.matcher(text);
            if (count.find()) {
                stated = Integer.valueOf(count.group(1));
                statedLine = clause.lineAt(count.start());
            }
            withWeekend |= text.contains("连休");
            boolean work = text.contains("上班");
            boolean rest = text.contains("放假");
            boolean compensate = text.contains("补休");
            if (work && (rest || compensate)) {
                throw new HolidayNoticeParseException(line, "无法识别：“" + text + "”同时写了放假和上班");
            }
            List<Dated> dates = NoticeDates.find(clause, year);
            if (work) {
                makeUps.addAll(dates);
            } else if (compensate) {
                extraRest.addAll(dates);
            } else if (rest && !dates.isEmpty()) {
                if (from != null) {
                    throw new HolidayNoticeParseException(line, "“" + name + "”一项有两段放假日期，无法识别");
                }
                from = dates.get(0);
                to = dates.get(dates.size() - 1);
                if (dates.size() > 2 || (dates.size() == 2 && !to.endsRange())) {
                    throw new HolidayNoticeParseException(line, "无法识别的放假日期：“" + text + "”");
                }
            }
        }
        if (from == null) {
            throw new HolidayNoticeParseException(item.line(), "“" + name + "”一项没有放假日期");
        }
        if (to.date().isBefore(from.date())) {
            throw new HolidayNoticeParseException(to.line(), "放假结束日期" + NoticeDates.display(to.date())
                    + "早于开始日期" + NoticeDates.display(from.date()));
        }
        long days = ChronoUnit.DAYS.between(from.date(), to.date()) + 1;
        if (stated != null && stated != days) {
            throw new HolidayNoticeParseException(statedLine, "“" + name + "”写明共" + stated + "天，但"
                    + NoticeDates.display(from.date()) + "至" + NoticeDates.display(to.date()) + "是" + days + "天");
        }
        LocalDate first = from.date();
        LocalDate last = to.date();
        for (Dated d : extraRest) {
            first = d.date().isBefore(first) ? d.date() : first;
            last = d.date().isAfter(last) ? d.date() : last;
        }
        checkNoWorkingDayBetween(first, last, from.date(), to.date(), extraRest);
        if (withWeekend) {
            // 与周末连休: the block takes in the Saturday and Sunday it touches.
            while (NoticeDates.isWeekend(first.minusDays(1))) {
                first = first.minusDays(1);
            }
            while (NoticeDates.isWeekend(last.plusDays(1))) {
                last = last.plusDays(1);
            }
        }
        return new NoticeItem(item.line(), name, first, last, from.line(), List.copyOf(makeUps));
    }

    /** A 补休 day must join the block, weekends aside (a holiday is one block of rest days). */
    private static void checkNoWorkingDayBetween(LocalDate first, LocalDate last, LocalDate from, LocalDate to,
                                                 List<Dated> extraRest) {
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            boolean isRest = !d.isBefore(from) && !d.isAfter(to)
                    || extraRest.stream().anyMatch(r -> r.date().equals(day));
            if (!isRest && !NoticeDates.isWeekend(d)) {
                throw new HolidayNoticeParseException(extraRest.get(0).line(), "补休日与放假日期不相连："
                        + NoticeDates.display(d) + "是工作日");
            }
        }
    }

    boolean overlaps(NoticeItem other) {
        return !to.isBefore(other.from) && !other.to.isBefore(from);
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
