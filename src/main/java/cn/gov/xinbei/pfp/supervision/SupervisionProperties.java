package cn.gov.xinbei.pfp.supervision;

import cn.gov.xinbei.pfp.supervision.domain.ExtensionRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** Settings of the 督办 and of deadline extensions; see config/supervision.yml for their basis. */
@ConfigurationProperties(prefix = "app.supervision")
public record SupervisionProperties(boolean escalationEnabled, String escalationCron, int answerWorkingDays,
                                    int answerMinLength, int reasonMinLength, List<ExtensionRule> extensions) {

    public SupervisionProperties {
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        if (answerWorkingDays < 1 || answerMinLength < 1 || reasonMinLength < 1) {
            throw new IllegalStateException("config/supervision.yml: answer-working-days, answer-min-length and "
                    + "reason-min-length must be at least 1");
        }
        for (ExtensionRule rule : extensions) {
            if (rule.maxWorkingDays() < 1 || rule.legalBasis() == null || rule.legalBasis().isBlank()) {
                throw new IllegalStateException("config/supervision.yml: extension of " + rule.processKey() + "/"
                        + rule.taskKey() + " needs max-working-days >= 1 and a legal-basis");
            }
        }
    }
}
