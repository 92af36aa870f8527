package cn.gov.xinbei.pfp.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.Map;
import java.util.Set;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.NOT_EMPTY;
import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * What the engine's history keeps of form submissions (config/audit.yml). Required: without it the history would keep
 * the reporters' names and the bank accounts it must not keep.
 */
@Validated
@ConfigurationProperties(prefix = "app.audit")
public record AuditProperties(@NotNull(message = REQUIRED) @Valid FormHistory formHistory) {

    /** @param omittedFields per process key, the form fields whose submitted values the history must not keep */
    public record FormHistory(@NotEmpty(message = NOT_EMPTY) Map<String, Set<String>> omittedFields) {
        public FormHistory {
            omittedFields = omittedFields == null ? Map.of() : Map.copyOf(omittedFields);
        }
    }
}
