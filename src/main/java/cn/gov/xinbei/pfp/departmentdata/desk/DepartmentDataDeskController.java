package cn.gov.xinbei.pfp.departmentdata.desk;

import cn.gov.xinbei.pfp.departmentdata.DepartmentDataAccess;
import cn.gov.xinbei.pfp.departmentdata.DepartmentDataService;
import cn.gov.xinbei.pfp.departmentdata.DepartmentKinds;
import cn.gov.xinbei.pfp.departmentdata.domain.KindSpec;
import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
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
import java.time.YearMonth;
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

    public DepartmentDataDeskController(DeskUsers users, DepartmentDataService service, DepartmentDataAccess access,
                                        DepartmentKinds kinds, Organization organization, EngineClock clock) {
        this.users = users;
        this.service = service;
        this.access = access;
        this.kinds = kinds;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/desk/department-data")
    String list(Authentication authentication, Model model) {
        return page(users.current(authentication), model, null, null, null);
    }

    private String page(CurrentUser user, Model model, String kind, String town, String month) {
        model.addAttribute("uploads", service.uploads(user));
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
