package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Reach;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.configuration.ConfigurationGapException;
import cn.gov.xinbei.pfp.shared.configuration.FigureKind;
import cn.gov.xinbei.pfp.shared.configuration.MissingFigure;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import cn.gov.xinbei.pfp.targets.domain.ReportPeriod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Who sees which figures: the bureau's clerks and supervisors any town or the district; a town's clerks and
 * supervisors only their own town (another town or the district: 403); liaisons and administrators none (403).
 */
@Component
public class TargetsAccess {

    /** The value of the town parameter that asks for the district's figures (an empty value does too, for the bureau). */
    public static final String DISTRICT = TargetReports.DISTRICT;

    private final Organization organization;
    private final UserScope userScope;
    private final TargetCatalog catalog;
    private final EngineClock clock;

    public TargetsAccess(Organization organization, UserScope userScope, TargetCatalog catalog, EngineClock clock) {
        this.userScope = userScope;
        this.organization = organization;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** What was asked, checked: the year, the period, the town (null: the district) and the towns of the chart. */
    public record Request(ReportPeriod period, String town, List<Town> chartTowns, boolean districtWide,
                          List<Town> selectableTowns) {
    }

    /** The desk pages' request, the dates as typed on the page. */
    public Request resolve(CurrentUser user, int year, String town, String from, String to) {
        return resolve(user, year, town, violations -> ReportPeriod.parse(year, from, to, clock.today(), violations));
    }

    /** The API's request, its dates read as typed parameters (null: not given). */
    public Request resolve(CurrentUser user, int year, String town, LocalDate from, LocalDate to) {
        return resolve(user, year, town, violations -> ReportPeriod.of(year, from, to, clock.today(), violations));
    }

    private Request resolve(CurrentUser user, int year, String town, Function<Violations, ReportPeriod> asked) {
        Reach reach = userScope.of(user.groups());
        boolean districtWide = reach.bureauWide();
        List<Town> ownTowns = reach.towns().stream().map(t -> organization.townBySlug(t).orElseThrow()).toList();
        if (!reach.seesTowns()) {
            throw new AccessDeniedException("no targets for these groups");
        }
        Violations violations = new Violations();
        if (!catalog.hasYear(year)) {
            // Not an input error: the bureau has not entered that year's targets yet (configuration gap, 409).
            throw new ConfigurationGapException(new MissingFigure(FigureKind.ANNUAL_TARGETS, "targets", year, "",
                    year + "年度各镇（街道）考核目标"));
        }
        String requested = FormValues.blankToNull(town);
        if (requested != null && !DISTRICT.equals(requested) && organization.townBySlug(requested).isEmpty()) {
            violations.add("town", "不是本区的镇（街道）");
        }
        ReportPeriod period = asked.apply(violations);
        String slug;
        if (districtWide) {
            slug = requested == null || DISTRICT.equals(requested) ? null : requested;
        } else {
            slug = requested == null ? ownTowns.get(0).slug() : requested;
            if (DISTRICT.equals(slug) || ownTowns.stream().noneMatch(t -> t.slug().equals(slug))) {
                throw new AccessDeniedException("town outside the user's scope");
            }
        }
        List<Town> chart = districtWide ? organization.towns() : ownTowns;
        return new Request(period, slug, chart, districtWide, chart);
    }
}
