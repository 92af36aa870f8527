package cn.gov.xinbei.pfp.security.keycloak;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The same hand-over for /engine-rest (Camunda's ProcessEngineAuthenticationFilter): Spring Security has checked
 * the bearer token already; this passes its user and groups to the engine so Camunda's authorizations apply.
 * Failures answer in JSON, as REST clients expect.
 */
public class EngineRestAuthenticationProvider extends SpringSecurityAuthenticationProvider {

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write("{\"type\":\"AuthenticationException\","
                    + "\"message\":\"无法读取该用户的账号或所属部门，请稍后重试\"}");
        } catch (IOException e) {
            // The client has gone; nothing left to tell it.
        }
    }
}
