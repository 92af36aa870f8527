package cn.gov.xinbei.pfp.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rest days and make-up working days of one calendar year, as published by the State Council, with the
 * document they come from. A year owns only its own dates: a make-up day that falls in the previous year
 * (2011-12-31 for New Year 2012) belongs to that year's file.
 */
public record HolidayYear(int year, List<Holiday> holidays, List<AdjustedWorkingDay> adjustedWorkingDays,
                          String source) {

    public HolidayYear {
        if (holidays == null || adjustedWorkingDays == null) {
            throw new IllegalArgumentException(year + ": holidays and adjusted working days must be given (may be empty)");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(year + ": the source (State Council notice) must be recorded");
        }
        holidays = List.copyOf(holidays);
        adjustedWorkingDays = List.copyOf(adjustedWorkingDays);
        checkHolidays(year, holidays);
        checkAdjustedWorkingDays(year, holidays, adjustedWorkingDays);
    }

    private static void checkHolidays(int year, List<Holiday> holidays) {
        for (int i = 0; i < holidays.size(); i++) {
            Holiday h = holidays.get(i);
            if (h.from().getYear() != year || h.to().getYear() != year) {
                throw new IllegalArgumentException("holiday " + h.name() + " (" + h.from() + " to " + h.to()
                        + ") lies outside " + year + "; split a block that crosses the year end between the two years");
            }
            for (int j = i + 1; j < holidays.size(); j++) {
                Holiday other = holidays.get(j);
                if (!h.to().isBefore(other.from()) && !other.to().isBefore(h.from())) {
                    throw new IllegalArgumentException("holidays " + h.name() + " and " + other.name() + " overlap");
                }
            }
        }
    }

    private static void checkAdjustedWorkingDays(int year, List<Holiday> holidays, List<AdjustedWorkingDay> days) {
        Set<LocalDate> seen = new HashSet<>();
        for (AdjustedWorkingDay d : days) {
            if (d.date().getYear() != year) {
                throw new IllegalArgumentException("adjusted working day " + d.date() + " lies outside " + year);
            }
            if (!isWeekend(d.date())) {
                // Make-up days move weekend rest to a holiday block; a weekday is already a working day.
                throw new IllegalArgumentException("adjusted working day " + d.date() + " is not a Saturday or Sunday");
            }
            if (holidays.stream().anyMatch(h -> h.contains(d.date()))) {
                throw new IllegalArgumentException("adjusted working day " + d.date() + " lies inside a holiday");
            }
            if (!seen.add(d.date())) {
                throw new IllegalArgumentException("adjusted working day " + d.date() + " is listed twice");
            }
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
