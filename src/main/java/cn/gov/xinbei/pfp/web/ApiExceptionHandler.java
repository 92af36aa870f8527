package cn.gov.xinbei.pfp.web;

import cn.gov.xinbei.pfp.documents.DocumentFontUnavailableException;
import cn.gov.xinbei.pfp.shared.configuration.ConfigurationGapException;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;

/** Turns every failure of the project's API into an {@link ApiProblem}; never a stack trace, never an ID number. */
@RestControllerAdvice(basePackages = "cn.gov.xinbei.pfp")
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final UploadLimit uploadLimit;
    private final org.springframework.beans.factory.ObjectProvider<org.camunda.bpm.engine.ProcessEngine> engine;

    public ApiExceptionHandler(UploadLimit uploadLimit,
                               org.springframework.beans.factory.ObjectProvider<org.camunda.bpm.engine.ProcessEngine> engine) {
        this.uploadLimit = uploadLimit;
        this.engine = engine;
    }

    /**
     * The database away (503 with Retry-After: nothing was kept, send it again in a few seconds) or another transaction
     * first (409: a deadlock, a lock timeout, an optimistic-locking conflict, the task completed meanwhile by someone
     * else); null for anything else.
     */
    private ResponseEntity<ProblemDetail> raceOrOutage(Throwable e) {
        var kind = DatabaseFailures.classify(e);
        if (kind.isPresent() && kind.get() == DatabaseFailures.Kind.UNAVAILABLE) {
            return unavailable(e);
        }
        if (kind.isPresent() && kind.get() == DatabaseFailures.Kind.FAILED) {
            return failed(e);
        }
        if (kind.isPresent() || TaskRaces.lostRace(e, engine.getIfAvailable())) {
            log.info("Concurrent modification refused: {}", e.getClass().getName());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblem.of(409, "CONCURRENT_MODIFICATION",
                    DatabaseFailures.CONCURRENT));
        }
        return null;
    }

    static ResponseEntity<ProblemDetail> unavailable(Throwable e) {
        log.warn("Database unavailable: {}", e.getClass().getName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS))
                .body(ApiProblem.of(503, "DATABASE_UNAVAILABLE", DatabaseFailures.UNAVAILABLE));
    }

    /** The database failed for a reason of its own: logged with the class and SQL state, never its message. */
    static ResponseEntity<ProblemDetail> failed(Throwable e) {
        log.error("Database failed at a request: {} (SQL state {})", e.getClass().getName(), DatabaseFailures.sqlState(e));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS))
                .body(ApiProblem.of(503, "DATABASE_FAILED", DatabaseFailures.FAILED));
    }

    /** A printed document needs its Chinese font (config/documents.yml): without it the server cannot print. */
    @ExceptionHandler(DocumentFontUnavailableException.class)
    ResponseEntity<ProblemDetail> fontUnavailable(DocumentFontUnavailableException e) {
        log.error("Printed document refused: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ApiProblem.of(503, "DOCUMENT_FONT_UNAVAILABLE", e.getMessage()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        return badRequest(ApiProblem.of(400, "INVALID_INPUT", "输入有误，请按提示修改后重新提交", e.violations()));
    }

    /**
     * A figure the bureau owns (a rate, a base figure, a year's targets) is not configured: 409, not 400 — nothing
     * was wrong with the input; the message names the figure and who enters it (the bureau's administrators).
     */
    @ExceptionHandler(ConfigurationGapException.class)
    ResponseEntity<ProblemDetail> configurationGap(ConfigurationGapException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblem.of(409, "CONFIGURATION_GAP", e.userMessage(),
                List.of(new FieldViolation("configuration", e.userMessage()))));
    }

    /** A body or a set of request parameters bound to an object (e.g. the deadline list's query): every field named. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        return badRequest(ApiProblem.of(400, "INVALID_INPUT", "输入有误，请按提示修改后重新提交", ParameterErrors.of(e)));
    }

    /**
     * A body that is no JSON, has a key twice, a value of the wrong JSON type (1.5 for an integer, true for a name) or
     * a control character: 400 naming the field; the parser's own message (it quotes the input) is never returned.
     */
    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMessageConversionException.class})
    ResponseEntity<ProblemDetail> unreadable(HttpMessageConversionException e) {
        return InputErrors.ofJson(e)
                .map(violations -> badRequest(ApiProblem.of(400, "INVALID_INPUT", "输入有误，请按提示修改后重新提交", violations)))
                .orElseGet(() -> badRequest(ApiProblem.of(400, "MALFORMED_REQUEST", "请求内容不是有效的JSON，或字段类型不正确")));
    }

    /**
     * The database refused a value (too long for its column, a broken constraint): a value the checks before it let
     * through. 400 naming the field when the column is known, else 409; logged without the database's message, which
     * quotes the value.
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> database(DataAccessException e) {
        ResponseEntity<ProblemDetail> transientFailure = raceOrOutage(e);
        return transientFailure != null ? transientFailure : databaseRefusal(e);
    }

    static ResponseEntity<ProblemDetail> databaseRefusal(Throwable e) {
        var tooLong = InputErrors.tooLong(e);
        log.warn("Database refused a request's data: {}{}", e.getClass().getName(),
                tooLong.map(v -> " (field " + v.field() + " too long)").orElse(""));
        if (tooLong.isPresent()) {
            return badRequest(ApiProblem.of(400, "INVALID_INPUT", "输入有误，请按提示修改后重新提交", List.of(tooLong.get())));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblem.of(409, "CONFLICT",
                "数据未能保存：与已有记录冲突或不符合数据要求，请核对后重新提交"));
    }

    /** Two users completed the same step at once: the loser is told so, in Chinese. */
    @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
    ResponseEntity<ProblemDetail> concurrent(org.camunda.bpm.engine.OptimisticLockingException e) {
        log.info("Concurrent modification refused: {}", e.getClass().getName());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblem.of(409, "CONCURRENT_MODIFICATION",
                DatabaseFailures.CONCURRENT));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return badRequest(ApiProblem.of(400, "INVALID_INPUT", "缺少必填参数",
                List.of(new FieldViolation(e.getParameterName(), "必填"))));
    }

    /** A typed request parameter that cannot be read as its type (an unknown choice, a date that is no date). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(ApiProblem.of(400, "INVALID_INPUT", "参数格式不正确", ParameterErrors.of(e)));
    }

    /** A request parameter that breaks its constraint ({@code @Min}, {@code @Max}): the constraint's Chinese message. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        return badRequest(ApiProblem.of(400, "INVALID_INPUT", "输入有误，请按提示修改后重新提交", ParameterErrors.of(e)));
    }

    @ExceptionHandler(cn.gov.xinbei.pfp.residentid.InvalidResidentIdException.class)
    ResponseEntity<ProblemDetail> invalidId(cn.gov.xinbei.pfp.residentid.InvalidResidentIdException e) {
        return badRequest(ApiProblem.of(400, "INVALID_INPUT", "输入有误，请按提示修改后重新提交",
                List.of(e.toViolation("idNumber"))));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblem.of(404, "NOT_FOUND", e.getMessage()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiProblem.of(404, "NOT_FOUND", "请求的地址不存在"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiProblem.of(403, "FORBIDDEN", "无权进行此操作"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .body(ApiProblem.of(405, "METHOD_NOT_ALLOWED", "不支持的请求方法"));
    }

    /**
     * An upload above spring.servlet.multipart.max-file-size or max-request-size (config/web.yml): 413 naming the
     * limit. The parts are read when the controller's arguments are (resolve-lazily, config/web.yml), so this handler
     * sees the failure; before, it reached no handler and answered 500.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(uploadTooLarge());
    }

    private ProblemDetail uploadTooLarge() {
        return ApiProblem.of(413, "PAYLOAD_TOO_LARGE", uploadLimit.message());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(ApiProblem.of(415, "UNSUPPORTED_MEDIA_TYPE", "请求内容类型必须是 application/json"));
    }

    /** The engine wraps what a listener throws; a refused input stays a 400, a missing permission a 403. */
    @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
    ResponseEntity<ProblemDetail> engine(org.camunda.bpm.engine.ProcessEngineException e) {
        ResponseEntity<ProblemDetail> transientFailure = raceOrOutage(e);
        if (transientFailure != null && !(e.getCause() instanceof InvalidInputException)) {
            return transientFailure;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalidInput(invalid);
            }
            if (cause instanceof ConfigurationGapException gap) {
                return configurationGap(gap);
            }
            if (cause instanceof org.camunda.bpm.engine.OptimisticLockingException locking) {
                return concurrent(locking);
            }
            if (cause instanceof DataAccessException || cause instanceof java.sql.SQLException) {
                return databaseRefusal(e);
            }
        }
        if (e instanceof org.camunda.bpm.engine.AuthorizationException) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiProblem.of(403, "FORBIDDEN", "无权进行此操作"));
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        ResponseEntity<ProblemDetail> transientFailure = raceOrOutage(e);
        if (transientFailure != null) {
            return transientFailure;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalidInput(invalid);
            }
            if (cause instanceof DataAccessException || cause instanceof java.sql.SQLException) {
                return databaseRefusal(e);
            }
        }
        // Only the exception type is logged: messages may carry personal data.
        log.error("Unexpected failure in API request: {}", e.getClass().getName());
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiProblem.forStatus(500));
    }

    private static ResponseEntity<ProblemDetail> badRequest(ProblemDetail body) {
        return ResponseEntity.badRequest().body(body);
    }
}
