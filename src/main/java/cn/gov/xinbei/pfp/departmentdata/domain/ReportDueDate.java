package cn.gov.xinbei.pfp.departmentdata.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * When a month's data is due: the configured day of the following month (SEED annex 3 says "每月" without a day,
 * [NF]; app.department-data.report-due-day). A day beyond the month's length means its last day. The one rule for
 * the upload list (应报日期, 及时) and for 信息及时率 (targets): a month is expected once its due day has come.
 */
public final class ReportDueDate {

    private ReportDueDate() {
    }

    public static LocalDate of(YearMonth period, int dueDay) {
        requireDay(dueDay);
        YearMonth next = period.plusMonths(1);
        return next.atDay(Math.min(dueDay, next.lengthOfMonth()));
    }

    /** On time: uploaded on or before the due day; never uploaded (null) is not on time. */
    public static boolean onTime(YearMonth period, int dueDay, LocalDate uploadedOn) {
        return uploadedOn != null && !uploadedOn.isAfter(of(period, dueDay));
    }

    /**
     * The months from {@code first} to {@code last} whose data is expected by {@code today}: those whose due day is
     * today or earlier. A month not yet due counts neither way.
     */
    public static List<YearMonth> dueMonths(YearMonth first, YearMonth last, int dueDay, LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            if (!of(m, dueDay).isAfter(today)) {
                months.add(m);
            }
        }
        return months;
    }

    private static void requireDay(int dueDay) {
        if (dueDay < 1 || dueDay > 31) {
            throw new IllegalArgumentException("the report due day must be a day of the month (1-31)");
        }
    }
}
