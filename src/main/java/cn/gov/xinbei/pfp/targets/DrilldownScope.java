package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The town and period of a targets drill-down page, resolved as on the targets page ({@link TargetsAccess}: 403
 * outside the user's towns) and put on the page's model (filters, unit name); input errors are shown on the page.
 */
@Component
class DrilldownScope {

    private final DeskUsers users;
    private final TargetsAccess access;
    private final TargetReports reports;
    private final EngineClock clock;

    DrilldownScope(DeskUsers users, TargetsAccess access, TargetReports reports, EngineClock clock) {
        this.users = users;
        this.access = access;
        this.reports = reports;
        this.clock = clock;
    }

    /** @return the request, or null when the input was wrong (the message is on the model) */
    TargetsAccess.Request resolve(Authentication authentication, Model model, Integer year, String town,
                                  LocalDate from, LocalDate to) {
        CurrentUser user = users.current(authentication);
        model.addAttribute("town", town == null ? "" : town);
        model.addAttribute("from", from == null ? "" : from.toString());
        model.addAttribute("to", to == null ? "" : to.toString());
        try {
            TargetsAccess.Request request = access.resolve(user, year(year, from), town, from, to);
            model.addAttribute("towns", request.selectableTowns());
            model.addAttribute("districtWide", request.districtWide());
            model.addAttribute("town", request.town() == null ? TargetsAccess.DISTRICT : request.town());
            model.addAttribute("unitName", reports.unitName(request.town()));
            model.addAttribute("year", request.period().year());
            model.addAttribute("from", request.period().from().toString());
            model.addAttribute("to", request.period().to().toString());
            return request;
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.violations().stream().map(FieldViolation::message)
                    .collect(Collectors.joining("；")));
            model.addAttribute("towns", List.<Town>of());
            model.addAttribute("districtWide", false);
            return null;
        }
    }

    /** The year asked for; without one, the year of from, or this year. */
    private int year(Integer year, LocalDate from) {
        if (year != null) {
            return year;
        }
        return from != null ? from.getYear() : clock.today().getYear();
    }

    String unitName(String town) {
        return reports.unitName(town);
    }
}
