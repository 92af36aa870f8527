package cn.gov.xinbei.pfp.security;

import cn.gov.xinbei.pfp.web.ApiProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The API's answers to unauthenticated and forbidden calls: the same Chinese problem details
 * (RFC 9457, {@link cn.gov.xinbei.pfp.web.ApiProblem}) in every profile. */
public final class ApiSecurityResponses {

    private ApiSecurityResponses() {
    }

    /** 401 with the given WWW-Authenticate challenge (Basic or Bearer). */
    public static AuthenticationEntryPoint unauthorized(ObjectMapper json, String challenge) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", challenge);
            write(json, response, ApiProblem.of(401, "UNAUTHORIZED", "请先登录"));
        };
    }

    public static AccessDeniedHandler denied(ObjectMapper json) {
        return (request, response, e) -> write(json, response, ApiProblem.of(403, "FORBIDDEN", "无权进行此操作"));
    }

    public static void write(ObjectMapper json, HttpServletResponse response, ProblemDetail error) throws IOException {
        response.setStatus(error.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), error);
    }
}
