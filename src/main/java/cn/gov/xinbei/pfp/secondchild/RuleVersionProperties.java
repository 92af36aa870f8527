package cn.gov.xinbei.pfp.secondchild;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.NOT_EMPTY;

/**
 * The start dates and switches of the eligibility rule versions whose in-force date the reference does not give
 * ({@code app.second-child.rule-versions} in config/second-child.yml). Every entry becomes two variables of the
 * rule-version table (processes/second-child/second-child-rule-version.dmn): {@code <key>From} and
 * {@code <key>Enabled}. A new version is a new DMN file, a new row there and, when its date is uncertain, a new entry
 * here: no Java change. Missing dates, bad keys or dates out of order stop start-up.
 *
 * @param ruleVersions by version key (a FEEL name such as {@code js2016}), in the order the versions follow each other
 */
@Validated
@ConfigurationProperties(prefix = "app.second-child")
public record RuleVersionProperties(@NotEmpty(message = NOT_EMPTY) Map<String, RuleVersion> ruleVersions) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]{0,30}");

    /**
     * @param effectiveFrom the first application date the version applies to
     * @param enabled       false: the version is not used, its dates have no rule version
     */
    public record RuleVersion(LocalDate effectiveFrom, Boolean enabled) {
    }

    public RuleVersionProperties {
        ruleVersions = ruleVersions == null ? Map.of() : new LinkedHashMap<>(ruleVersions);
        LocalDate previous = null;
        for (Map.Entry<String, RuleVersion> entry : ruleVersions.entrySet()) {
            String where = "app.second-child.rule-versions." + entry.getKey() + " (config/second-child.yml)";
            if (!KEY.matcher(entry.getKey()).matches()) {
                throw new IllegalArgumentException(where + ": the key must be lower-case letters and digits, starting"
                        + " with a letter, so that it can name DMN variables");
            }
            RuleVersion version = entry.getValue();
            if (version == null || version.effectiveFrom() == null) {
                throw new IllegalArgumentException(where + ": effective-from (yyyy-MM-dd) is missing");
            }
            if (version.enabled() == null) {
                throw new IllegalArgumentException(where + ": enabled (true or false) is missing");
            }
            if (previous != null && !version.effectiveFrom().isAfter(previous)) {
                throw new IllegalArgumentException(where + ": effective-from " + version.effectiveFrom()
                        + " must come after the previous version's " + previous + " (list the versions in date order)");
            }
            previous = version.effectiveFrom();
        }
    }

    /** The variables the rule-version table reads besides the application date. */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        ruleVersions.forEach((key, version) -> {
            variables.put(key + "From", version.effectiveFrom());
            variables.put(key + "Enabled", version.enabled());
        });
        return variables;
    }
}
