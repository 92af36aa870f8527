package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.configuration.ConfigurationGapException;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 目标考核: the towns' targets and computed indicators for a year and period, and the year-end report. */
@Controller
@DeskPage
public class TargetsDeskController {

    // The same messages as the API's typed period (targets.api.TargetsApiController.Period).
    static final String YEAR_MESSAGE = "年度应为4位数字年份";
    static final String FROM_MESSAGE = "起始日期格式不正确，应为“年-月-日”";
    static final String TO_MESSAGE = "截止日期格式不正确，应为“年-月-日”";
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DeskUsers users;
    private final TargetsAccess access;
    private final TargetReports reports;
    private final TargetCatalog catalog;
    private final EngineClock clock;
    private final TargetEntryService entries;

    public TargetsDeskController(DeskUsers users, TargetsAccess access, TargetReports reports, TargetCatalog catalog,
                                 EngineClock clock, TargetEntryService entries) {
        this.entries = entries;
        this.users = users;
        this.access = access;
        this.reports = reports;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/desk/targets")
    String page(Authentication authentication, Model model,
                @InvalidMessage(YEAR_MESSAGE) @Min(value = 1000, message = YEAR_MESSAGE)
                @Max(value = 9999, message = YEAR_MESSAGE) @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String town,
                @InvalidMessage(FROM_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                @RequestParam(required = false) LocalDate from,
                @InvalidMessage(TO_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                @RequestParam(required = false) LocalDate to) {
        CurrentUser user = users.current(authentication);
        int chosenYear = year == null ? defaultYear() : year;
        model.addAttribute("years", catalog.years());
        model.addAttribute("year", chosenYear);
        model.addAttribute("town", town == null ? "" : town);
        model.addAttribute("from", from == null ? "" : from.toString());
        model.addAttribute("to", to == null ? "" : to.toString());
        try {
            TargetsAccess.Request request = access.resolve(user, chosenYear, town, from, to);
            TargetReports.Report report = reports.report(request.period(), request.town(), request.chartTowns());
            model.addAttribute("report", report);
            model.addAttribute("districtWide", request.districtWide());
            model.addAttribute("towns", request.selectableTowns());
            model.addAttribute("town", request.town() == null ? TargetsAccess.DISTRICT : request.town());
            model.addAttribute("from", request.period().from().toString());
            model.addAttribute("to", request.period().to().toString());
            model.addAttribute("reportTown", request.town() == null ? "" : request.town());
        } catch (ConfigurationGapException e) {
            // A year without targets is a clear page saying so, with the way to enter them, not an error.
            model.addAttribute("missingYear", chosenYear);
            model.addAttribute("gapMessage", e.userMessage());
            model.addAttribute("mayEnter", UserScope.isAdministrator(user.groups()));
            return "desk/targets/missing";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.violations().stream().map(FieldViolation::message)
                    .collect(Collectors.joining("；")));
            model.addAttribute("towns", List.of());
            model.addAttribute("districtWide", false);
        }
        return "desk/targets/index";
    }

    /** 录入年度考核目标: the form of a year without config/targets/&lt;year&gt;.yml (administrators). */
    @GetMapping("/desk/targets/entry")
    @PreAuthorize(UserScope.ADMINISTRATOR)
    String entryForm(Authentication authentication, Model model, HttpServletResponse response,
                     @RequestParam(required = false) String year) {
        CurrentUser user = users.current(authentication);
        try {
            model.addAttribute("form", entries.form(user, entries.year(year)));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.violations().get(0).message());
            return "desk/targets/missing";
        }
        model.addAttribute("fieldErrors", Map.of());
        return "desk/targets/entry";
    }

    @PostMapping("/desk/targets/entry")
    @PreAuthorize(UserScope.ADMINISTRATOR)
    String enter(Authentication authentication, Model model, HttpServletResponse response,
                 RedirectAttributes redirect, @RequestParam Map<String, String> parameters) {
        CurrentUser user = users.current(authentication);
        String year = parameters.get("year");
        try {
            entries.enter(user, year, parameters.get("source"), parameters);
            redirect.addFlashAttribute("notice", year.strip() + "年度考核目标已保存");
            return "redirect:/desk/targets/entry?year=" + year.strip();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            e.violations().forEach(v -> fieldErrors.merge(v.field(), v.message(), (a, b) -> a + "；" + b));
            model.addAttribute("error", "输入有误，未保存：" + e.violations().size() + "处需修改，见各栏提示");
            model.addAttribute("fieldErrors", fieldErrors);
            if (fieldErrors.containsKey("year")) {
                model.addAttribute("error", fieldErrors.get("year"));
                return "desk/targets/missing";
            }
            TargetEntryService.Form form = entries.form(user, entries.year(year));
            // Show what was typed, not what was stored.
            List<TargetEntryService.FormRow> rows = form.rows().stream().map(r -> {
                Map<String, String> typed = new LinkedHashMap<>();
                r.values().keySet().forEach(unit -> typed.put(unit,
                        parameters.getOrDefault("v." + r.key() + "." + unit, "")));
                return new TargetEntryService.FormRow(r.key(), r.name(), r.annex(), r.kindLabel(), r.kind(), typed);
            }).toList();
            model.addAttribute("form", new TargetEntryService.Form(form.year(), form.templateYear(),
                    form.alreadyEntered(), parameters.getOrDefault("source", ""), rows, form.towns()));
            return "desk/targets/entry";
        }
    }

    @GetMapping("/desk/targets/{year}/report.xlsx")
    ResponseEntity<byte[]> report(Authentication authentication, @PathVariable int year,
                                  @RequestParam(required = false) String town,
                                  @InvalidMessage(FROM_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  @RequestParam(required = false) LocalDate from,
                                  @InvalidMessage(TO_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  @RequestParam(required = false) LocalDate to) {
        TargetsAccess.Request request = access.resolve(users.current(authentication), year, town, from, to);
        TargetReports.Report main = reports.report(request.period(), request.town(), List.of());
        List<TargetReports.Report> towns = new ArrayList<>();
        if (request.town() == null) {
            for (Town t : request.chartTowns()) {
                towns.add(reports.report(request.period(), t.slug(), List.of()));
            }
        }
        String name = main.townName() + year + "年人口和计划生育目标任务完成情况.xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(TargetsWorkbook.write(main, towns));
    }

    private int defaultYear() {
        int thisYear = clock.today().getYear();
        if (catalog.hasYear(thisYear)) {
            return thisYear;
        }
        return catalog.years().stream().filter(y -> y <= thisYear).reduce((a, b) -> b)
                .orElse(catalog.years().stream().findFirst().orElse(thisYear));
    }
}
