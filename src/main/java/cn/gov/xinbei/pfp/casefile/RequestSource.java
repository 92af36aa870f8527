package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a case change came from, for the case timeline: the client address and (truncated) user agent of the HTTP
 * request that made it, whether through the project's API or the Camunda webapps (Spring Boot's request-context
 * filter covers every servlet), or {@value #SYSTEM} when no request is running (engine jobs such as timers).
 * The address is the servlet's remote address: behind a proxy, configure {@code server.forward-headers-strategy}
 * rather than trusting client headers here. ID-number-like runs in the user agent are masked, so nothing a client
 * sends can put an ID number into the timeline.
 */
public final class RequestSource {

    public static final String SYSTEM = "system";
    static final int MAX_USER_AGENT = 120;
    static final int MAX_LENGTH = 255;

    private RequestSource() {
    }

    public static String current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return SYSTEM;
        }
        return of(servlet.getRequest());
    }

    static String of(HttpServletRequest request) {
        String address = clean(request.getRemoteAddr());
        String userAgent = clean(request.getHeader("User-Agent"));
        StringBuilder source = new StringBuilder("ip=").append(address == null ? "unknown" : address);
        if (userAgent != null && !userAgent.isBlank()) {
            if (userAgent.length() > MAX_USER_AGENT) {
                userAgent = userAgent.substring(0, MAX_USER_AGENT) + "…";
            }
            source.append("; ua=").append(userAgent);
        }
        String text = ResidentIdMasking.maskAll(source.toString());
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    /** Control characters out (no forged lines in exports or logs). */
    private static String clean(String value) {
        return value == null ? null : value.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
