package cn.gov.xinbei.pfp.targets.domain;

import cn.gov.xinbei.pfp.shared.validation.Violations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The period an assessment covers: both days included, inside one assessment year. */
public record ReportPeriod(int year, LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from.isAfter(to) || from.getYear() != year || to.getYear() != year) {
            throw new IllegalArgumentException("a period lies within its year, from before to");
        }
    }

    /**
     * The period asked for. Default: the year so far (1 January to today, or to 31 December for a past year; a
     * year still to come has no default end). Dates outside the year or in the wrong order are refused by field.
     */
    public static ReportPeriod parse(int year, String from, String to, LocalDate today, Violations violations) {
        LocalDate start = date(from, "from", "起始日期", violations);
        LocalDate end = date(to, "to", "截止日期", violations);
        // A date that could not be read is already a violation: it gets no default.
        return checked(year, start, isBlank(from), end, isBlank(to), today, violations);
    }

    /** The same from dates already read (typed request parameters); null means not given. */
    public static ReportPeriod of(int year, LocalDate from, LocalDate to, LocalDate today, Violations violations) {
        return checked(year, from, true, to, true, today, violations);
    }

    private static ReportPeriod checked(int year, LocalDate start, boolean defaultStart, LocalDate end,
                                        boolean defaultEnd, LocalDate today, Violations violations) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (start == null && defaultStart) {
            start = first;
        }
        if (end == null && defaultEnd) {
            end = today.isBefore(last) && !today.isBefore(first) ? today : last;
        }
        if (start != null && start.getYear() != year) {
            violations.add("from", "起始日期应在" + year + "年内");
        }
        if (end != null && end.getYear() != year) {
            violations.add("to", "截止日期应在" + year + "年内");
        }
        if (start != null && end != null && start.getYear() == year && end.getYear() == year && start.isAfter(end)) {
            violations.add("to", "截止日期不能早于起始日期");
        }
        violations.throwIfAny();
        return new ReportPeriod(year, start, end);
    }

    public boolean wholeYear() {
        return from.equals(LocalDate.of(year, 1, 1)) && to.equals(LocalDate.of(year, 12, 31));
    }

    private static LocalDate date(String raw, String field, String label, Violations violations) {
        if (isBlank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            violations.add(field, label + "格式不正确，应为“年-月-日”");
            return null;
        }
    }

    private static boolean isBlank(String raw) {
        return raw == null || raw.isBlank();
    }
}
