package cn.gov.xinbei.pfp.calendar.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days and statutory periods on the Chinese official calendar (weekends, public holidays and 调休 make-up
 * days). A year whose State Council notice is published is counted as published; any other year is counted on a
 * provisional arrangement worked out from the holiday law ({@link ProvisionalHolidays}), so time never stops a case,
 * and every result that touches such a year can say it is provisional. A notice published later replaces the
 * provisional year ({@link #publish}). Thread-safe: readers see one consistent set of years.
 */
public final class WorkingDayCalendar {

    /** The days of one year as the calculations need them. */
    private record YearDays(HolidayYear year, Map<LocalDate, Holiday> restDays, Map<LocalDate, AdjustedWorkingDay> makeUpDays) {

        static YearDays of(HolidayYear year) {
            Map<LocalDate, Holiday> rest = new HashMap<>();
            for (Holiday h : year.holidays()) {
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    rest.put(d, h);
                }
            }
            Map<LocalDate, AdjustedWorkingDay> makeUp = new HashMap<>();
            for (AdjustedWorkingDay a : year.adjustedWorkingDays()) {
                makeUp.put(a.date(), a);
            }
            return new YearDays(year, Map.copyOf(rest), Map.copyOf(makeUp));
        }
    }

    private volatile Map<Integer, YearDays> published;
    private final ProvisionalHolidays provisional;
    private final Map<Integer, YearDays> provisionalYears = new ConcurrentHashMap<>();
    private volatile PeriodObserver observer = PeriodObserver.NONE;

    /** A calendar of the published years only: any other year is refused ({@link CalendarNotConfiguredException}). */
    public WorkingDayCalendar(Collection<HolidayYear> holidayYears) {
        this(holidayYears, null);
    }

    /** Published years, and the holiday law for every other year. */
    public WorkingDayCalendar(Collection<HolidayYear> holidayYears, ProvisionalHolidays provisional) {
        Map<Integer, YearDays> byYear = new TreeMap<>();
        for (HolidayYear y : holidayYears) {
            if (byYear.putIfAbsent(y.year(), YearDays.of(y)) != null) {
                throw new IllegalArgumentException("the holidays of " + y.year() + " are given twice");
            }
        }
        this.published = Collections.unmodifiableMap(byYear);
        this.provisional = provisional;
    }

    /** Who is told of each period counted (see {@link PeriodObserver}). */
    public void observePeriods(PeriodObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** The years whose State Council notice is published (configured files or published later). */
    public SortedSet<Integer> configuredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(published.keySet()));
    }

    public boolean isPublished(int year) {
        return published.containsKey(year);
    }

    /** The published arrangement of {@code year}, if its notice is out. */
    public Optional<HolidayYear> publishedYear(int year) {
        return Optional.ofNullable(published.get(year)).map(YearDays::year);
    }

    /** The arrangement used for {@code year}: the published one, or the provisional one worked out from the law. */
    public HolidayYear arrangementOf(int year) {
        return days(year).year();
    }

    /**
     * Puts a year's published notice in force, replacing a provisional arrangement or an earlier publication of the
     * same year (the State Council has changed a year's arrangement in mid-year: 2015, 2019, 2020).
     *
     * @return the arrangement used for that year until now
     */
    public synchronized HolidayYear publish(HolidayYear year) {
        Objects.requireNonNull(year, "year");
        HolidayYear before = arrangementOf(year.year());
        Map<Integer, YearDays> next = new TreeMap<>(published);
        next.put(year.year(), YearDays.of(year));
        published = Collections.unmodifiableMap(next);
        return before;
    }

    /**
     * Takes back a publication (its transaction failed): the year returns to {@code before}, or to the provisional
     * arrangement when it had no notice.
     */
    public synchronized void restore(int year, HolidayYear before, boolean wasPublished) {
        Map<Integer, YearDays> next = new TreeMap<>(published);
        if (wasPublished && before != null) {
            next.put(year, YearDays.of(before));
        } else {
            next.remove(year);
        }
        published = Collections.unmodifiableMap(next);
    }

    /** Whether a period counted over (startExclusive, endInclusive] uses a year whose notice is not published. */
    public boolean isProvisional(LocalDate startExclusive, LocalDate endInclusive) {
        return !unpublishedYears(startExclusive, endInclusive).isEmpty();
    }

    /**
     * Why a due date counted over (from, due] is provisional (暂定), in words for the clerk, or null when it is final.
     * Without a start the due date's own year decides.
     */
    public String provisionalNote(LocalDate from, LocalDate due) {
        if (due == null) {
            return null;
        }
        SortedSet<Integer> years = unpublishedYears(from == null || !from.isBefore(due) ? due.minusDays(1) : from, due);
        if (years.isEmpty()) {
            return null;
        }
        return "暂定：" + String.join("、", years.stream().map(y -> y + "年").toList())
                + "节假日安排尚未公布，期限按法定节假日推算，公布后自动重算";
    }

    /** The years of (startExclusive, endInclusive] whose notice is not published, in order. */
    public SortedSet<Integer> unpublishedYears(LocalDate startExclusive, LocalDate endInclusive) {
        SortedSet<Integer> years = new TreeSet<>();
        LocalDate first = startExclusive.plusDays(1);
        int from = first.isAfter(endInclusive) ? endInclusive.getYear() : first.getYear();
        for (int y = from; y <= endInclusive.getYear(); y++) {
            if (!published.containsKey(y)) {
                years.add(y);
            }
        }
        return years;
    }

    /**
     * A 调休 Saturday or Sunday is a working day; a weekday inside a holiday block is not
     * (State Council notice of the year; 《全国年节及纪念日放假办法》 art. 6).
     */
    public boolean isWorkingDay(LocalDate date) {
        YearDays year = days(date.getYear());
        if (year.makeUpDays().containsKey(date)) {
            return true;
        }
        return !year.restDays().containsKey(date) && !HolidayYear.isWeekend(date);
    }

    /** The holiday block the date lies in, if any (weekends outside a block are not holidays). */
    public Optional<Holiday> holidayOn(LocalDate date) {
        return Optional.ofNullable(days(date.getYear()).restDays().get(date));
    }

    public boolean isAdjustedWorkingDay(LocalDate date) {
        return days(date.getYear()).makeUpDays().containsKey(date);
    }

    /**
     * The day on which a period of {@code days} working days ends. The start day is not counted and only
     * working days count (《行政许可法》 art. 82; 《行政复议法》 art. 40 for the 5- and 7-day periods;
     * 《行政强制法》 art. 69 for periods of ten days or less). Zero days ends on the start day.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(days);
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return observed(new Period(start, days, DeadlineUnit.WORKING_DAYS), day);
    }

    /**
     * The day on which a period of {@code days} calendar days ends: the start day is not counted and a last
     * day that is a rest day moves to the next working day (《民事诉讼法》 2007 art. 75, applied by
     * 《行政复议法》 art. 40). Zero days ends on the start day.
     */
    public LocalDate addCalendarDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(days);
        return observed(new Period(start, days, DeadlineUnit.CALENDAR_DAYS),
                days == 0 ? start : nextWorkingDayFrom(start.plusDays(days)));
    }

    /**
     * The day on which a period of {@code months} months ends (for example the 3-month window of
     * 《行政诉讼法》 1989 art. 39): the same day-of-month, or the month's last day when that day does not exist,
     * then moved off a rest day like {@link #addCalendarDays} (《民事诉讼法》 2007 art. 75).
     */
    public LocalDate addMonths(LocalDate start, int months) {
        Objects.requireNonNull(start, "start");
        if (months < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + months + " months");
        }
        return observed(new Period(start, months, DeadlineUnit.MONTHS),
                months == 0 ? start : nextWorkingDayFrom(start.plusMonths(months)));
    }

    /**
     * Working days in the interval (startExclusive, endInclusive]: for example how long a case was paused.
     * The same counting as {@link #addWorkingDays}, so {@code workingDaysBetween(s, addWorkingDays(s, n)) == n}.
     */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(startExclusive)) {
            throw new IllegalArgumentException("the end " + endInclusive + " lies before the start " + startExclusive);
        }
        int count = 0;
        for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate observed(Period period, LocalDate due) {
        observer.counted(period, due);
        return due;
    }

    private LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private YearDays days(int year) {
        YearDays found = published.get(year);
        if (found != null) {
            return found;
        }
        if (provisional == null) {
            throw new CalendarNotConfiguredException(year);
        }
        return provisionalYears.computeIfAbsent(year, y -> YearDays.of(provisional.of(y)));
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + days + " days");
        }
    }
}
