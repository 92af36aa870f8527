package cn.gov.xinbei.pfp.security.keycloak;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Keycloak in the operators' health ({@code /actuator/health}, component {@code keycloak}): DOWN while the realm's
 * discovery document does not answer. Deliberately not in the readiness group: while Keycloak is away a node still
 * serves the signed-in sessions, validates tokens with the keys it holds and answers identity queries from its cache
 * (config/keycloak.yml), so a load balancer must not take every node out of service because of it.
 */
public class KeycloakHealthIndicator implements HealthIndicator {

    private final KeycloakAvailability availability;
    private final String issuer;

    public KeycloakHealthIndicator(KeycloakAvailability availability, String issuer) {
        this.availability = availability;
        this.issuer = issuer;
    }

    @Override
    public Health health() {
        Health.Builder health = availability.isAvailable() ? Health.up()
                : Health.down().withDetail("error", "the realm's discovery document does not answer");
        return health.withDetail("issuer", issuer).build();
    }
}
