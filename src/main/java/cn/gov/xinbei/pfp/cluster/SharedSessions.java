package cn.gov.xinbei.pfp.cluster;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions in the database (issue 18): the desk's and the Tasklist's one sign-in (security.SharedSession) is a
 * session, and behind a load balancer the next request may reach another node, or the node that had the session may
 * have stopped. Spring Session keeps them in SPRING_SESSION (Flyway V21), read by whichever node answers. On where
 * {@code app.sessions.shared} is (the mysql profile); Boot's own session set-up is switched off in
 * config/operations.yml so that the embedded default keeps its sessions in memory, as its tests expect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.sessions.shared", havingValue = "true")
@EnableJdbcHttpSession
class SharedSessions {

    /** The cookie as the container's was: the same name (the webapps know it), SameSite=Lax, Secure over https. */
    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setSameSite("Lax");
        cookie.setUseHttpOnlyCookie(true);
        return cookie;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(SessionProperties properties) {
        return repository -> repository.setDefaultMaxInactiveInterval(properties.timeout());
    }
}
