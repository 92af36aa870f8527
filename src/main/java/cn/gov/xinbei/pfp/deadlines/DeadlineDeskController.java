package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;
import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The deadline desk (期限监控): summary, charts by kind, town and department, the filtered and sorted list of open
 * steps with their legal basis, and the same list as an Excel download.
 */
@Controller
@DeskPage
public class DeadlineDeskController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final String PATH = "/desk/deadlines";

    // The Chinese messages of the typed parameters, shared with GET /api/deadlines.
    static final String KIND_MESSAGE = "案件类型不正确";
    static final String STATUS_MESSAGE = "期限状态不正确";
    static final String SORT_MESSAGE = "排序方式不正确";
    static final String DIR_MESSAGE = "排序方向应为asc或desc";
    static final String PAGE_MESSAGE = "页码应为不小于0的整数";
    static final String SIZE_MESSAGE = "每页条数应为整数";
    static final String ENDED_MESSAGE = "是否已办结（ended）应为true或false";
    static final String FROM_MESSAGE = "开始日期应为日期，如2012-01-31";
    static final String TO_MESSAGE = "结束日期应为日期，如2012-01-31";
    static final String STEP_MESSAGE = "办理环节只能为posting（公示环节）";

    private final DeadlineService deadlines;
    private final DeskUsers users;
    private final Organization organization;
    private final EngineClock clock;

    public DeadlineDeskController(DeadlineService deadlines, DeskUsers users, Organization organization,
                                  EngineClock clock) {
        this.deadlines = deadlines;
        this.users = users;
        this.organization = organization;
        this.clock = clock;
    }

    public record Option(String value, String label) {
    }

    /**
     * The list. Choices, dates and numbers arrive typed: one that cannot be read is refused before this method with a
     * Chinese 400 naming it ({@link InvalidMessage}, {@code DeskErrors}); what depends on the configuration (towns,
     * units, page size, an ID number's check digit) is shown on the list by {@link DeadlineFilters}.
     */
    @GetMapping(PATH)
    String list(Authentication authentication, Model model,
                @InvalidMessage(KIND_MESSAGE) @RequestParam(required = false) CaseKind kind,
                @RequestParam(required = false) String town, @RequestParam(required = false) String unit,
                @InvalidMessage(STATUS_MESSAGE) @RequestParam(required = false) DeadlineStatus status,
                @RequestParam(required = false) String q,
                @InvalidMessage(SORT_MESSAGE) @RequestParam(required = false) DeadlineFilters.SortKey sort,
                @InvalidMessage(DIR_MESSAGE) @RequestParam(required = false) DeadlineFilters.Direction dir,
                @InvalidMessage(PAGE_MESSAGE) @Min(value = 0, message = PAGE_MESSAGE) @RequestParam(required = false) Integer page,
                @InvalidMessage(SIZE_MESSAGE) @RequestParam(required = false) Integer size,
                @InvalidMessage(ENDED_MESSAGE) @RequestParam(required = false) Boolean ended,
                @InvalidMessage(FROM_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @RequestParam(required = false) LocalDate from,
                @InvalidMessage(TO_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @RequestParam(required = false) LocalDate to,
                @InvalidMessage(STEP_MESSAGE) @RequestParam(required = false) DeadlineFilters.StepChoice step) {
        CurrentUser user = users.current(authentication);
        deadlines.requireAccess(user);
        if (isEnded(ended)) {
            return ended(user, model, kind, town, unit, q, page, size, from, to, step);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kind", kind == null ? null : kind.name());
        params.put("town", town);
        params.put("unit", unit);
        params.put("status", status == null ? null : status.name());
        params.put("q", q);
        params.put("sort", sort == null ? null : sort.param());
        params.put("dir", dir == null ? null : dir.param());
        addFilterOptions(model, params);
        model.addAttribute("statuses", Arrays.stream(DeadlineStatus.values())
                .map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("sortKeys", DeadlineFilters.SortKey.values());
        model.addAttribute("canExtend", user.groups().stream().anyMatch(g -> g.endsWith("-" + Organization.SUPERVISOR)));
        model.addAttribute("canOpenCases", canOpenCases(user));
        try {
            DeadlineFilters.Filter filter = deadlines.filter(kind, town, unit, status, q, sort, dir, page, size);
            DeadlineList.Result result = deadlines.search(user, filter);
            model.addAttribute("result", result);
            model.addAttribute("filter", filter);
            model.addAttribute("sortUrls", sortUrls(params, filter));
            addPageLinks(model, params, filter.page(), result.pages());
        } catch (InvalidInputException e) {
            addError(model, e);
        }
        return "desk/deadlines/list";
    }

    @GetMapping(PATH + ".xlsx")
    ResponseEntity<byte[]> export(Authentication authentication,
                                  @InvalidMessage(KIND_MESSAGE) @RequestParam(required = false) CaseKind kind,
                                  @RequestParam(required = false) String town, @RequestParam(required = false) String unit,
                                  @InvalidMessage(STATUS_MESSAGE) @RequestParam(required = false) DeadlineStatus status,
                                  @RequestParam(required = false) String q,
                                  @InvalidMessage(SORT_MESSAGE) @RequestParam(required = false) DeadlineFilters.SortKey sort,
                                  @InvalidMessage(DIR_MESSAGE) @RequestParam(required = false) DeadlineFilters.Direction dir,
                                  @InvalidMessage(ENDED_MESSAGE) @RequestParam(required = false) Boolean ended,
                                  @InvalidMessage(FROM_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @RequestParam(required = false) LocalDate from,
                                  @InvalidMessage(TO_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @RequestParam(required = false) LocalDate to,
                                  @InvalidMessage(STEP_MESSAGE) @RequestParam(required = false) DeadlineFilters.StepChoice step) {
        CurrentUser user = users.current(authentication);
        deadlines.requireAccess(user);
        if (isEnded(ended)) {
            DeadlineFilters.EndedFilter filter = deadlines.endedFilter(from, to, kind, town, unit, step, q, null, null);
            String name = organization.districtName() + "办结环节-" + filter.from() + "至" + filter.to() + ".xlsx";
            return xlsx(name,
                    DeadlineWorkbook.writeEnded(deadlines.allEndedRows(user, filter), filter.from(), filter.to()));
        }
        DeadlineFilters.Filter filter = deadlines.filter(kind, town, unit, status, q, sort, dir, null, null);
        String today = clock.today().toString();
        String name = organization.districtName() + "期限监控-" + today + ".xlsx";
        return xlsx(name,
                DeadlineWorkbook.write(deadlines.allRows(user, filter), clock.today()));
    }

    /** An .xlsx download under its Chinese name (Spring writes both the RFC 2047 and the RFC 5987 form). */
    private static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** The request's parameters and the choices of the filter form both views share (kind, town, unit). */
    private void addFilterOptions(Model model, Map<String, String> params) {
        model.addAttribute("params", params);
        model.addAttribute("kinds", Arrays.stream(CaseKind.values()).map(k -> new Option(k.name(), k.displayName())).toList());
        model.addAttribute("towns", organization.towns().stream().map(t -> new Option(t.slug(), t.name())).toList());
        List<Option> units = new ArrayList<>();
        organization.departments().forEach(d -> units.add(new Option(d.slug(), d.name())));
        organization.towns().forEach(t -> units.add(new Option(t.slug(), t.name())));
        model.addAttribute("units", units);
    }

    private static boolean canOpenCases(CurrentUser user) {
        return user.groups().stream().anyMatch(g -> !g.endsWith("-" + Organization.LIAISON));
    }

    private static void addPageLinks(Model model, Map<String, String> params, int page, int pages) {
        model.addAttribute("exportUrl", url(PATH + ".xlsx", params, null));
        model.addAttribute("prevUrl", page > 0 ? url(PATH, params, page - 1) : null);
        model.addAttribute("nextUrl", page + 1 < pages ? url(PATH, params, page + 1) : null);
    }

    private static void addError(Model model, InvalidInputException e) {
        model.addAttribute("error", e.violations().stream().map(FieldViolation::message)
                .collect(Collectors.joining("；")));
    }

    /** ended=true selects the ended-steps view; false or nothing the open view. */
    static boolean isEnded(Boolean ended) {
        return Boolean.TRUE.equals(ended);
    }

    /** 已办结环节: the steps completed in a period, on time or late, as the timeliness indicators count them. */
    private String ended(CurrentUser user, Model model, CaseKind kind, String town, String unit, String q, Integer page,
                         Integer size, LocalDate from, LocalDate to, DeadlineFilters.StepChoice step) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ended", "true");
        params.put("from", from == null ? null : from.toString());
        params.put("to", to == null ? null : to.toString());
        params.put("kind", kind == null ? null : kind.name());
        params.put("town", town);
        params.put("unit", unit);
        params.put("step", step == null ? null : step.param());
        params.put("q", q);
        addFilterOptions(model, params);
        model.addAttribute("canOpenCases", canOpenCases(user));
        try {
            DeadlineFilters.EndedFilter filter = deadlines.endedFilter(from, to, kind, town, unit, step, q, page, size);
            DeadlineList.EndedResult result = deadlines.searchEnded(user, filter);
            model.addAttribute("result", result);
            model.addAttribute("filter", filter);
            addPageLinks(model, params, filter.page(), result.pages());
        } catch (InvalidInputException e) {
            addError(model, e);
        }
        return "desk/deadlines/ended";
    }

    /** For each sort key, the list's address sorted by it: ascending, or descending when it is already ascending. */
    private static Map<String, String> sortUrls(Map<String, String> params, DeadlineFilters.Filter filter) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (DeadlineFilters.SortKey key : DeadlineFilters.SortKey.values()) {
            Map<String, String> p = new LinkedHashMap<>(params);
            p.put("sort", key.param());
            p.put("dir", filter.sort() == key && !filter.descending() ? "desc" : "asc");
            urls.put(key.param(), url(PATH, p, null));
        }
        return urls;
    }

    private static String url(String path, Map<String, String> params, Integer page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        if (page != null) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }
}
