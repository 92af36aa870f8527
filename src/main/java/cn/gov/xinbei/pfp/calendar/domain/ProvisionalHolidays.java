package cn.gov.xinbei.pfp.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rest days of a year whose State Council notice is not out yet, worked out from the holiday law in force:
 * weekends, the statutory days of art. 2, and for each statutory day that falls on a Saturday or Sunday one
 * make-up rest day (补假, art. 6: "适逢周六、周日，应当在工作日补假"), taken on the next weekday after the holiday.
 * Which day the notice will use for 补假 and any 调休 cannot be known; deadlines counted on such a year are marked
 * provisional (暂定) and recomputed when the notice is published.
 */
public final class ProvisionalHolidays {

    private final HolidayLaws laws;
    private final ChineseDates chineseDates;

    public ProvisionalHolidays(HolidayLaws laws, ChineseDates chineseDates) {
        this.laws = laws;
        this.chineseDates = chineseDates;
    }

    /** The provisional arrangement of {@code year}; no 调休 working days, since only the notice sets them. */
    public HolidayYear of(int year) {
        HolidayLaw law = laws.inForceIn(year).orElseThrow(() -> new CalendarNotConfiguredException(year));
        Map<LocalDate, String> owner = new TreeMap<>();
        List<StatutoryHoliday> ordered = new ArrayList<>(law.holidays());
        ordered.sort(Comparator.comparing(h -> firstDay(h, year)));
        for (StatutoryHoliday holiday : ordered) {
            statutoryDays(holiday, year).forEach(d -> owner.putIfAbsent(d, holiday.name()));
        }
        for (StatutoryHoliday holiday : ordered) {
            Set<LocalDate> days = statutoryDays(holiday, year);
            if (days.isEmpty()) {
                continue;
            }
            long onWeekends = days.stream().filter(ProvisionalHolidays::isWeekend).count();
            LocalDate candidate = days.stream().max(Comparator.naturalOrder()).orElseThrow();
            for (int made = 0; made < onWeekends; ) {
                candidate = candidate.plusDays(1);
                if (candidate.getYear() != year) {
                    break;
                }
                if (!isWeekend(candidate) && !owner.containsKey(candidate)) {
                    owner.put(candidate, holiday.name());
                    made++;
                }
            }
        }
        return new HolidayYear(year, blocks(owner), List.of(), source(law, year));
    }

    /** Runs of rest days joined across weekends, each named after the holidays it holds (e.g. 国庆节、中秋节). */
    private static List<Holiday> blocks(Map<LocalDate, String> owner) {
        List<Holiday> blocks = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        Set<String> names = new LinkedHashSet<>();
        for (var entry : owner.entrySet()) {
            LocalDate day = entry.getKey();
            if (to != null && !onlyWeekendsBetween(to, day)) {
                blocks.add(new Holiday(String.join("、", names), from, to));
                names.clear();
                from = null;
            }
            if (from == null) {
                from = day;
            }
            to = day;
            names.add(entry.getValue());
        }
        if (from != null) {
            blocks.add(new Holiday(String.join("、", names), from, to));
        }
        return blocks;
    }

    private static boolean onlyWeekendsBetween(LocalDate before, LocalDate after) {
        for (LocalDate d = before.plusDays(1); d.isBefore(after); d = d.plusDays(1)) {
            if (!isWeekend(d)) {
                return false;
            }
        }
        return true;
    }

    private Set<LocalDate> statutoryDays(StatutoryHoliday holiday, int year) {
        Set<LocalDate> days = new TreeSet<>();
        for (StatutoryDay day : holiday.days()) {
            LocalDate date = day.in(year, chineseDates);
            if (date.getYear() == year) {
                days.add(date);
            }
        }
        return days;
    }

    private LocalDate firstDay(StatutoryHoliday holiday, int year) {
        return statutoryDays(holiday, year).stream().min(Comparator.naturalOrder())
                .orElse(LocalDate.of(year, 12, 31));
    }

    private static String source(HolidayLaw law, int year) {
        return "暂定：国务院办公厅关于" + year + "年部分节假日安排的通知尚未公布，按" + law.title()
                + "推算法定节假日及周末补假，调休未知";
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
