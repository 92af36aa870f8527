package cn.gov.xinbei.pfp.desk;

import cn.gov.xinbei.pfp.shared.configuration.ConfigurationGapException;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.web.NotFoundException;
import cn.gov.xinbei.pfp.web.ParameterErrors;
import cn.gov.xinbei.pfp.web.UploadLimit;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Refusals on desk pages as a Chinese page with the desk's header, not the API's JSON. Ahead of the API's handler,
 * which answers every other controller.
 */
@ControllerAdvice(annotations = DeskPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DeskErrors {

    static final String DENIED = "无权进行此操作";

    private final DeskModel header;
    private final UploadLimit uploadLimit;

    public DeskErrors(DeskModel header, UploadLimit uploadLimit) {
        this.header = header;
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.FORBIDDEN, DENIED);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A typed filter or choice in the address that cannot be read (an unknown kind, a date that is no date). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.BAD_REQUEST, messages(ParameterErrors.of(e)));
    }

    /** Parameters bound to an object (the deadline list's query): every one that cannot be read, named at once. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    String invalidParameters(MethodArgumentNotValidException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.BAD_REQUEST, messages(ParameterErrors.of(e)));
    }

    /** A parameter that breaks its constraint (a negative page): the constraint's Chinese message. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    String invalidParameters(HandlerMethodValidationException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.BAD_REQUEST, messages(ParameterErrors.of(e)));
    }

    private static String messages(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::message).collect(Collectors.joining("；"));
    }

    /** A bureau-owned figure is not configured: 409 with the figure and who enters it, not an input error. */
    @ExceptionHandler(ConfigurationGapException.class)
    String configurationGap(ConfigurationGapException e, HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.CONFLICT, e.userMessage());
    }

    /** A file above the upload limit (config/web.yml): 413 naming the limit, on the desk's page. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String uploadTooLarge(HttpServletResponse response, Model model) {
        return page(response, model, HttpStatus.PAYLOAD_TOO_LARGE, uploadLimit.message());
    }

    private String page(HttpServletResponse response, Model model, HttpStatus status, String message) {
        // An exception handler starts from an empty model: the page header needs its attributes again.
        model.addAttribute("deskUser", header.deskUser(SecurityContextHolder.getContext().getAuthentication()));
        model.addAttribute("logoutUrl", header.logoutUrl());
        response.setStatus(status.value());
        model.addAttribute("error", message);
        return "desk/error";
    }
}
