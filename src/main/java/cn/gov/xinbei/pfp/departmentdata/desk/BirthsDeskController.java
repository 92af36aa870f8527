package cn.gov.xinbei.pfp.departmentdata.desk;

import cn.gov.xinbei.pfp.departmentdata.BirthCheckService;
import cn.gov.xinbei.pfp.departmentdata.DepartmentDataAccess;
import cn.gov.xinbei.pfp.departmentdata.DepartmentKinds;
import cn.gov.xinbei.pfp.departmentdata.domain.BirthOutcome;
import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;

/**
 * 出生核查: births reported by the police and the health centres, matched against approvals. The town's clerk (or the
 * bureau's) opens a fee case from a flagged birth in one action, or clears it with a note; supervisors read.
 * Query parameters town, from, to, status (COMPLIANT, NONCOMPLIANT, PENDING) and outcome are linked to from elsewhere.
 */
@Controller
@DeskPage
public class BirthsDeskController {

    private final DeskUsers users;
    private final BirthCheckService births;
    private final DepartmentDataAccess access;
    private final DepartmentKinds kinds;
    private final Organization organization;

    public BirthsDeskController(DeskUsers users, BirthCheckService births, DepartmentDataAccess access,
                                DepartmentKinds kinds, Organization organization) {
        this.users = users;
        this.births = births;
        this.access = access;
        this.kinds = kinds;
        this.organization = organization;
    }

    @GetMapping("/desk/births")
    String list(@RequestParam(required = false) String town,
                @InvalidMessage("出生日期从应为日期，如2012-01-31")
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @InvalidMessage("出生日期至应为日期，如2012-01-31")
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @InvalidMessage("政策符合情况不正确") @RequestParam(required = false) BirthCheckService.Status status,
                @InvalidMessage("比对结果不正确") @RequestParam(required = false) BirthOutcome outcome,
                Authentication authentication, Model model) {
        return page(users.current(authentication), model, new BirthCheckService.Filter(town, from, to, status, outcome));
    }

    private String page(CurrentUser user, Model model, BirthCheckService.Filter filter) {
        List<BirthCheckService.Birth> list = births.births(user, filter);
        model.addAttribute("births", list);
        model.addAttribute("filter", filter);
        model.addAttribute("towns", organization.towns());
        model.addAttribute("statuses", BirthCheckService.Status.values());
        model.addAttribute("outcomes", BirthOutcome.values());
        model.addAttribute("mayAct", access.mayActOnBirths(user));
        model.addAttribute("minNote", kinds.properties().minClearanceNoteLength());
        model.addAttribute("countCompliant", list.stream().filter(b -> Boolean.TRUE.equals(b.compliant())).count());
        model.addAttribute("countNoncompliant", list.stream().filter(b -> Boolean.FALSE.equals(b.compliant())).count());
        model.addAttribute("countPending", list.stream().filter(b -> b.compliant() == null).count());
        return "desk/births/index";
    }

    @PostMapping("/desk/births/{birthKey}/fee-case")
    String openFeeCase(@PathVariable String birthKey, @RequestParam(required = false) String motherHukouType,
                       @RequestParam(required = false) String fatherHukouType,
                       @RequestParam(required = false) String fatherName,
                       @RequestParam(required = false) String fatherIdNumber,
                       Authentication authentication, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        CurrentUser user = users.current(authentication);
        try {
            String caseNumber = births.openFeeCase(user, birthKey, new BirthCheckService.FeeCaseInput(motherHukouType,
                    fatherHukouType, fatherName, fatherIdNumber));
            redirect.addFlashAttribute("notice", "已立社会抚养费案件" + caseNumber + "，请在任务列表中办理“立案”。");
            return "redirect:/desk/births";
        } catch (InvalidInputException e) {
            return refused(user, model, response, e);
        }
    }

    @PostMapping("/desk/births/{birthKey}/clearance")
    String clear(@PathVariable String birthKey, @RequestParam(required = false) String note,
                 Authentication authentication, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = users.current(authentication);
        try {
            births.clear(user, birthKey, note);
            redirect.addFlashAttribute("notice", "已核查为符合政策。");
            return "redirect:/desk/births";
        } catch (InvalidInputException e) {
            return refused(user, model, response, e);
        }
    }

    private String refused(CurrentUser user, Model model, HttpServletResponse response, InvalidInputException e) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", String.join("；", e.violations().stream().map(v -> v.message()).toList()));
        return page(user, model, new BirthCheckService.Filter(null, null, null, null, null));
    }
}
