package cn.gov.xinbei.pfp.configuration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * Plausibility of the figures administrators enter ({@code config/configuration-figures.yml}): an amount outside its
 * kind's range is refused as a likely typing error (a figure really outside it is entered in the YAML, reviewed).
 *
 * @param plausibleRanges per range name (see the catalogs' {@code rangeName}), the lowest and highest amount in 元
 * @param minYear         the earliest year a figure may be entered for (default 1990); the latest is next year
 */
@Validated
@ConfigurationProperties(prefix = "app.configuration-figures")
public record ConfigurationFigureProperties(Map<String, @Valid Range> plausibleRanges,
                                            @Positive(message = POSITIVE) Integer minYear) {

    public static final int DEFAULT_MIN_YEAR = 1990;

    /** Used for a range name that the file does not set. */
    public static final Map<String, Range> DEFAULT_RANGES = Map.of(
            "assistance-rate-per-year", new Range(new BigDecimal("100"), new BigDecimal("20000")),
            "assistance-rate-per-month", new Range(new BigDecimal("10"), new BigDecimal("2000")),
            "assistance-rate-one-off", new Range(new BigDecimal("100"), new BigDecimal("100000")),
            "urban-disposable-income", new Range(new BigDecimal("3000"), new BigDecimal("300000")),
            "rural-net-income", new Range(new BigDecimal("1000"), new BigDecimal("200000")));

    public ConfigurationFigureProperties {
        Map<String, Range> merged = new LinkedHashMap<>(DEFAULT_RANGES);
        if (plausibleRanges != null) {
            merged.putAll(plausibleRanges);
        }
        merged.forEach((name, range) -> {
            if (range != null && range.min() != null && range.max() != null
                    && (range.min().signum() < 0 || range.min().compareTo(range.max()) > 0)) {
                throw new IllegalStateException("config/configuration-figures.yml: plausible range " + name
                        + " needs 0 <= min <= max");
            }
        });
        plausibleRanges = Map.copyOf(merged);
        minYear = minYear == null ? DEFAULT_MIN_YEAR : minYear;
    }

    public Range range(String name) {
        Range range = plausibleRanges.get(name);
        if (range == null) {
            throw new IllegalStateException("no plausible range " + name + " in config/configuration-figures.yml");
        }
        return range;
    }

    public record Range(@NotNull(message = REQUIRED) BigDecimal min, @NotNull(message = REQUIRED) BigDecimal max) {
        public boolean contains(BigDecimal amount) {
            return amount.compareTo(min) >= 0 && amount.compareTo(max) <= 0;
        }
    }
}
