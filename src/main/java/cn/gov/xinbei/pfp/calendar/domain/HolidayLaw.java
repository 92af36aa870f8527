package cn.gov.xinbei.pfp.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One text of 《全国年节及纪念日放假办法》 (art. 2: the holidays of all citizens) and the day it took effect. The
 * State Council's yearly notice places the days and the 调休; before the notice is out, these are what is certain.
 */
public record HolidayLaw(String title, LocalDate effectiveFrom, List<StatutoryHoliday> holidays) {

    public HolidayLaw {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a holiday law needs its title");
        }
        Objects.requireNonNull(effectiveFrom, title + ": effective-from");
        if (holidays == null || holidays.isEmpty()) {
            throw new IllegalArgumentException(title + ": no holidays");
        }
        holidays = List.copyOf(holidays);
    }
}
