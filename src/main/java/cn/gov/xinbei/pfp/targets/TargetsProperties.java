package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.targets.domain.TargetKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.NOT_EMPTY;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * The towns' targets per year ({@code config/targets/<year>.yml}) and the settings of the computed indicators
 * ({@code config/targets.yml}).
 *
 * @param years                  the targets of each configured year
 * @param sexRatioMinimumBirths  fewer births make the sex ratio not meaningful (default 100)
 * @param postingSteps           the public-posting steps counted by 及时公示率
 * @param expectedUploads        the monthly uploads expected from the departments per town, for 信息及时率
 * @param drilldownPageSize      rows per page of a drill-down paged in the database (default 50)
 */
@Validated
@ConfigurationProperties(prefix = "app.targets")
public record TargetsProperties(Map<Integer, @Valid YearTargets> years,
                                @Positive(message = POSITIVE) Integer sexRatioMinimumBirths,
                                @NotEmpty(message = NOT_EMPTY) List<@Valid PostingStep> postingSteps,
                                @NotEmpty(message = NOT_EMPTY) List<@Valid ExpectedUpload> expectedUploads,
                                @Positive(message = POSITIVE) Integer drilldownPageSize) {

    public static final int DEFAULT_SEX_RATIO_MINIMUM_BIRTHS = 100;
    public static final int DEFAULT_DRILLDOWN_PAGE_SIZE = 50;

    public TargetsProperties {
        years = years == null ? Map.of() : Map.copyOf(years);
        sexRatioMinimumBirths = sexRatioMinimumBirths == null ? DEFAULT_SEX_RATIO_MINIMUM_BIRTHS : sexRatioMinimumBirths;
        postingSteps = postingSteps == null ? List.of() : List.copyOf(postingSteps);
        expectedUploads = expectedUploads == null ? List.of() : List.copyOf(expectedUploads);
        drilldownPageSize = drilldownPageSize == null ? DEFAULT_DRILLDOWN_PAGE_SIZE : drilldownPageSize;
    }

    /** One year's targets and the document they come from. */
    public record YearTargets(@NotBlank(message = REQUIRED) String source, List<@Valid TargetRow> targets) {
        public YearTargets {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }

    /** One row of an annex, as configured (see the header of config/targets/2012.yml). */
    public record TargetRow(@NotBlank(message = REQUIRED) String key, @NotBlank(message = REQUIRED) String name,
                            Integer annex, @NotNull(message = REQUIRED) TargetKind kind, Map<String, String> towns,
                            String all, String district, String indicator, BigDecimal minimum, BigDecimal low,
                            BigDecimal high, String formula, String note, String seedLine) {
        public TargetRow {
            towns = towns == null ? Map.of() : Map.copyOf(towns);
        }
    }

    public record PostingStep(@NotBlank(message = REQUIRED) String caseKind,
                              @NotBlank(message = REQUIRED) String stepKey) {
    }

    public record ExpectedUpload(@NotBlank(message = REQUIRED) String department,
                                 @NotBlank(message = REQUIRED) String kind) {
    }
}
