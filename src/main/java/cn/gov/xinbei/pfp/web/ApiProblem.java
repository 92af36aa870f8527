package cn.gov.xinbei.pfp.web;

import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Map;

/**
 * The one error body every endpoint of the project's API returns: an RFC 9457 problem ({@code application/problem+json})
 * with {@code status}, a Chinese {@code title} and {@code detail}, and the fields clients read since before:
 * {@code code} (stable, English), {@code message} (Chinese, for users; the same text as {@code detail}) and
 * {@code violations} (field and Chinese message, empty unless an input was refused).
 */
public final class ApiProblem {

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "请求有误"),
            Map.entry(401, "未登录"),
            Map.entry(403, "无权访问"),
            Map.entry(404, "未找到"),
            Map.entry(405, "不支持的请求方法"),
            Map.entry(409, "与当前状态冲突"),
            Map.entry(413, "请求内容过大"),
            Map.entry(415, "不支持的内容类型"),
            Map.entry(500, "系统内部错误"),
            Map.entry(503, "服务暂不可用"));

    /** What an unexpected failure says: generic, never a class name, a stack trace or the failure's message. */
    public static final String INTERNAL_ERROR = "系统内部错误，请稍后重试或联系管理员";

    private ApiProblem() {
    }

    public static ProblemDetail of(int status, String code, String message) {
        return of(status, code, message, List.of());
    }

    public static ProblemDetail of(int status, String code, String message, List<FieldViolation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), message);
        problem.setTitle(title(status));
        problem.setProperty("code", code);
        problem.setProperty("message", message);
        problem.setProperty("violations", List.copyOf(violations));
        return problem;
    }

    /**
     * The answer to a bare status (an error that reached /error, e.g. from a filter or the server): a code and a
     * Chinese message for users, never the failure's own text.
     */
    public static ProblemDetail forStatus(int status) {
        return switch (status) {
            case 400 -> of(400, "MALFORMED_REQUEST", "请求格式不正确，请检查后重新提交");
            case 401 -> of(401, "UNAUTHORIZED", "请先登录");
            case 403 -> of(403, "FORBIDDEN", "无权进行此操作");
            case 404 -> of(404, "NOT_FOUND", "请求的地址不存在");
            case 405 -> of(405, "METHOD_NOT_ALLOWED", "不支持的请求方法");
            case 413 -> of(413, "PAYLOAD_TOO_LARGE", "请求内容或上传的文件过大");
            case 415 -> of(415, "UNSUPPORTED_MEDIA_TYPE", "不支持的请求内容类型");
            default -> status >= 500 ? of(status < 600 ? status : 500, "INTERNAL_ERROR", INTERNAL_ERROR)
                    : of(status, "BAD_REQUEST", "请求未能处理，请刷新后重试");
        };
    }

    static String title(int status) {
        String title = TITLES.get(status);
        if (title != null) {
            return title;
        }
        return status >= 500 ? "系统内部错误" : "请求未能处理";
    }
}
