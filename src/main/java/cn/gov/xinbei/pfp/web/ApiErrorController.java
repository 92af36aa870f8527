package cn.gov.xinbei.pfp.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Spring Boot's /error, with the API's problem details for failures of /api requests that never reached a controller
 * (a filter, the multipart parser, the servlet container): the same {@code application/problem+json} body as
 * {@link ApiExceptionHandler}, a Chinese message, never the failure's own text. Everything else (the desk's and the
 * webapps' pages) is answered by Boot's controller as before.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ApiErrorController extends BasicErrorController {

    private final ErrorAttributes errorAttributes;
    private final UploadLimit uploadLimit;

    public ApiErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                              ObjectProvider<ErrorViewResolver> errorViewResolvers, UploadLimit uploadLimit) {
        super(errorAttributes, server.getError(), errorViewResolvers.orderedStream().toList());
        this.errorAttributes = errorAttributes;
        this.uploadLimit = uploadLimit;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !path.startsWith("/api/")) {
            return super.error(request);
        }
        int status = getStatus(request).value();
        Throwable failure = errorAttributes.getError(new ServletWebRequest(request));
        ProblemDetail problem = failure instanceof MaxUploadSizeExceededException
                ? ApiProblem.of(413, "PAYLOAD_TOO_LARGE", uploadLimit.message()) : ApiProblem.forStatus(status);
        problem.setInstance(URI.create(path));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(asMap(problem));
    }

    /** The problem as the JSON fields Jackson writes for a ProblemDetail (its properties at the top level). */
    private static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
