package cn.gov.xinbei.pfp.maintenancefee;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.util.List;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.NOT_EMPTY;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * The raw base figures as written in {@code config/maintenance-fee/income-base.yml}. {@link IncomeBaseTableLoader}
 * checks them and builds the domain table; nothing else should read these.
 */
@Validated
@ConfigurationProperties(prefix = "app.maintenance-fee.income-base")
public record IncomeBaseProperties(@NotEmpty(message = NOT_EMPTY) List<@Valid Area> areas, List<@Valid Figure> figures) {

    public IncomeBaseProperties {
        areas = areas == null ? List.of() : areas;
        figures = figures == null ? List.of() : figures;
    }

    /** An area: {@code level} is CITY, COUNTY, DISTRICT or TOWNSHIP; {@code parent} the code of the area above. */
    public record Area(@NotBlank(message = REQUIRED) String code, @NotBlank(message = REQUIRED) String name,
                       @NotBlank(message = REQUIRED) String level, String parent) {
    }

    /** A figure: {@code kind} is URBAN_DISPOSABLE_INCOME or RURAL_NET_INCOME; {@code marker} V, V-seed, S or I. */
    public record Figure(@NotNull(message = REQUIRED) Integer year, @NotBlank(message = REQUIRED) String area,
                         @NotBlank(message = REQUIRED) String kind, @NotNull(message = REQUIRED) BigDecimal amount,
                         String source, String marker) {
    }
}
