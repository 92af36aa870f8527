package cn.gov.xinbei.pfp.supervision.web;

import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.supervision.SupervisionItem;
import cn.gov.xinbei.pfp.supervision.SupervisionService;
import cn.gov.xinbei.pfp.supervision.domain.SupervisionStatus;
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

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * 督办事项 on the desk: the list of the items in the user's scope, an item's details, and the answer (responsible
 * group) and review (supervisors) forms, which complete the item's Camunda tasks as the signed-in user.
 */
@Controller
@DeskPage
public class SupervisionDeskController {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SupervisionService service;
    private final DeskUsers users;
    private final EngineClock clock;

    public SupervisionDeskController(SupervisionService service, DeskUsers users, EngineClock clock) {
        this.service = service;
        this.users = users;
        this.clock = clock;
    }

    /** One row of the list or the details page, formatted for display. */
    public record ItemView(String id, String caseNumber, String status, String statusClass, String overdueStep,
                           String overdueDueAt, String responsibleGroup, String supervisorGroup, String raisedAt,
                           String answer, String answeredBy, String answeredAt, String returnReason, int returns,
                           String reviewedBy, String closedAt) {
    }

    @GetMapping("/desk/supervision")
    String list(Authentication authentication, Model model) {
        CurrentUser user = users.current(authentication);
        model.addAttribute("items", service.visibleTo(user).stream().map(this::view).toList());
        return "desk/supervision/list";
    }

    @GetMapping("/desk/supervision/{id}")
    String detail(@PathVariable String id, Authentication authentication, Model model) {
        return detailPage(users.current(authentication), id, model);
    }

    @PostMapping("/desk/supervision/{id}/answer")
    String answer(@PathVariable String id, @RequestParam(required = false) String answer,
                  Authentication authentication, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        CurrentUser user = users.current(authentication);
        try {
            service.answer(user, id, answer);
        } catch (InvalidInputException e) {
            return invalid(user, id, model, response, e, "answer", answer);
        }
        redirect.addFlashAttribute("notice", "已答复督办，等待审阅");
        return "redirect:/desk/supervision/" + id;
    }

    @PostMapping("/desk/supervision/{id}/review")
    String review(@PathVariable String id, @RequestParam(required = false) String reviewDecision,
                  @RequestParam(required = false) String returnReason, Authentication authentication, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser user = users.current(authentication);
        try {
            service.review(user, id, reviewDecision, returnReason);
        } catch (InvalidInputException e) {
            return invalid(user, id, model, response, e, "returnReason", returnReason);
        }
        redirect.addFlashAttribute("notice", "ACCEPT".equals(reviewDecision) ? "督办事项已办结" : "已退回重新答复");
        return "redirect:/desk/supervision/" + id;
    }

    private String invalid(CurrentUser user, String id, Model model, HttpServletResponse response,
                           InvalidInputException e, String field, String value) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("error", e.violations().stream().map(FieldViolation::message)
                .collect(Collectors.joining("；")));
        model.addAttribute(field, value);
        return detailPage(user, id, model);
    }

    private String detailPage(CurrentUser user, String id, Model model) {
        SupervisionItem item = service.visibleItem(user, id);
        model.addAttribute("item", view(item));
        model.addAttribute("mayAnswer", item.status() == SupervisionStatus.AWAITING_ANSWER
                && service.mayAnswer(user, item));
        model.addAttribute("mayReview", item.status() == SupervisionStatus.AWAITING_REVIEW
                && service.mayReview(user, item));
        return "desk/supervision/detail";
    }

    private ItemView view(SupervisionItem item) {
        String statusClass = switch (item.status()) {
            case AWAITING_ANSWER -> "status-overdue";
            case AWAITING_REVIEW -> "status-due-soon";
            case CLOSED -> "status-on-time";
        };
        return new ItemView(item.id(), item.caseNumber(), item.status().label(), statusClass, item.overdueStepName(),
                format(item.overdueDueAt()), service.groupNames(item.candidateGroupList()),
                service.groupName(item.supervisorGroup()), format(item.raisedAt()), item.answer(), item.answeredBy(),
                format(item.answeredAt()), item.returnReason(), item.returns(), item.reviewedBy(),
                format(item.closedAt()));
    }

    private String format(Instant instant) {
        return instant == null ? null : MINUTES.format(instant.atZone(clock.zone()));
    }
}
