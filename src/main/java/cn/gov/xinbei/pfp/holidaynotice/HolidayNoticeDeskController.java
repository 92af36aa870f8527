package cn.gov.xinbei.pfp.holidaynotice;

import cn.gov.xinbei.pfp.documents.PrintedText;
import cn.gov.xinbei.pfp.calendar.domain.WorkingDayCalendar;
import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
    @PreAuthorize(UserScope.ADMINISTRATOR_OR_BUREAU_SUPERVISOR)
    String page(Authentication authentication, Model model) {
        CurrentUser user = users.current(authentication);
        return show(model, user, null, null);
    }

    @PostMapping("/desk/calendar/preview")
    @PreAuthorize(UserScope.ADMINISTRATOR)
    String preview(Authentication authentication, @RequestParam(name = "noticeText", required = false) String text,
                   Model model, HttpServletResponse response) {
        CurrentUser user = users.current(authentication);
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
    @PreAuthorize(UserScope.ADMINISTRATOR)
    String publish(Authentication authentication, @RequestParam(name = "noticeText", required = false) String text,
                   Model model, HttpServletResponse response) {
        CurrentUser user = users.current(authentication);
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
            // the notice by its title, without the web address it was taken from (issue 15)
            lines.add(new YearLine(year, calendar.isPublished(year),
                    PrintedText.clean(calendar.arrangementOf(year).source())));
        }
        model.addAttribute("years", lines);
        model.addAttribute("publications", notices.all());
        model.addAttribute("mayPublish", UserScope.isAdministrator(user.groups()));
        if (text != null) {
            model.addAttribute("noticeText", text);
        }
        model.addAttribute("fieldError", error);
        return "desk/calendar/index";
    }
}
