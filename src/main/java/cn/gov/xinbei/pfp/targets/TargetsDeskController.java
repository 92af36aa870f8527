package cn.gov.xinbei.pfp.targets;

import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** 目标考核: the towns' targets and computed indicators for a year and period, and the year-end report. */
@Controller
@DeskPage
public class TargetsDeskController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DeskUsers users;
    private final TargetsAccess access;
    private final TargetReports reports;
    private final TargetCatalog catalog;
    private final EngineClock clock;

    public TargetsDeskController(DeskUsers users, TargetsAccess access, TargetReports reports, TargetCatalog catalog,
                                 EngineClock clock) {
        this.users = users;
        this.access = access;
        this.reports = reports;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/desk/targets")
    String page(Authentication authentication, Model model,
                @RequestParam(required = false) String year,
                @RequestParam(required = false) String town,
                @RequestParam(required = false) String from,
                @RequestParam(required = false) String to) {
        CurrentUser user = users.current(authentication);
        int chosenYear = defaultYear();
        if (year != null && year.strip().matches("\\d{4}")) {
            chosenYear = Integer.parseInt(year.strip());
        } else if (year != null && !year.isBlank()) {
            model.addAttribute("error", "年度应为4位数字年份");
        }
        model.addAttribute("years", catalog.years());
        model.addAttribute("year", chosenYear);
        model.addAttribute("town", town == null ? "" : town);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
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
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.violations().stream().map(FieldViolation::message)
                    .collect(Collectors.joining("；")));
            model.addAttribute("towns", List.of());
            model.addAttribute("districtWide", false);
        }
        return "desk/targets/index";
    }

    @GetMapping("/desk/targets/{year}/report.xlsx")
    ResponseEntity<byte[]> report(Authentication authentication, @PathVariable int year,
                                  @RequestParam(required = false) String town,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to) {
        TargetsAccess.Request request = access.resolve(users.current(authentication), year, town, from, to);
        TargetReports.Report main = reports.report(request.period(), request.town(), List.of());
        List<TargetReports.Report> towns = new ArrayList<>();
        if (request.town() == null) {
            for (Town t : request.chartTowns()) {
                towns.add(reports.report(request.period(), t.slug(), List.of()));
            }
        }
        String name = main.townName() + year + "年人口和计划生育目标任务完成情况.xlsx";
        String asciiName = "targets-" + year + "-" + (request.town() == null ? TargetsAccess.DISTRICT : request.town())
                + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName
                        + "\"; filename*=UTF-8''" + rfc5987(name))
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

    /** RFC 5987 ext-value: UTF-8 bytes, attr-chars as they are, everything else percent-encoded. */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
