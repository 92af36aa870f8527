package cn.gov.xinbei.pfp.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A Saturday or Sunday on which offices work to make up for a holiday (调休上班). Under the State Council's
 * notice it is a working day like any other, so it counts in working-day periods.
 */
public record AdjustedWorkingDay(LocalDate date, String holidayName) {

    public AdjustedWorkingDay {
        Objects.requireNonNull(date, "adjusted working day: date");
        if (holidayName == null || holidayName.isBlank()) {
            throw new IllegalArgumentException("adjusted working day " + date + " needs the holiday it makes up for");
        }
    }
}
