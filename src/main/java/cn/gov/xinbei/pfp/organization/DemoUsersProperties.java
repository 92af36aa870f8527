package cn.gov.xinbei.pfp.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

import static cn.gov.xinbei.pfp.shared.configuration.ConfigurationMessages.REQUIRED;

/**
 * Bound from config/demo-users.yml. Off unless {@code enabled} is true; the password is required only then
 * (DemoIdentitySeeder), so that production databases carry no default password.
 */
@Validated
@ConfigurationProperties(prefix = "app.demo-users")
public record DemoUsersProperties(boolean enabled, String password, List<@Valid DemoUser> users) {

    public record DemoUser(@NotBlank(message = REQUIRED) String id, @NotBlank(message = REQUIRED) String name,
                           List<@NotBlank(message = REQUIRED) String> groups) {
    }

    public List<DemoUser> users() {
        return users == null ? List.of() : users;
    }
}
