package cn.gov.xinbei.pfp.web;

import cn.gov.xinbei.pfp.shared.configuration.ConfigurationGapException;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error answers of Camunda's REST API (/engine-rest) in the project's terms: Camunda maps exceptions with its own
 * JAX-RS mappers ({@code org.camunda.bpm.engine.rest.exception.*}), which answer 500 with the Java class name and the
 * engine's English message (and code). These mappers, registered with a higher priority for the same types, answer
 * <ul>
 *   <li>our {@link InvalidInputException} (thrown by a listener while a task is completed or a form submitted, or by
 *       the variable checks) with 400, its Chinese message and its fields;</li>
 *   <li>the loser of a race (two users or two nodes completed the same step at once: an
 *       {@link OptimisticLockingException}, a deadlock or lock timeout, the task gone meanwhile, {@link TaskRaces})
 *       with 409 in Chinese; the database unreachable with 503 and Retry-After ({@link DatabaseFailures});</li>
 *   <li>a configuration gap with 409, a missing authorization with 403, a value the database refused with 400/409;</li>
 *   <li>any other engine error with Camunda's status and a Chinese message, without the engine's code or text
 *       (logged, masked, for the operators).</li>
 * </ul>
 * The body keeps Camunda's shape ({@code type}, {@code message}; the Tasklist shows {@code message}); {@code type} is
 * one of our codes, never a class name. They answer for /engine-rest and for the webapps' own APIs alike.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestErrors {

    private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);

    static final String CONCURRENT = DatabaseFailures.CONCURRENT;
    static final String ENGINE_FAILED = "操作未能完成，请刷新后重试；如仍不成功请联系管理员";
    /** How Camunda words a missing entity in a {@link NullValueException}. */
    private static final Pattern NOT_FOUND = Pattern.compile("not found|doesn't exist|does not exist|Cannot find|"
            + "No .* found");
    /** ENGINE-17007: a variable in Java serialization, which the engine is configured to refuse. */
    private static final String SERIALIZED = "Java serialization format is prohibited";

    @Bean
    ResourceConfigCustomizer engineRestErrorMappers() {
        return config -> MAPPERS.forEach(config::register);
    }

    /** Our mappers, one per exception type Camunda maps itself (Jersey picks the mapper of the nearest type). */
    static final List<Class<?>> MAPPERS = List.of(ForThrowable.class, ForEngine.class, ForRest.class,
            ForJsonMapping.class, ForJsonParse.class, MissingTaskForm.class);

    /**
     * The same mappers for the Camunda webapps' own JAX-RS applications (/camunda/api/engine, the Tasklist's,
     * Cockpit's, Admin's and the welcome page's APIs): Camunda's webapp initializer registers each as a Jersey servlet
     * of its own with an {@code jakarta.ws.rs.Application} that lists Camunda's exception mappers, so a
     * ResourceConfigCustomizer does not reach them. Jersey adds the classes named in the servlet's
     * {@code jersey.config.server.provider.classnames} init parameter to the application's; they are set once all
     * servlets are registered and before any is initialized.
     */
    @Bean
    ServletContextInitializer webappErrorMappers() {
        return servletContext -> servletContext.addListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                // The context given to initializers: the event's own may not list registrations (Servlet 4.4).
                String classNames = String.join(",", MAPPERS.stream().map(Class::getName).toList());
                servletContext.getServletRegistrations().values().stream()
                        .filter(servlet -> String.valueOf(servlet.getInitParameter(JAX_RS_APPLICATION))
                                .startsWith("org.camunda.bpm."))
                        .forEach(servlet -> servlet.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, classNames));
            }
        });
    }

    private static final String JAX_RS_APPLICATION = "jakarta.ws.rs.Application";

    /** The answer to any failure of a REST call. */
    public static Response respond(Throwable failure) {
        var database = DatabaseFailures.classify(failure);
        if (database.isPresent() && database.get() == DatabaseFailures.Kind.UNAVAILABLE) {
            log.warn("Database unavailable during an engine REST call: {}", failure.getClass().getName());
            return Response.fromResponse(body(503, "DATABASE_UNAVAILABLE", DatabaseFailures.UNAVAILABLE, List.of()))
                    .header("Retry-After", DatabaseFailures.RETRY_AFTER_SECONDS).build();
        }
        if (database.isPresent() && database.get() == DatabaseFailures.Kind.FAILED) {
            log.error("Database failed during an engine REST call: {} (SQL state {})", failure.getClass().getName(),
                    DatabaseFailures.sqlState(failure));
            return Response.fromResponse(body(503, "DATABASE_FAILED", DatabaseFailures.FAILED, List.of()))
                    .header("Retry-After", DatabaseFailures.RETRY_AFTER_SECONDS).build();
        }
        if (database.isPresent() || TaskRaces.lostRace(failure, defaultEngine())) {
            log.info("Concurrent modification refused in /engine-rest: {}", failure.getClass().getName());
            return body(409, "CONCURRENT_MODIFICATION", CONCURRENT, List.of());
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return body(400, "INVALID_INPUT", invalid.getMessage(), invalid.violations());
            }
            if (cause instanceof OptimisticLockingException) {
                log.info("Concurrent modification refused in /engine-rest");
                return body(409, "CONCURRENT_MODIFICATION", CONCURRENT, List.of());
            }
            if (cause instanceof ConfigurationGapException gap) {
                return body(409, "CONFIGURATION_GAP", gap.userMessage(),
                        List.of(new FieldViolation("configuration", gap.userMessage())));
            }
            if (cause instanceof AuthorizationException) {
                return body(403, "FORBIDDEN", "无权进行此操作", List.of());
            }
            if (cause instanceof NullValueException) {
                // Camunda's "Task 'x' not found", "execution x doesn't exist": a missing thing, not a server fault.
                boolean missing = NOT_FOUND.matcher(String.valueOf(cause.getMessage())).find();
                return missing ? body(404, "NOT_FOUND", "所请求的事项不存在或已被处理，请刷新后重试", List.of())
                        : body(400, "BAD_REQUEST", "请求未能处理：参数缺失或格式不正确", List.of());
            }
            if (cause instanceof ProcessEngineException && String.valueOf(cause.getMessage()).contains(SERIALIZED)) {
                return body(400, "INVALID_INPUT", "不接受 Java 序列化对象形式的变量，请以文本、数字、日期或 JSON 提交",
                        List.of());
            }
            if (cause instanceof DataAccessException || cause instanceof SQLException) {
                var tooLong = InputErrors.tooLong(failure);
                log.warn("Database refused the data of an engine REST call: {}{}", failure.getClass().getName(),
                        tooLong.map(v -> " (field " + v.field() + " too long)").orElse(""));
                return tooLong.map(v -> body(400, "INVALID_INPUT", "输入有误：" + v.message(), List.of(v)))
                        .orElseGet(() -> body(409, "CONFLICT", "数据未能保存：与已有记录冲突或不符合数据要求，请核对后重新提交",
                                List.of()));
            }
        }
        Response camunda = ExceptionHandlerHelper.getInstance().getResponse(failure);
        int status = camunda.getStatus();
        if (failure instanceof WebApplicationException web) {
            status = web.getResponse().getStatus(); // Jersey's own: unknown resource 404, wrong media type 415, …
        } else if (failure instanceof JsonProcessingException) {
            status = 400;
        }
        if (status >= 500) {
            // The original, for the operators (the log masks ID numbers, accounts and database values).
            log.warn("Engine REST call failed ({})", status, failure);
        } else {
            log.debug("Engine REST call refused ({}): {}", status, failure.toString());
        }
        // Camunda's answer names the exception's class and quotes the engine's English message and code: never shown.
        return switch (status) {
            case 401 -> body(401, "UNAUTHORIZED", "请先登录", List.of());
            case 403 -> body(403, "FORBIDDEN", "无权进行此操作", List.of());
            case 404 -> body(404, "NOT_FOUND", "所请求的事项不存在或已被处理，请刷新后重试", List.of());
            case 405 -> body(405, "METHOD_NOT_ALLOWED", "不支持此请求方式", List.of());
            case 406, 415 -> body(status, "UNSUPPORTED_MEDIA_TYPE", "请求或应答的数据格式不受支持，请以 JSON 提交", List.of());
            default -> status < 500
                    ? body(status, "BAD_REQUEST", "请求未能处理：参数缺失、格式不正确或当前状态不允许此操作，请刷新后重试",
                    List.of())
                    : body(status, "ENGINE_ERROR", ENGINE_FAILED, List.of());
        };
    }

    private static ProcessEngine defaultEngine() {
        try {
            return EngineUtil.lookupProcessEngine(null);
        } catch (RuntimeException none) {
            return null;
        }
    }

    private static Response body(int status, String type, String message, List<FieldViolation> violations) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("code", null);
        body.put("violations", violations);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    @Provider
    @Priority(1)
    public static class ForThrowable implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return respond(exception);
        }
    }

    @Provider
    @Priority(1)
    public static class ForEngine implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            return respond(exception);
        }
    }

    @Provider
    @Priority(1)
    public static class ForJsonMapping implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException exception) {
            return respond(exception);
        }
    }

    @Provider
    @Priority(1)
    public static class ForJsonParse implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException exception) {
            return respond(exception);
        }
    }

    /**
     * The deployed form of a task that does not exist, or that the user may not see: Camunda's resource dereferences
     * the missing task (NullPointerException, 500); 404 instead, before the resource runs.
     */
    @Provider
    public static class MissingTaskForm implements ContainerRequestFilter {

        private static final Pattern DEPLOYED_FORM = Pattern.compile("(?:^|/)(?:engine/([^/]+)/)?task/([^/]+)/"
                + "deployed-form$");

        @Override
        public void filter(ContainerRequestContext request) {
            Matcher form = DEPLOYED_FORM.matcher(request.getUriInfo().getPath());
            if (form.find()) {
                ProcessEngine engine = EngineUtil.lookupProcessEngine(form.group(1));
                if (engine != null && engine.getTaskService().createTaskQuery().taskId(form.group(2)).count() == 0) {
                    request.abortWith(body(404, "NOT_FOUND", "所请求的事项不存在或已被处理，请刷新后重试", List.of()));
                }
            }
        }
    }

    @Provider
    @Priority(1)
    public static class ForRest implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return respond(exception);
        }
    }
}
