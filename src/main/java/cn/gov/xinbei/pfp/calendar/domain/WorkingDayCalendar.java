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

/**
 * Working days and statutory periods on the Chinese official calendar (weekends, public holidays and
 * 调休 make-up days). Only configured years are known; asking about any other year throws
 * {@link CalendarNotConfiguredException} instead of guessing. Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    private final SortedSet<Integer> years;
    private final Map<LocalDate, Holiday> restDays = new HashMap<>();
    private final Map<LocalDate, AdjustedWorkingDay> makeUpDays = new HashMap<>();

    public WorkingDayCalendar(Collection<HolidayYear> holidayYears) {
        Map<Integer, HolidayYear> byYear = new TreeMap<>();
        for (HolidayYear y : holidayYears) {
            if (byYear.putIfAbsent(y.year(), y) != null) {
                throw new IllegalArgumentException("the holidays of " + y.year() + " are given twice");
            }
            for (Holiday h : y.holidays()) {
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    restDays.put(d, h);
                }
            }
            for (AdjustedWorkingDay a : y.adjustedWorkingDays()) {
                makeUpDays.put(a.date(), a);
            }
        }
        this.years = Collections.unmodifiableSortedSet(new TreeSet<>(byYear.keySet()));
    }

    public SortedSet<Integer> configuredYears() {
        return years;
    }

    /**
     * A 调休 Saturday or Sunday is a working day; a weekday inside a holiday block is not
     * (State Council notice of the year; 《全国年节及纪念日放假办法》 art. 6).
     */
    public boolean isWorkingDay(LocalDate date) {
        requireConfigured(date);
        if (makeUpDays.containsKey(date)) {
            return true;
        }
        return !restDays.containsKey(date) && !HolidayYear.isWeekend(date);
    }

    /** The holiday block the date lies in, if any (weekends outside a block are not holidays). */
    public Optional<Holiday> holidayOn(LocalDate date) {
        requireConfigured(date);
        return Optional.ofNullable(restDays.get(date));
    }

    public boolean isAdjustedWorkingDay(LocalDate date) {
        requireConfigured(date);
        return makeUpDays.containsKey(date);
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
        return day;
    }

    /**
     * The day on which a period of {@code days} calendar days ends: the start day is not counted and a last
     * day that is a rest day moves to the next working day (《民事诉讼法》 2007 art. 75, applied by
     * 《行政复议法》 art. 40). Zero days ends on the start day.
     */
    public LocalDate addCalendarDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(days);
        return days == 0 ? start : nextWorkingDayFrom(start.plusDays(days));
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
        return months == 0 ? start : nextWorkingDayFrom(start.plusMonths(months));
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

    private LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private void requireConfigured(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new CalendarNotConfiguredException(date.getYear());
        }
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + days + " days");
        }
    }
}
