package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.targets.domain.Indicator;
import cn.gov.xinbei.pfp.targets.domain.Measurement;
import cn.gov.xinbei.pfp.targets.domain.TargetEvaluator;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.List;

/**
 * The rows behind 流动人口管理服务率 (the figure's drill-down link): each migrant registered at a town of residence in
 * the period, whether she counts as served and, if not, why. Counts and rows come from {@link MigrantServiceQueries},
 * the figure's own query; the list is paged in the database. Scope as the targets page ({@link TargetsAccess}): the
 * bureau any town or the district, a town's clerks and supervisors their own town, everyone else 403. ID numbers
 * masked.
 */
@Controller
@DeskPage
public class MigrantServiceDeskController {

    private static final String YEAR_MESSAGE = TargetsDeskController.YEAR_MESSAGE;
    private static final String FROM_MESSAGE = TargetsDeskController.FROM_MESSAGE;
    private static final String TO_MESSAGE = TargetsDeskController.TO_MESSAGE;
    static final String SERVED_MESSAGE = "计入情况应为“计入分子”或“未计入分子”";
    static final String PAGE_MESSAGE = "页码应为不小于0的整数";

    private final DrilldownScope scope;
    private final MigrantServiceQueries queries;
    private final int pageSize;

    MigrantServiceDeskController(DrilldownScope scope, MigrantServiceQueries queries, TargetsProperties properties) {
        this.scope = scope;
        this.queries = queries;
        this.pageSize = properties.drilldownPageSize();
    }

    /** A registration as listed: Chinese labels; why it is not counted, if it is not. */
    public record Line(String caseNumber, String townName, LocalDate registeredOn, LocalDate arrivalDate,
                       String fullName, String idNumberMasked, String hukouPlace, String certificate,
                       String services, boolean served, String reason) {
    }

    @GetMapping(TargetReports.MIGRANT_SERVICE_PATH)
    String page(Authentication authentication, Model model, @InvalidMessage(YEAR_MESSAGE)
                @Min(value = 1000, message = YEAR_MESSAGE) @Max(value = 9999, message = YEAR_MESSAGE)
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String town,
                @InvalidMessage(FROM_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                @RequestParam(required = false) LocalDate from,
                @InvalidMessage(TO_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                @RequestParam(required = false) LocalDate to,
                @InvalidMessage(SERVED_MESSAGE) @RequestParam(required = false) MigrantServiceQueries.Served served,
                @InvalidMessage(PAGE_MESSAGE) @Min(value = 0, message = PAGE_MESSAGE)
                @RequestParam(required = false) Integer page) {
        MigrantServiceQueries.Served which = served == null ? MigrantServiceQueries.Served.ALL : served;
        model.addAttribute("served", which.name());
        TargetsAccess.Request request = scope.resolve(authentication, model, year, town, from, to);
        if (request == null) {
            return "desk/targets/migrant-services";
        }
        Measurement counts = queries.measure(request.town(), request.period());
        long selected = queries.count(request.town(), request.period(), which);
        int pages = (int) Math.max(1, (selected + pageSize - 1) / pageSize);
        int current = page == null ? 0 : Math.min(page, pages - 1);
        LocalDate referenceDay = queries.referenceDay(request.period());
        List<Line> lines = queries.page(request.town(), request.period(), which, (long) current * pageSize, pageSize)
                .stream().map(r -> line(r, referenceDay)).toList();
        model.addAttribute("rows", lines);
        model.addAttribute("total", counts.denominator());
        model.addAttribute("servedCount", counts.numerator());
        model.addAttribute("rate", counts.denominator() == 0 ? null
                : TargetEvaluator.percentOf(counts.numerator(), counts.denominator()).toPlainString() + "%");
        model.addAttribute("nothingCounted", Indicator.MIGRANT_SERVICE.nothingCounted());
        model.addAttribute("referenceDay", referenceDay);
        model.addAttribute("selected", selected);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("prevUrl", current > 0 ? url(model, which, current - 1) : null);
        model.addAttribute("nextUrl", current + 1 < pages ? url(model, which, current + 1) : null);
        return "desk/targets/migrant-services";
    }

    private static String url(Model model, MigrantServiceQueries.Served served, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(TargetReports.MIGRANT_SERVICE_PATH)
                .queryParam("town", model.getAttribute("town"))
                .queryParam("from", model.getAttribute("from"))
                .queryParam("to", model.getAttribute("to"));
        if (served != MigrantServiceQueries.Served.ALL) {
            b.queryParam("served", served.name());
        }
        return b.queryParam("page", page).toUriString();
    }

    private Line line(MigrantServiceQueries.Row r, LocalDate referenceDay) {
        String certificate;
        if (r.certificatePresented() && r.certificateNumber() != null) {
            certificate = (r.certificateIssuer() == null ? "" : r.certificateIssuer() + "出具，") + "编号"
                    + r.certificateNumber() + (r.certificateValidUntil() == null ? "" : "，有效期至" + r.certificateValidUntil())
                    + ("PRESENTED".equals(r.followUpOutcome()) ? "（" + r.followedUpOn() + "逾期补交）" : "");
        } else if ("NOTIFIED".equals(r.followUpOutcome())) {
            certificate = "未提交；" + r.followedUpOn() + "已通知限期补办";
        } else {
            certificate = "未提交";
        }
        return new Line(r.caseNumber(), scope.unitName(r.town()), r.registeredOn(), r.arrivalDate(), r.fullName(),
                r.idNumberMasked(), r.hukouPlace(), certificate, r.servicesInformed() ? "已告知" : "未登记",
                r.served(), r.served() ? null : reason(r, referenceDay));
    }

    /** Why a registration is not counted as served (the first condition of {@link MigrantServiceQueries#SERVED} it fails). */
    static String reason(MigrantServiceQueries.Row r, LocalDate referenceDay) {
        if (!r.certificatePresented() || r.certificateNumber() == null) {
            return "未查验到婚育证明";
        }
        if (r.certificateValidUntil() != null && r.certificateValidUntil().isBefore(referenceDay)) {
            return "婚育证明已于" + r.certificateValidUntil() + "过期";
        }
        if (r.followedUpOn() != null && r.followedUpOn().isAfter(referenceDay)) {
            return "婚育证明于" + r.followedUpOn() + "补交，晚于" + referenceDay;
        }
        return "未登记已告知服务";
    }
}
