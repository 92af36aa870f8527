package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.departmentdata.domain.RecordField;
import cn.gov.xinbei.pfp.departmentdata.domain.RecordKind;
import cn.gov.xinbei.pfp.residentid.Sex;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * The departments' monthly data (config/department-data.yml; see that file for the defaults and their basis).
 *
 * @param reportDueDay           day of the following month by which a month's data is due ([NF], default 10)
 * @param maxBirthOrder          highest plausible birth order (孩次)
 * @param minClearanceNoteLength shortest explanation when a town clears a flagged birth by hand
 * @param maxNameLength          longest name in a name column
 * @param kinds                  each kind's label, department, columns
 */
@ConfigurationProperties(prefix = "app.department-data")
public record DepartmentDataProperties(int reportDueDay, int maxBirthOrder, int minClearanceNoteLength,
                                       int maxNameLength, Map<RecordKind, Kind> kinds) {

    public record Kind(String label, String department, Sex subjectSex, Sex partnerSex, List<Column> columns) {
    }

    public record Column(RecordField field, String header, boolean required, Map<String, String> codes,
                         String pattern) {
    }

    public DepartmentDataProperties {
        if (reportDueDay < 1 || reportDueDay > 31) {
            throw new IllegalArgumentException("app.department-data.report-due-day must be a day of the month (1-31), not "
                    + reportDueDay + " (config/department-data.yml)");
        }
        if (maxBirthOrder < 2) {
            throw new IllegalArgumentException("app.department-data.max-birth-order must be at least 2 (config/department-data.yml)");
        }
        if (minClearanceNoteLength < 1 || maxNameLength < 2) {
            throw new IllegalArgumentException("app.department-data.min-clearance-note-length and max-name-length must be"
                    + " positive (config/department-data.yml)");
        }
        if (kinds == null || !kinds.keySet().containsAll(List.of(RecordKind.values()))) {
            throw new IllegalArgumentException("app.department-data.kinds must configure every kind "
                    + List.of(RecordKind.values()) + " (config/department-data.yml)");
        }
    }
}
