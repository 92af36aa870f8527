package cn.gov.xinbei.pfp.departmentdata;

import cn.gov.xinbei.pfp.departmentdata.domain.RecordField;
import cn.gov.xinbei.pfp.departmentdata.domain.RecordKind;
import cn.gov.xinbei.pfp.residentid.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Map;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.AT_LEAST_TWO;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.DAY_OF_MONTH;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.NOT_EMPTY;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * The departments' monthly data (config/department-data.yml; see that file for the defaults and their basis).
 *
 * @param reportDueDay           day of the following month by which a month's data is due ([NF], default 10)
 * @param maxBirthOrder          highest plausible birth order (孩次)
 * @param minClearanceNoteLength shortest explanation when a town clears a flagged birth by hand
 * @param maxNameLength          longest name in a name column
 * @param kinds                  each kind's label, department, columns
 */
@Validated
@ConfigurationProperties(prefix = "app.department-data")
public record DepartmentDataProperties(@Min(value = 1, message = DAY_OF_MONTH) @Max(value = 31, message = DAY_OF_MONTH) int reportDueDay,
                                       @Min(value = 2, message = AT_LEAST_TWO) int maxBirthOrder,
                                       @Positive(message = POSITIVE) int minClearanceNoteLength,
                                       @Min(value = 2, message = AT_LEAST_TWO) int maxNameLength,
                                       @NotEmpty(message = NOT_EMPTY) Map<RecordKind, @Valid Kind> kinds) {

    public record Kind(@NotBlank(message = REQUIRED) String label, @NotBlank(message = REQUIRED) String department,
                       Sex subjectSex, Sex partnerSex, @NotEmpty(message = NOT_EMPTY) List<@Valid Column> columns) {
    }

    public record Column(@NotNull(message = REQUIRED) RecordField field, @NotBlank(message = REQUIRED) String header,
                         boolean required, Map<String, String> codes,
                         String pattern) {
    }

    public DepartmentDataProperties {
        // A missing map is left to @NotEmpty; a map without every kind would leave uploads of that kind unreadable.
        if (kinds != null && !kinds.isEmpty() && !kinds.keySet().containsAll(List.of(RecordKind.values()))) {
            throw new IllegalArgumentException("app.department-data.kinds must configure every kind "
                    + List.of(RecordKind.values()) + " (config/department-data.yml)");
        }
    }
}
