package cn.gov.xinbei.pfp.calendar.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The texts of the holiday law by the date they took effect; a year is governed by the text in force on its 1 January. */
public final class HolidayLaws {

    private final List<HolidayLaw> byDate;

    public HolidayLaws(List<HolidayLaw> laws) {
        if (laws == null || laws.isEmpty()) {
            throw new IllegalArgumentException("at least one text of the holiday law is needed");
        }
        this.byDate = laws.stream().sorted(Comparator.comparing(HolidayLaw::effectiveFrom)).toList();
        for (int i = 1; i < byDate.size(); i++) {
            if (byDate.get(i).effectiveFrom().equals(byDate.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two texts of the holiday law take effect on " + byDate.get(i).effectiveFrom());
            }
        }
    }

    /** The text in force on 1 January of {@code year}, or empty before the earliest text known here. */
    public Optional<HolidayLaw> inForceIn(int year) {
        LocalDate newYear = LocalDate.of(year, 1, 1);
        HolidayLaw found = null;
        for (HolidayLaw law : byDate) {
            if (!law.effectiveFrom().isAfter(newYear)) {
                found = law;
            }
        }
        return Optional.ofNullable(found);
    }

    public List<HolidayLaw> all() {
        return byDate;
    }
}
