package cn.gov.xinbei.pfp.calendar.domain;

import java.util.List;

/** A holiday of the holiday law and the days it gives everyone off (e.g. 春节: 除夕, 正月初一 to 初三 since 2025). */
public record StatutoryHoliday(String name, List<StatutoryDay> days) {

    public StatutoryHoliday {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a statutory holiday needs a name");
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("statutory holiday " + name + " needs at least one day");
        }
        days = List.copyOf(days);
    }
}
