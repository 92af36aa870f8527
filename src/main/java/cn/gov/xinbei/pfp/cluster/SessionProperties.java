package cn.gov.xinbei.pfp.cluster;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * Where the signed-in sessions live ({@code app.sessions}, config/operations.yml).
 *
 * @param shared  in the database, so every node of a cluster knows them and none is lost with its node (on in the
 *                mysql profile); otherwise in the node's memory (the embedded H2 default: one node)
 * @param timeout how long a session lasts without a request
 */
@Validated
@ConfigurationProperties(prefix = "app.sessions")
public record SessionProperties(boolean shared, @NotNull(message = REQUIRED) Duration timeout) {
}
