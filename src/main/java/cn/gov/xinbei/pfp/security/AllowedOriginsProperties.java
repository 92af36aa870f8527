package cn.gov.xinbei.pfp.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * @param allowedOrigins other origins (scheme://host:port) whose pages may send changing requests to the APIs
 *                       ({@code app.security}, config/web.yml); empty: only this server's own pages
 */
@Validated
@ConfigurationProperties(prefix = "app.security")
public record AllowedOriginsProperties(List<@NotBlank(message = REQUIRED) String> allowedOrigins) {

    public AllowedOriginsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
