package cn.gov.xinbei.pfp.departmentdata.desk;

import cn.gov.xinbei.pfp.departmentdata.DepartmentDataAccess;
import cn.gov.xinbei.pfp.departmentdata.ExpectedUploads;
import cn.gov.xinbei.pfp.departmentdata.DepartmentDataService;
import cn.gov.xinbei.pfp.departmentdata.DepartmentKinds;
import cn.gov.xinbei.pfp.departmentdata.domain.KindSpec;
import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.Violations;
import org.springframework.security.access.AccessDeniedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/** 部门月报: the departments upload their monthly files; the bureau, the towns and the departments read the uploads. */
@Controller
@DeskPage
public class DepartmentDataDeskController {

    private final DeskUsers users;
    private final DepartmentDataService service;
    private final DepartmentDataAccess access;
    private final DepartmentKinds kinds;
    private final Organization organization;
    private final EngineClock clock;
    private final ExpectedUploads expectedUploads;

    public DepartmentDataDeskController(DeskUsers users, DepartmentDataService service, DepartmentDataAccess access,
                                        DepartmentKinds kinds, Organization organization, EngineClock clock,
                                        ExpectedUploads expectedUploads) {
        this.expectedUploads = expectedUploads;
        this.users = users;
        this.service = service;
        this.access = access;
        this.kinds = kinds;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * The uploads and, for the months of from..to (dates or months; default last month) whose due day has come,
     * each expected upload (kind × town × month, app.targets.expected-uploads) with whether it came by the due day:
     * the rows of 信息及时率 (targets), counted by the same query. town: one town (default: every town in scope).
     */
    @GetMapping("/desk/department-data")
    String list(Authentication authentication, Model model, @RequestParam(required = false) String town,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        CurrentUser user = users.current(authentication);
        DepartmentDataAccess.Scope scope = access.readScope(user);
        Violations violations = new Violations();
        String townValue = FormValues.blankToNull(town);
        if (townValue != null && organization.townBySlug(townValue).isEmpty()) {
            violations.add("town", "镇（街道）不是本区的镇（街道）");
        }
        YearMonth lastMonth = YearMonth.from(clock.today()).minusMonths(1);
        LocalDate fromDate = periodDay(from, "from", "起始日期", false, violations);
        LocalDate toDate = periodDay(to, "to", "截止日期", true, violations);
        fromDate = fromDate == null ? lastMonth.atDay(1) : fromDate;
        toDate = toDate == null ? (from == null || from.isBlank() ? lastMonth.atEndOfMonth() : clock.today()) : toDate;
        if (toDate.isBefore(fromDate)) {
            violations.add("to", "截止日期不能早于起始日期");
        }
        if (townValue != null && !scope.all() && !scope.towns().contains(townValue) && scope.departments().isEmpty()) {
            throw new AccessDeniedException("town outside the user's scope");
        }
        model.addAttribute("filterTown", townValue == null ? "" : townValue);
        model.addAttribute("filterTowns", scope.all() || !scope.departments().isEmpty() ? organization.towns()
                : organization.towns().stream().filter(t -> scope.towns().contains(t.slug())).toList());
        model.addAttribute("filterFrom", fromDate.toString());
        model.addAttribute("filterTo", toDate.toString());
        if (!violations.isEmpty()) {
            model.addAttribute("error", String.join("；", violations.list().stream().map(FieldViolation::message).toList()));
            return page(user, model, null, null, null, service.uploads(user), null);
        }
        YearMonth first = YearMonth.from(fromDate);
        YearMonth last = YearMonth.from(toDate);
        String chosenTown = townValue;
        List<DepartmentDataService.Upload> uploads = service.uploads(user).stream()
                .filter(u -> chosenTown == null || chosenTown.equals(u.town()))
                .filter(u -> !YearMonth.parse(u.periodMonth()).isBefore(first) && !YearMonth.parse(u.periodMonth()).isAfter(last))
                .toList();
        List<Expected> expected = expectedUploads.expectedUploads(townValue, fromDate, toDate).stream()
                .filter(r -> access.covers(scope, r.town(), r.department()))
                .map(this::expected)
                .toList();
        return page(user, model, null, null, null, uploads, expected);
    }

    /** One expected upload as the page shows it. */
    public record Expected(String departmentName, String kindLabel, String town, String townName, String month,
                           LocalDate dueOn, LocalDate firstUploadedOn, boolean timely) {
        public String statusText() {
            return timely ? "按时" : firstUploadedOn == null ? "未报送" : "逾期";
        }

        public String statusClass() {
            return timely ? "status-on-time" : "status-overdue";
        }
    }

    private Expected expected(ExpectedUploads.Row r) {
        return new Expected(organization.department(r.department()).map(d -> d.name()).orElse(r.department()),
                kinds.labelOf(r.kind()).orElse(r.kind()), r.town(),
                organization.townBySlug(r.town()).map(Town::name).orElse(r.town()), r.month().toString(), r.dueOn(),
                r.firstUploadedOn(), r.timely());
    }

    /** A date (yyyy-MM-dd) or a month (yyyy-MM: its first day, or its last for the end of the period). */
    private static LocalDate periodDay(String raw, String field, String label, boolean end, Violations violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            if (value.length() == 7) {
                YearMonth month = YearMonth.parse(value);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(field, label + "格式不正确，应为“年-月-日”或“年-月”");
            return null;
        }
    }

    private String page(CurrentUser user, Model model, String kind, String town, String month) {
        model.addAttribute("filterTown", "");
        model.addAttribute("filterTowns", organization.towns());
        return page(user, model, kind, town, month, service.uploads(user), null);
    }

    private String page(CurrentUser user, Model model, String kind, String town, String month,
                        List<DepartmentDataService.Upload> uploads, List<Expected> expected) {
        model.addAttribute("uploads", uploads);
        model.addAttribute("expected", expected);
        if (expected != null) {
            long timely = expected.stream().filter(Expected::timely).count();
            model.addAttribute("expectedTimely", timely);
            model.addAttribute("expectedTotal", expected.size());
            model.addAttribute("expectedMissing", expected.stream().filter(e -> e.firstUploadedOn() == null).count());
        }
        boolean mayUpload = access.mayUpload(user);
        model.addAttribute("mayUpload", mayUpload);
        List<KindSpec> ownKinds = mayUpload ? kinds.all().stream()
                .filter(k -> access.uploaderDepartments(user).contains(k.department())).toList() : List.of();
        model.addAttribute("kinds", ownKinds);
        model.addAttribute("towns", organization.towns());
        model.addAttribute("dueDay", kinds.properties().reportDueDay());
        model.addAttribute("selectedKind", kind);
        model.addAttribute("selectedTown", town);
        model.addAttribute("selectedMonth", month != null ? month : YearMonth.from(clock.today()).minusMonths(1).toString());
        return "desk/department-data/index";
    }

    @PostMapping("/desk/department-data/uploads")
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) String town,
                  @RequestParam(required = false) String month,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = users.current(authentication);
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            DepartmentDataService.UploadResult result = service.uploadFile(user, kind, town, month,
                    file == null ? null : file.getOriginalFilename(), content);
            DepartmentDataService.Upload u = result.upload();
            redirect.addFlashAttribute("notice", result.repeated()
                    ? "同一文件已于" + u.uploadedAt().toLocalDate() + "报送过，本次未写入任何数据。"
                    : "已报送：接收" + u.acceptedRows() + "行，重复" + u.duplicateRows() + "行，错误" + u.rejectedRows() + "行。");
            return "redirect:/desk/department-data/uploads/" + u.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", String.join("；", e.violations().stream().map(v -> v.message()).toList()));
            return page(user, model, kind, town, month);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/desk/department-data/uploads/{id}")
    String upload(@PathVariable String id, Authentication authentication, Model model) {
        CurrentUser user = users.current(authentication);
        model.addAttribute("upload", service.upload(user, id));
        model.addAttribute("errors", service.errors(user, id));
        return "desk/department-data/upload";
    }
}
