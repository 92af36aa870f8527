package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.targets.domain.TargetKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The towns' targets per year ({@code config/targets/<year>.yml}) and the settings of the computed indicators
 * ({@code config/targets.yml}).
 *
 * @param years                  the targets of each configured year
 * @param sexRatioMinimumBirths  fewer births make the sex ratio not meaningful (default 100)
 * @param postingSteps           the public-posting steps counted by 及时公示率
 * @param expectedUploads        the monthly uploads expected from the departments per town, for 信息及时率
 */
@ConfigurationProperties(prefix = "app.targets")
public record TargetsProperties(Map<Integer, YearTargets> years, Integer sexRatioMinimumBirths,
                                List<PostingStep> postingSteps, List<ExpectedUpload> expectedUploads) {

    public static final int DEFAULT_SEX_RATIO_MINIMUM_BIRTHS = 100;

    public TargetsProperties {
        years = years == null ? Map.of() : Map.copyOf(years);
        sexRatioMinimumBirths = sexRatioMinimumBirths == null ? DEFAULT_SEX_RATIO_MINIMUM_BIRTHS : sexRatioMinimumBirths;
        postingSteps = postingSteps == null ? List.of() : List.copyOf(postingSteps);
        expectedUploads = expectedUploads == null ? List.of() : List.copyOf(expectedUploads);
    }

    /** One year's targets and the document they come from. */
    public record YearTargets(String source, List<TargetRow> targets) {
        public YearTargets {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }

    /** One row of an annex, as configured (see the header of config/targets/2012.yml). */
    public record TargetRow(String key, String name, Integer annex, TargetKind kind, Map<String, String> towns,
                            String all, String district, String indicator, BigDecimal minimum, BigDecimal low,
                            BigDecimal high, String formula, String note, String seedLine) {
        public TargetRow {
            towns = towns == null ? Map.of() : Map.copyOf(towns);
        }
    }

    public record PostingStep(String caseKind, String stepKey) {
    }

    public record ExpectedUpload(String department, String kind) {
    }
}
