package cn.gov.xinbei.pfp.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Role checks are declared with {@code @PreAuthorize} (expressions in {@link cn.gov.xinbei.pfp.organization.UserScope}),
 * in both profiles. A refusal is an AccessDeniedException, so the desk's refusal page and the API's 403 body stay
 * the ones of the hand-written checks (DeskErrors, ApiExceptionHandler).
 */
@Configuration
@EnableMethodSecurity
public class MethodSecurityConfiguration {
}
