package cn.gov.xinbei.pfp.deadlines;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE_OR_ZERO;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/** Settings of the deadline desk; see config/deadlines.yml (app.deadlines). */
@Validated
@ConfigurationProperties(prefix = "app.deadlines")
public record DeadlineProperties(@NotNull(message = REQUIRED) @PositiveOrZero(message = POSITIVE_OR_ZERO)
                                 Integer dueSoonWorkingDays,
                                 @Positive(message = POSITIVE) int pageSize,
                                 @Positive(message = POSITIVE) int maxPageSize,
                                 @Positive(message = POSITIVE) int countLimit) {

    public DeadlineProperties {
        if (pageSize > 0 && maxPageSize < pageSize) {
            throw new IllegalArgumentException("app.deadlines: need page-size <= max-page-size (config/deadlines.yml)");
        }
    }
}
