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
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
     * The list. Choices, dates and numbers arrive typed ({@link DeadlineQuery}): one that cannot be read is refused
     * before this method with a Chinese 400 naming it ({@code DeskErrors}); what depends on the configuration (towns,
     * units, page size, an ID number's check digit) is shown on the list by {@link DeadlineFilters}.
     */
    @GetMapping(PATH)
    String list(Authentication authentication, Model model, @Valid DeadlineQuery query) {
        CurrentUser user = users.current(authentication);
        deadlines.requireAccess(user);
        if (query.endedView()) {
            return ended(user, model, query);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("kind", query.kind() == null ? null : query.kind().name());
        params.put("town", query.town());
        params.put("unit", query.unit());
        params.put("status", query.status() == null ? null : query.status().name());
        params.put("q", query.q());
        params.put("sort", query.sort() == null ? null : query.sort().param());
        params.put("dir", query.dir() == null ? null : query.dir().param());
        addFilterOptions(model, params);
        model.addAttribute("statuses", Arrays.stream(DeadlineStatus.values())
                .map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("sortKeys", DeadlineFilters.SortKey.values());
        model.addAttribute("canExtend", user.groups().stream().anyMatch(g -> g.endsWith("-" + Organization.SUPERVISOR)));
        model.addAttribute("canOpenCases", canOpenCases(user));
        try {
            DeadlineFilters.Filter filter = deadlines.filter(query);
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

    /** The list as .xlsx, written to the response as the rows come from the database (constant memory). */
    @GetMapping(PATH + ".xlsx")
    void export(Authentication authentication, @Valid DeadlineQuery query, HttpServletResponse response)
            throws IOException {
        CurrentUser user = users.current(authentication);
        deadlines.requireAccess(user);
        if (query.endedView()) {
            DeadlineFilters.EndedFilter filter = deadlines.endedFilter(query, false);
            String name = organization.districtName() + "办结环节-" + filter.from() + "至" + filter.to() + ".xlsx";
            DeadlineWorkbook.writeEnded(xlsx(response, name), sink -> deadlines.eachEndedRow(user, filter, sink),
                    filter.from(), filter.to());
            return;
        }
        DeadlineFilters.Filter filter = deadlines.allFilter(query);
        String name = organization.districtName() + "期限监控-" + clock.today() + ".xlsx";
        DeadlineWorkbook.write(xlsx(response, name), sink -> deadlines.eachRow(user, filter, sink), clock.today());
    }

    /**
     * The response's body for an .xlsx download under its Chinese name (Spring writes both the RFC 2047 and the RFC
     * 5987 form). The workbook writes nothing before it is complete, and the download's headers are set with its first
     * byte, so an error while the rows are made is still answered as an error page, not as a file.
     */
    private static OutputStream xlsx(HttpServletResponse response, String name) {
        return new OutputStream() {
            private OutputStream body;

            private OutputStream body() throws IOException {
                if (body == null) {
                    response.setContentType(XLSX.toString());
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
                    body = response.getOutputStream();
                }
                return body;
            }

            @Override
            public void write(int b) throws IOException {
                body().write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                body().write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                body().flush();
            }
        };
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

    /** 已办结环节: the steps completed in a period, on time or late, as the timeliness indicators count them. */
    private String ended(CurrentUser user, Model model, DeadlineQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("ended", "true");
        params.put("from", query.from() == null ? null : query.from().toString());
        params.put("to", query.to() == null ? null : query.to().toString());
        params.put("kind", query.kind() == null ? null : query.kind().name());
        params.put("town", query.town());
        params.put("unit", query.unit());
        params.put("step", query.step() == null ? null : query.step().param());
        params.put("q", query.q());
        addFilterOptions(model, params);
        model.addAttribute("canOpenCases", canOpenCases(user));
        try {
            DeadlineFilters.EndedFilter filter = deadlines.endedFilter(query, true);
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
