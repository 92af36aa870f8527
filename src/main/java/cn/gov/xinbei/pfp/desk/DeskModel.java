package cn.gov.xinbei.pfp.desk;

import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.PersonNames;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskPages;
import cn.gov.xinbei.pfp.security.DeskUsers;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/** What every desk page's header shows: who is signed in, in which groups (by their Chinese names), and how to leave. */
@ControllerAdvice(annotations = DeskPage.class)
public class DeskModel {

    private final DeskUsers users;
    private final Organization organization;
    private final String logoutUrl;
    private final CalendarGaps calendarGaps;
    private final PersonNames names;

    public DeskModel(DeskUsers users, Organization organization, Environment environment, CalendarGaps calendarGaps,
                     PersonNames names) {
        this.names = names;
        this.users = users;
        this.organization = organization;
        this.calendarGaps = calendarGaps;
        // With Keycloak, signing out ends the Keycloak session too (KeycloakSecurityConfiguration).
        this.logoutUrl = environment.acceptsProfiles(Profiles.of("keycloak")) ? "/logout" : DeskPages.LOGOUT;
    }

    @ModelAttribute("deskUser")
    DeskUserView deskUser(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        CurrentUser user = users.current(authentication);
        var names = organization.allGroups();
        return new DeskUserView(user.id(), this.names.nameOf(user.id()), user.groups().stream().map(g -> names.getOrDefault(g, g)).toList(),
                UserScope.isAdministratorOrBureauSupervisor(user.groups()));
    }

    /**
     * For administrators: the years whose State Council holiday notice is not published while deadlines run into
     * them (this year, next year from {@code app.calendar.banner-from-month}, and the years of open steps' due dates).
     */
    @ModelAttribute("calendarBanner")
    String calendarBanner(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !UserScope.isAdministrator(users.current(authentication).groups())) {
            return null;
        }
        return calendarGaps.bannerText().orElse(null);
    }

    @ModelAttribute("logoutUrl")
    String logoutUrl() {
        return logoutUrl;
    }

    /** @param auditor whether the user may read the administration log */
    /** @param name the person's name as shown (张敏), never the login id */
    public record DeskUserView(String id, String name, List<String> groupNames, boolean auditor) {
    }
}
