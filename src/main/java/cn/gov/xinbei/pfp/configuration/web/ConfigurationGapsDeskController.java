package cn.gov.xinbei.pfp.configuration.web;

import cn.gov.xinbei.pfp.configuration.ConfigurationFigureService;
import cn.gov.xinbei.pfp.configuration.ConfigurationGaps;
import cn.gov.xinbei.pfp.configuration.FigureCatalog;
import cn.gov.xinbei.pfp.configuration.FigureStore;
import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 配置缺口: every bureau-owned figure that is missing and holds a case (which cases, at which step, since when), for
 * the bureau's administrators and supervisors; the administrators enter the figure here (amount, year, area where
 * relevant, and the document it comes from), after which the waiting cases go on by themselves.
 */
@Controller
@DeskPage
public class ConfigurationGapsDeskController {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConfigurationGaps gaps;
    private final ConfigurationFigureService figures;
    private final FigureStore store;
    private final DeskUsers users;
    private final ZoneId zone;

    public ConfigurationGapsDeskController(ConfigurationGaps gaps, ConfigurationFigureService figures,
                                           FigureStore store, DeskUsers users,
                                           @org.springframework.beans.factory.annotation.Value("${app.zone:Asia/Shanghai}")
                                           String zone) {
        this.gaps = gaps;
        this.figures = figures;
        this.store = store;
        this.users = users;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/desk/configuration-gaps")
    @PreAuthorize(UserScope.ADMINISTRATOR_OR_BUREAU_SUPERVISOR)
    String list(Authentication authentication, Model model) {
        CurrentUser user = users.current(authentication);
        model.addAttribute("groups", gaps.open().stream().map(g -> new GroupView(g.figure().kind().label(),
                g.figure().description(), g.figure().kind().name(), g.figure().key(), g.figure().year(),
                g.figure().area(), time(g.since()), g.cases().stream().map(c -> new CaseView(c.caseNumber(),
                        c.stepName(), time(c.waitingSince()))).toList())).toList());
        model.addAttribute("entered", store.all().stream().map(f -> new EnteredView(f.kind().label(),
                describe(f), f.amount().toPlainString(), f.source(), f.enteredBy(), time(f.enteredAt()))).toList());
        model.addAttribute("mayEnter", UserScope.isAdministrator(user.groups()));
        model.addAttribute("kinds", kinds());
        return "desk/configuration/gaps";
    }

    @GetMapping("/desk/configuration-gaps/figure")
    @PreAuthorize(UserScope.ADMINISTRATOR)
    String form(Model model,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String key,
                @RequestParam(required = false) String year, @RequestParam(required = false) String area) {
        fill(model, new ConfigurationFigureService.Entry(kind, key, year, area, null, null), Map.of());
        return "desk/configuration/figure";
    }

    @PostMapping("/desk/configuration-gaps/figure")
    @PreAuthorize(UserScope.ADMINISTRATOR)
    String enter(Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect,
                 @RequestParam(required = false) String kind, @RequestParam(required = false) String key,
                 @RequestParam(required = false) String year, @RequestParam(required = false) String area,
                 @RequestParam(required = false) String amount, @RequestParam(required = false) String source) {
        CurrentUser user = users.current(authentication);
        ConfigurationFigureService.Entry entry = new ConfigurationFigureService.Entry(kind, key, year, area, amount, source);
        try {
            ConfigurationFigureService.Entered entered = figures.enter(user, entry);
            redirect.addFlashAttribute("notice", "已补录" + entered.figure().description() + "："
                    + entered.amount().toPlainString() + entered.unit()
                    + (entered.previous() == null ? "" : "（原为" + entered.previous().toPlainString() + "）")
                    + (entered.resumedCases().isEmpty() ? "。" : "；以下案件继续办理：" + String.join("、", entered.resumedCases()) + "。"));
            return "redirect:/desk/configuration-gaps";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            for (FieldViolation v : e.violations()) {
                fieldErrors.merge(v.field(), v.message(), (a, b) -> a + "；" + b);
            }
            model.addAttribute("error", "输入有误，未保存：请按各栏提示修改后重新提交");
            fill(model, entry, fieldErrors);
            return "desk/configuration/figure";
        }
    }

    private void fill(Model model, ConfigurationFigureService.Entry entry, Map<String, String> fieldErrors) {
        FigureCatalog catalog = figures.catalog(entry.kind()).orElse(figures.catalogs().values().iterator().next());
        model.addAttribute("entry", entry);
        model.addAttribute("kind", catalog.kind().name());
        model.addAttribute("kindLabel", catalog.kind().label());
        model.addAttribute("kinds", kinds());
        model.addAttribute("keys", catalog.keys().stream().map(c -> new KeyView(c.value(), c.label(),
                catalog.unitLabel(c.value()), figures.range(catalog, c.value()).min().toPlainString() + "—"
                + figures.range(catalog, c.value()).max().toPlainString())).toList());
        // Every area any figure of the kind may be given for (the service checks the pair).
        Map<String, FigureCatalog.Choice> areas = new LinkedHashMap<>();
        catalog.keys().stream().filter(c -> catalog.needsArea(c.value()))
                .forEach(c -> catalog.areas(c.value()).forEach(a -> areas.putIfAbsent(a.value(), a)));
        model.addAttribute("needsArea", !areas.isEmpty());
        model.addAttribute("areas", List.copyOf(areas.values()));
        model.addAttribute("minYear", figures.minYear());
        model.addAttribute("maxYear", figures.maxYear());
        model.addAttribute("fieldErrors", fieldErrors);
    }

    private List<FigureCatalog.Choice> kinds() {
        return figures.catalogs().keySet().stream().map(k -> new FigureCatalog.Choice(k.name(), k.label())).toList();
    }

    private String describe(FigureStore.StoredFigure f) {
        FigureCatalog catalog = figures.catalogs().get(f.kind());
        try {
            return catalog == null ? f.key() + " " + f.year() : catalog.describe(f.key(), f.year(), f.area()).description();
        } catch (IllegalArgumentException e) {
            return f.key() + " " + f.year() + " " + f.area();
        }
    }

    private String time(java.time.Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    public record GroupView(String kindLabel, String description, String kind, String key, int year, String area,
                            String since, List<CaseView> cases) {
    }

    public record CaseView(String caseNumber, String stepName, String since) {
    }

    public record EnteredView(String kindLabel, String description, String amount, String source, String enteredBy,
                              String enteredAt) {
    }

    public record KeyView(String value, String label, String unit, String range) {
    }
}
