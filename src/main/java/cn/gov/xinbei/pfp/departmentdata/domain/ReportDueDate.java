package cn.gov.xinbei.pfp.departmentdata.domain;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a month's data is due: the configured day of the following month (SEED annex 3 says "每月" without a day,
 * [NF]; app.department-data.report-due-day). A day beyond the month's length means its last day.
 */
public final class ReportDueDate {

    private ReportDueDate() {
    }

    public static LocalDate of(YearMonth period, int dueDay) {
        YearMonth next = period.plusMonths(1);
        return next.atDay(Math.min(dueDay, next.lengthOfMonth()));
    }

    public static boolean onTime(YearMonth period, int dueDay, LocalDate uploadedOn) {
        return !uploadedOn.isAfter(of(period, dueDay));
    }
}
