package cn.gov.xinbei.pfp.calendar.notice;

import cn.gov.xinbei.pfp.calendar.domain.AdjustedWorkingDay;
import cn.gov.xinbei.pfp.calendar.domain.Holiday;
import cn.gov.xinbei.pfp.calendar.domain.HolidayYear;

/**
 * Writes a parsed notice in the layout of the files under config/calendar/ (one YAML file per year, read by
 * HolidayCalendarLoader). Written by hand so this package stays free of frameworks.
 */
public final class HolidayYearYaml {

    private HolidayYearYaml() {
    }

    public static String write(ParsedNotice notice) {
        HolidayYear y = notice.year();
        StringBuilder out = new StringBuilder();
        out.append("# Rest days (放假) and make-up working days (调休上班) of ").append(y.year()).append(".\n");
        out.append("# Read from the State Council notice by tools/parse-holiday-notice.sh; check it against the published text.\n");
        for (AdjustedWorkingDay d : notice.adjustedDaysOfPreviousYear()) {
            out.append("# The make-up day ").append(d.date()).append(" (").append(d.holidayName())
                    .append(") belongs to ").append(d.date().getYear()).append(", so it is not listed here.\n");
        }
        out.append("year: ").append(y.year()).append('\n');
        out.append("source: ").append(quoted(y.source())).append('\n');
        out.append(y.holidays().isEmpty() ? "holidays: []\n" : "holidays:\n");
        for (Holiday h : y.holidays()) {
            out.append("  - { name: ").append(h.name()).append(", from: ").append(h.from())
                    .append(", to: ").append(h.to()).append(" }\n");
        }
        out.append(y.adjustedWorkingDays().isEmpty() ? "adjustedWorkingDays: []\n" : "adjustedWorkingDays:\n");
        for (AdjustedWorkingDay d : y.adjustedWorkingDays()) {
            out.append("  - { date: ").append(d.date()).append(", holiday: ").append(d.holidayName())
                    .append(" }\n");
        }
        return out.toString();
    }

    /**
     * The source is free text from the notice, so it is double-quoted and cannot change the YAML structure;
     * holiday names need no quotes, only the known names get through the parser.
     */
    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
