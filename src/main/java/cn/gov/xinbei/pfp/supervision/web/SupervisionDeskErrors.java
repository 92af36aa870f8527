package cn.gov.xinbei.pfp.supervision.web;

import cn.gov.xinbei.pfp.web.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Refusals on the supervision desk pages as a Chinese page (the API's handler answers JSON). */
@ControllerAdvice(assignableTypes = {SupervisionDeskController.class, ExtensionDeskController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SupervisionDeskErrors {

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("error", "无权进行此操作");
        return "desk/supervision/error";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("error", e.getMessage());
        return "desk/supervision/error";
    }
}
