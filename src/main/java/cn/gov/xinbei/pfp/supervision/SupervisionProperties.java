package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.supervision.domain.ExtensionRule;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.POSITIVE;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/** Settings of the 督办 and of deadline extensions; see config/supervision.yml for their basis. */
@Validated
@ConfigurationProperties(prefix = "app.supervision")
public record SupervisionProperties(@NotNull(message = REQUIRED) Boolean escalationEnabled,
                                    @NotBlank(message = REQUIRED) String escalationCron,
                                    @Positive(message = POSITIVE) int answerWorkingDays,
                                    @Positive(message = POSITIVE) int answerMinLength,
                                    @Positive(message = POSITIVE) int reasonMinLength,
                                    List<ExtensionRule> extensions) {

    public SupervisionProperties {
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        for (ExtensionRule rule : extensions) {
            if (rule.maxWorkingDays() < 1 || rule.legalBasis() == null || rule.legalBasis().isBlank()) {
                throw new IllegalStateException("config/supervision.yml: extension of " + rule.processKey() + "/"
                        + rule.taskKey() + " needs max-working-days >= 1 and a legal-basis");
            }
        }
    }
}
