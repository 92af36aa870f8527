package cn.gov.xinbei.pfp.targets.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * 信息及时率: which monthly uploads are expected in a period and when each is due. A month's data is due on the
 * configured day of the following month (app.department-data.report-due-day, default 10; a day beyond the month's
 * length means its last day). A month is expected when it overlaps the period and its due day has come (on or before
 * today): a month whose data is not yet due counts neither way.
 */
public final class UploadDeadlines {

    private final int dueDay;

    public UploadDeadlines(int dueDay) {
        if (dueDay < 1 || dueDay > 31) {
            throw new IllegalArgumentException("the report due day must be a day of the month (1-31)");
        }
        this.dueDay = dueDay;
    }

    public LocalDate dueDate(YearMonth month) {
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(dueDay, next.lengthOfMonth()));
    }

    public List<YearMonth> expectedMonths(ReportPeriod period, LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            if (!dueDate(m).isAfter(today)) {
                months.add(m);
            }
        }
        return months;
    }

    /** Timely: the first upload of that month's data arrived on or before its due day. */
    public boolean timely(YearMonth month, LocalDate firstUploadedOn) {
        return firstUploadedOn != null && !firstUploadedOn.isAfter(dueDate(month));
    }
}
