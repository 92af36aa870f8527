package cn.gov.xinbei.pfp.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process engine this server does not run, addressed by name, is "not found" in the project's terms: Camunda's
 * webapps fail with a NullPointerException (500) on the index page of an unknown engine
 * ({@code /camunda/app/tasklist/no-such-engine/}), and Camunda's REST authentication filter answers /engine-rest/engine/
 * {name}/… with its own body naming {@code InvalidRequestException}. Both are answered here with 404 in Chinese
 * before Camunda's filters see the request.
 */
@Configuration(proxyBeanMethods = false)
public class UnknownEngineFilter {

    static final String MESSAGE = "所请求的流程引擎不存在";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unknownEngine(ProcessEngine engine, CamundaBpmProperties camunda) {
        String webappPath = camunda.getWebapp().getApplicationPath();
        Pattern rest = Pattern.compile("^/engine-rest/engine/([^/]+)(/.*)?$");
        Pattern page = Pattern.compile("^" + Pattern.quote(webappPath) + "/app/[^/]+/([^/]+)/(index\\.html)?$");
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                Matcher api = rest.matcher(path);
                Matcher app = page.matcher(path);
                if (api.matches() && !api.group(1).equals(engine.getName())) {
                    answer(response, "application/json", "{\"type\":\"NOT_FOUND\",\"message\":\"" + MESSAGE
                            + "\",\"code\":null,\"violations\":[]}");
                } else if (app.matches() && !app.group(1).equals(engine.getName())) {
                    answer(response, "text/html", "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                            + "<title>页面不存在</title></head><body><h1>页面不存在</h1><p>" + MESSAGE
                            + "。</p><p><a href=\"" + request.getContextPath() + webappPath + "/app/\">返回首页</a></p>"
                            + "</body></html>");
                } else {
                    chain.doFilter(request, response);
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/engine-rest/engine/*", webappPath + "/app/*");
        registration.setName("unknown-process-engine");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    private static void answer(HttpServletResponse response, String type, String body) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(type);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
