package cn.gov.xinbei.pfp.calendar.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a deadline was counted from: a start day, an amount and a unit. Kept next to a due date so the date can be
 * counted again when a year's holiday arrangement changes (a notice published or corrected).
 */
public record Period(LocalDate start, int amount, DeadlineUnit unit) {

    private static final String SEPARATOR = "+";

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + amount);
        }
    }

    /** The last day of this period on {@code calendar}. */
    public LocalDate endOn(WorkingDayCalendar calendar) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, amount);
            case CALENDAR_DAYS -> calendar.addCalendarDays(start, amount);
            case MONTHS -> calendar.addMonths(start, amount);
        };
    }

    /**
     * This period as a continuation of {@code previous}, which ended on {@code previousDue}: a lawful extension
     * counted from the old due date (e.g. +10 working days, 《行政许可法》 art. 42) becomes one period from the first
     * start, so counting it again on a changed arrangement keeps both parts right. Otherwise this period unchanged.
     */
    public Period continuing(Period previous, LocalDate previousDue) {
        // Only working days add up: calendar days and months end with a roll-over off rest days, which does not.
        if (previous != null && start.equals(previousDue) && unit == DeadlineUnit.WORKING_DAYS
                && previous.unit() == DeadlineUnit.WORKING_DAYS) {
            return new Period(previous.start(), previous.amount() + amount, unit);
        }
        return this;
    }

    /** A compact form for a database column, e.g. {@code 2026-12-20+20+WORKING_DAYS}. */
    public String text() {
        return start + SEPARATOR + amount + SEPARATOR + unit.name();
    }

    /** Reads {@link #text()}; empty for null or anything else. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split("\\+");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Period(LocalDate.parse(parts[0]), Integer.parseInt(parts[1]), DeadlineUnit.valueOf(parts[2])));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** In Chinese for the case timeline, e.g. "自2026-12-20起20个工作日". */
    public String describe() {
        return "自" + start + "起" + amount + switch (unit) {
            case WORKING_DAYS -> "个工作日";
            case CALENDAR_DAYS -> "日";
            case MONTHS -> "个月";
        };
    }
}
