package cn.gov.xinbei.pfp.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;
import java.util.Set;

/** What the engine's history keeps of form submissions (config/audit.yml). */
@ConfigurationProperties(prefix = "app.audit")
public record AuditProperties(FormHistory formHistory) {

    public AuditProperties {
        formHistory = formHistory == null ? new FormHistory(Map.of()) : formHistory;
    }

    /** @param omittedFields per process key, the form fields whose submitted values the history must not keep */
    public record FormHistory(Map<String, Set<String>> omittedFields) {
        public FormHistory {
            omittedFields = omittedFields == null ? Map.of() : Map.copyOf(omittedFields);
        }
    }
}
