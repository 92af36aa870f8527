package cn.gov.xinbei.pfp.supervision.web;

import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.supervision.DeadlineExtensionService;
import cn.gov.xinbei.pfp.supervision.domain.ExtensionPolicy;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.stream.Collectors;

/** 延长期限: a supervisor extends a step's deadline where the law allows it, with the working days and a reason. */
@Controller
@DeskPage
public class ExtensionDeskController {

    private final DeadlineExtensionService extensions;
    private final DeskUsers users;

    public ExtensionDeskController(DeadlineExtensionService extensions, DeskUsers users) {
        this.extensions = extensions;
        this.users = users;
    }

    @GetMapping("/desk/steps/{taskId}/extension")
    String form(@PathVariable String taskId, Authentication authentication, Model model) {
        model.addAttribute("step", extensions.view(users.current(authentication), taskId));
        return "desk/supervision/extension";
    }

    @PostMapping("/desk/steps/{taskId}/extension")
    String extend(@PathVariable String taskId, @RequestParam(required = false) String workingDays,
                  @RequestParam(required = false) String reason, Authentication authentication, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser user = users.current(authentication);
        try {
            var newDue = extensions.extend(user, taskId, parseDays(workingDays), reason);
            redirect.addFlashAttribute("notice", "期限已延长至" + newDue);
            return "redirect:/desk/steps/" + taskId + "/extension";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.violations().stream().map(FieldViolation::message)
                    .collect(Collectors.joining("；")));
            model.addAttribute("workingDays", workingDays);
            model.addAttribute("reason", reason);
            model.addAttribute("step", extensions.view(user, taskId));
            return "desk/supervision/extension";
        }
    }

    private static Integer parseDays(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(ExtensionPolicy.DAYS_FIELD, "延长工作日数：应为整数");
        }
    }
}
