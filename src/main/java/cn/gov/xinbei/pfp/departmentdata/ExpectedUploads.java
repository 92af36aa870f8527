package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.departmentdata.domain.ReportDueDate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly uploads the departments owe and whether they came on time. Which kinds count is the targets' setting
 * (信息及时率), so the targets feature answers this; the department data desk only shows the rows.
 */
public interface ExpectedUploads {

    /**
     * One expected monthly upload (kind × town × month whose due day has come) and its first upload's date; timely
     * when that is on or before the due day ({@link ReportDueDate}, app.department-data.report-due-day).
     */
    record Row(String department, String kind, String town, YearMonth month, LocalDate dueOn,
               LocalDate firstUploadedOn, boolean timely) {
    }

    /** The expected uploads for a town (null: every town) and the months overlapping from..to. */
    List<Row> expectedUploads(String town, LocalDate from, LocalDate to);
}
