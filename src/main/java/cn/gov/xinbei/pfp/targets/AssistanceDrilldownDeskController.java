package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.ChangeReason;
import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The rows behind the two assistance indicators, on the desk (the figures' drill-down links): 申报变更准确率
 * (/desk/assistance/declarations) and 扶助金发放率 (/desk/assistance/payouts). The rows come from the queries the
 * indicators count ({@link IndicatorQueries}), so the page's counts are the figure's. Scope as the targets page
 * ({@link TargetsAccess}): the bureau any town or the district, a town's clerks and supervisors their own town,
 * everyone else 403. ID numbers masked.
 */
@Controller
@DeskPage
public class AssistanceDrilldownDeskController {

    private static final String YEAR_MESSAGE = TargetsDeskController.YEAR_MESSAGE;
    private static final String FROM_MESSAGE = TargetsDeskController.FROM_MESSAGE;
    private static final String TO_MESSAGE = TargetsDeskController.TO_MESSAGE;

    private static final Map<String, String> OUTCOMES = Map.of("CONFIRMED", "确认", "REFUSED", "不予确认",
            "REJECTED", "不予变更");

    private final DrilldownScope scope;
    private final IndicatorQueries queries;

    AssistanceDrilldownDeskController(DrilldownScope scope, IndicatorQueries queries) {
        this.scope = scope;
        this.queries = queries;
    }

    /** A declaration or change as listed: labels in Chinese. */
    public record DeclarationLine(String typeLabel, String caseNumber, String townName, String schemeName,
                                  String subject, String outcomeLabel, String reasonLabel, LocalDate decidedOn,
                                  boolean accurate) {
    }

    /** An entitlement due in the period as listed. */
    public record PayoutLine(String caseNumber, String townName, String schemeName, String fullName,
                             String idNumberMasked, LocalDate fromDate, LocalDate untilDate, String amount,
                             LocalDate transferredOn, LocalDate creditedOn, boolean credited) {
    }

    @GetMapping("/desk/assistance/declarations")
    String declarations(Authentication authentication, Model model, @InvalidMessage(YEAR_MESSAGE)
                        @Min(value = 1000, message = YEAR_MESSAGE) @Max(value = 9999, message = YEAR_MESSAGE)
                        @RequestParam(required = false) Integer year, @RequestParam(required = false) String town,
                        @InvalidMessage(FROM_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                        @RequestParam(required = false) LocalDate from,
                        @InvalidMessage(TO_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                        @RequestParam(required = false) LocalDate to) {
        TargetsAccess.Request request = resolve(authentication, model, year, town, from, to);
        if (request != null) {
            List<IndicatorQueries.AccuracyRow> rows = queries.assistanceAccuracyRows(request.town(), request.period());
            model.addAttribute("rows", rows.stream().map(this::line).toList());
            model.addAttribute("accurate", rows.stream().filter(IndicatorQueries.AccuracyRow::accurate).count());
            model.addAttribute("total", rows.size());
        }
        return "desk/targets/assistance-declarations";
    }

    @GetMapping("/desk/assistance/payouts")
    String payouts(Authentication authentication, Model model, @InvalidMessage(YEAR_MESSAGE)
                   @Min(value = 1000, message = YEAR_MESSAGE) @Max(value = 9999, message = YEAR_MESSAGE)
                   @RequestParam(required = false) Integer year, @RequestParam(required = false) String town,
                   @InvalidMessage(FROM_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                   @RequestParam(required = false) LocalDate from,
                   @InvalidMessage(TO_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                   @RequestParam(required = false) LocalDate to) {
        TargetsAccess.Request request = resolve(authentication, model, year, town, from, to);
        if (request != null) {
            List<IndicatorQueries.PayoutRow> rows = queries.assistancePayoutRows(request.town(), request.period());
            model.addAttribute("rows", rows.stream().map(this::line).toList());
            model.addAttribute("credited", rows.stream().filter(IndicatorQueries.PayoutRow::credited).count());
            model.addAttribute("total", rows.size());
        }
        return "desk/targets/assistance-payouts";
    }

    private TargetsAccess.Request resolve(Authentication authentication, Model model, Integer year, String town,
                                          LocalDate from, LocalDate to) {
        return scope.resolve(authentication, model, year, town, from, to);
    }

    private DeclarationLine line(IndicatorQueries.AccuracyRow r) {
        boolean declaration = IndicatorQueries.AccuracyRow.DECLARATION.equals(r.type());
        String subject = r.subjectName() == null ? "—"
                : r.subjectName() + (r.subjectIdMasked() == null ? "" : " " + r.subjectIdMasked());
        return new DeclarationLine(declaration ? "资格申报" : "变更申请", r.caseNumber(), townName(r.town()),
                schemeName(r.scheme()), subject, OUTCOMES.getOrDefault(r.outcome(), r.outcome()),
                r.reason() == null ? null : Arrays.stream(ChangeReason.values()).filter(c -> c.name().equals(r.reason()))
                        .map(ChangeReason::label).findFirst().orElse(r.reason()),
                r.decidedOn(), r.accurate());
    }

    private PayoutLine line(IndicatorQueries.PayoutRow r) {
        return new PayoutLine(r.caseNumber(), townName(r.town()), schemeName(r.scheme()), r.fullName(),
                r.idNumberMasked(), r.fromDate(), r.untilDate(), r.amount() == null ? null : r.amount().toPlainString(),
                r.transferredOn(), r.creditedOn(), r.credited());
    }

    private String townName(String slug) {
        return scope.unitName(slug);
    }

    private static String schemeName(String scheme) {
        return Arrays.stream(AssistanceScheme.values()).filter(s -> s.name().equals(scheme))
                .map(AssistanceScheme::shortName).findFirst().orElse(scheme);
    }
}
