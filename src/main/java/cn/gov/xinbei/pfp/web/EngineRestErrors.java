package cn.gov.xinbei.pfp.web;

import cn.gov.xinbei.pfp.shared.configuration.ConfigurationGapException;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Error answers of Camunda's REST API (/engine-rest) in the project's terms: Camunda maps exceptions with its own
 * JAX-RS mappers ({@code org.camunda.bpm.engine.rest.exception.*}), which answer 500 with the Java class name and the
 * engine's English message (and code). These mappers, registered with a higher priority for the same types, answer
 * <ul>
 *   <li>our {@link InvalidInputException} (thrown by a listener while a task is completed or a form submitted, or by
 *       the variable checks) with 400, its Chinese message and its fields;</li>
 *   <li>an {@link OptimisticLockingException} (two users completed the same step at once) with 409 in Chinese;</li>
 *   <li>a configuration gap with 409, a missing authorization with 403, a value the database refused with 400/409;</li>
 *   <li>any other engine error with Camunda's status and a Chinese message, without the engine's code or text
 *       (logged, masked, for the operators).</li>
 * </ul>
 * The body keeps Camunda's shape ({@code type}, {@code message}; the Tasklist shows {@code message}); {@code type} is
 * one of our codes, never a class name.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestErrors {

    private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);

    static final String CONCURRENT = "该事项刚刚已被他人处理（同时提交），本次提交未生效。请刷新后查看最新状态再操作";
    static final String ENGINE_FAILED = "操作未能完成，请刷新后重试；如仍不成功请联系管理员";

    /** The mappers, for /engine-rest and for the webapps' engine API ({@link WebappEngineApiErrors}). */
    static final List<Class<?>> MAPPERS = List.of(ForThrowable.class, ForEngine.class, ForRest.class);

    @Bean
    ResourceConfigCustomizer engineRestErrorMappers() {
        return config -> MAPPERS.forEach(config::register);
    }

    /** The answer to any failure of a REST call. */
    public static Response respond(Throwable failure) {
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
                return body(403, "AuthorizationException", "无权进行此操作", List.of());
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
        boolean engine = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            engine |= cause instanceof ProcessEngineException;
        }
        if (camunda.getStatus() >= 500 || engine) {
            // The original, for the operators (the log masks ID numbers, accounts and database values).
            log.warn("Engine REST call failed ({})", camunda.getStatus(), failure);
            String message = camunda.getStatus() == 404 ? "所请求的事项不存在或已被处理，请刷新后重试"
                    : camunda.getStatus() < 500 ? "请求未能处理：参数缺失、格式不正确或当前状态不允许此操作，请刷新后重试"
                    : ENGINE_FAILED;
            return body(camunda.getStatus(), camunda.getStatus() < 500 ? "BAD_REQUEST" : "ENGINE_ERROR", message, List.of());
        }
        return camunda;
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
    public static class ForRest implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            return respond(exception);
        }
    }
}
