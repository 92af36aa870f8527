package cn.gov.xinbei.pfp.desk;

import cn.gov.xinbei.pfp.security.DeskPages;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Where Spring Security sends a desk request it refuses before any controller runs (a form without its CSRF token:
 * a page left open past its session, or a post from another site): the desk's Chinese error page, still 403.
 */
@Controller
@DeskPage
public class DeskDeniedController {

    static final String STALE_OR_FOREIGN_FORM = "无权进行此操作：表单已过期或并非来自本系统页面，请返回刷新页面后重新提交";

    @RequestMapping(DeskPages.DENIED)
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("error", STALE_OR_FOREIGN_FORM);
        return "desk/error";
    }
}
