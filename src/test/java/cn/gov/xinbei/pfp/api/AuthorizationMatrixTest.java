package cn.gov.xinbei.pfp.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The authorization matrix in the default profile: users and groups in Camunda's tables (config/demo-users.yml),
 * HTTP Basic for the API, the desk's form sign-in session for desk pages.
 */
@ActiveProfiles("test")
class AuthorizationMatrixTest extends AuthorizationMatrix {

    static final String PASSWORD = "demo";

    @Override
    protected MockHttpServletRequestBuilder signIn(MockHttpServletRequestBuilder request, Endpoint endpoint, Role role) {
        if (role.user != null && endpoint.isDeskPage()) {
            // Desk pages sign in with a form into a session; the session's user is what matters here.
            return request.with(user(role.user)).with(csrf());
        } else if (role.user != null) {
            return request.with(httpBasic(role.user, PASSWORD));
        } else if (endpoint.isDeskPage()) {
            return request.with(csrf());
        }
        return request;
    }

    /** Every mapping of the project's API is in the table: a new endpoint cannot slip past the matrix. */
    @Test
    void everyApiEndpointIsInTheMatrix(@Autowired @Qualifier("requestMappingHandlerMapping")
                                       RequestMappingHandlerMapping mappings) {
        Set<String> listed = new HashSet<>();
        endpoints().forEach(e -> listed.add(e.name()));
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().startsWith("cn.gov.xinbei.pfp")) {
                return;
            }
            for (String path : info.getPatternValues()) {
                for (var verb : info.getMethodsCondition().getMethods()) {
                    String name = verb + " " + path;
                    if (!listed.contains(name)) {
                        missing.add(name);
                    }
                }
            }
        });
        assertThat(missing).as("API endpoints without a row in the authorization matrix").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleIsInEveryEndpointsRow(Role role) {
        assertThat(endpoints()).allSatisfy(e -> assertThat(e.expected()).containsKey(role));
    }
}
