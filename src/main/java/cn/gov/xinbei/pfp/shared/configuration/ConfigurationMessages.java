package cn.gov.xinbei.pfp.shared.configuration;

/**
 * The Chinese messages of the constraints on the {@code @ConfigurationProperties} records (ValidationMessages.properties):
 * what the administrator reads, after the key's name, when start-up stops on a missing or wrong key in config/*.yml.
 */
public final class ConfigurationMessages {

    public static final String REQUIRED = "{app.config.required}";
    public static final String NOT_EMPTY = "{app.config.not-empty}";
    public static final String POSITIVE = "{app.config.positive}";
    public static final String POSITIVE_OR_ZERO = "{app.config.positive-or-zero}";
    public static final String DAY_OF_MONTH = "{app.config.day-of-month}";
    public static final String AT_LEAST_TWO = "{app.config.at-least-two}";
    public static final String MONTH = "{app.config.month}";

    private ConfigurationMessages() {
    }
}
