package cn.gov.xinbei.pfp.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a database without demo users ({@code app.initial-admin}, config/demo-users.yml, from
 * APP_ADMIN_USER and APP_ADMIN_PASSWORD). Both empty by default: no administrator is created. The password's length
 * is checked only when it is used ({@link InitialAdministrator}), since an existing administrator makes it unneeded.
 */
@ConfigurationProperties(prefix = "app.initial-admin")
public record InitialAdminProperties(String user, String password) {

    public InitialAdminProperties {
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }
}
