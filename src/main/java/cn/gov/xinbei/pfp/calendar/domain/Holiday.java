package cn.gov.xinbei.pfp.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One block of rest days set by the State Council's yearly notice (for example 春节 2012-01-22 to 2012-01-28).
 * Every day from {@code from} to {@code to}, both included, is a rest day, whatever the weekday.
 */
public record Holiday(String name, LocalDate from, LocalDate to) {

    public Holiday {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a holiday needs a name");
        }
        Objects.requireNonNull(from, "holiday " + name + ": from");
        Objects.requireNonNull(to, "holiday " + name + ": to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("holiday " + name + " ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
