package cn.gov.xinbei.pfp.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** Bound from config/demo-users.yml. */
@ConfigurationProperties(prefix = "app.demo-users")
public record DemoUsersProperties(boolean enabled, String password, List<DemoUser> users) {

    public record DemoUser(String id, String name, List<String> groups) {
    }

    public List<DemoUser> users() {
        return users == null ? List.of() : users;
    }
}
