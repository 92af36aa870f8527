package cn.gov.xinbei.pfp.calendar.notice;

import cn.gov.xinbei.pfp.calendar.domain.AdjustedWorkingDay;
import cn.gov.xinbei.pfp.calendar.domain.HolidayYear;

import java.util.List;
import java.util.Objects;

/**
 * What a State Council holiday notice says. A year owns only its own dates (see {@link HolidayYear}), so make-up
 * days the notice dates in late December of the previous year (2011-12-31 in the 2012 notice) are handed back
 * apart, for the previous year's file.
 */
public record ParsedNotice(HolidayYear year, List<AdjustedWorkingDay> adjustedDaysOfPreviousYear) {

    public ParsedNotice {
        Objects.requireNonNull(year, "year");
        adjustedDaysOfPreviousYear = List.copyOf(adjustedDaysOfPreviousYear);
    }
}
