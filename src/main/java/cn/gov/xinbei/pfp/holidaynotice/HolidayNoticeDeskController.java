package cn.gov.xinbei.pfp.holidaynotice;

import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 节假日安排 on the desk: which years run on a published notice and which on the provisional calendar; the bureau's
 * administrators paste a new notice, review it and confirm it. The bureau's supervisors may look.
 */
@Controller
@DeskPage
public class HolidayNoticeDeskController {

    private final HolidayNoticeService service;
    private final PublishedNotices notices;
    private final WorkingDayCalendar calendar;
    private final DeskUsers users;
    private final EngineClock clock;

    public HolidayNoticeDeskController(HolidayNoticeService service, PublishedNotices notices, WorkingDayCalendar calendar,
                                       DeskUsers users, EngineClock clock) {
        this.service = service;
        this.notices = notices;
        this.calendar = calendar;
        this.users = users;
        this.clock = clock;
    }

    /** A year on the page: published (by a file or on the desk) or provisional. */
    public record YearLine(int year, boolean published, String source) {
    }

    @GetMapping("/desk/calendar")
    String page(Authentication authentication, Model model) {
        CurrentUser user = users.current(authentication);
        requireReader(user);
        return show(model, user, null, null);
    }

    @PostMapping("/desk/calendar/preview")
    String preview(Authentication authentication, @RequestParam(name = "noticeText", required = false) String text,
                   Model model, HttpServletResponse response) {
        CurrentUser user = requirePublisher(authentication);
        try {
            model.addAttribute("preview", service.preview(text));
            model.addAttribute("noticeText", text);
            return show(model, user, null, null);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, user, text, e.getMessage());
        }
    }

    @PostMapping("/desk/calendar/publish")
    String publish(Authentication authentication, @RequestParam(name = "noticeText", required = false) String text,
                   Model model, HttpServletResponse response) {
        CurrentUser user = requirePublisher(authentication);
        try {
            model.addAttribute("published", service.publish(text, user.id()));
            return show(model, user, null, null);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(model, user, text, e.getMessage());
        }
    }

    private String show(Model model, CurrentUser user, String text, String error) {
        int thisYear = clock.today().getYear();
        SortedSet<Integer> years = new TreeSet<>(calendar.configuredYears());
        years.add(thisYear);
        years.add(thisYear + 1);
        List<YearLine> lines = new ArrayList<>();
        List<Integer> newestFirst = new ArrayList<>(years);
        java.util.Collections.reverse(newestFirst);
        for (int year : newestFirst) {
            lines.add(new YearLine(year, calendar.isPublished(year), calendar.arrangementOf(year).source()));
        }
        model.addAttribute("years", lines);
        model.addAttribute("publications", notices.all());
        model.addAttribute("mayPublish", mayPublish(user));
        if (text != null) {
            model.addAttribute("noticeText", text);
        }
        model.addAttribute("fieldError", error);
        return "desk/calendar/index";
    }

    static boolean mayPublish(CurrentUser user) {
        return user.groups().contains(Organization.ADMIN);
    }

    private static void requireReader(CurrentUser user) {
        if (!mayPublish(user) && !user.groups().contains(Organization.group(Organization.BUREAU, Organization.SUPERVISOR))) {
            throw new AccessDeniedException("the holiday arrangements are for administrators and bureau supervisors");
        }
    }

    private CurrentUser requirePublisher(Authentication authentication) {
        CurrentUser user = users.current(authentication);
        if (!mayPublish(user)) {
            throw new AccessDeniedException("only administrators publish holiday notices");
        }
        return user;
    }
}
