package cn.gov.xinbei.pfp.migrantexchange.desk;

import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.migrantexchange.MigrantExchangeService;
import cn.gov.xinbei.pfp.migrantexchange.domain.ExchangeFormat;
import cn.gov.xinbei.pfp.migrantexchange.domain.NoticeSubject;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.FieldViolation;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * 流动人口信息通报 on the desk: the exchange file of a period to download (the API's export, opened with the desk's
 * sign-in), and the import of a file received from another place (the town's clerks and the bureau's clerks). Shown to
 * the users who see cases (a town's clerks and supervisors, the bureau); others 403.
 */
@Controller
@DeskPage
public class MigrantExchangeDeskController {

    private final DeskUsers users;
    private final CaseVisibility visibility;
    private final MigrantExchangeService service;
    private final Organization organization;
    private final EngineClock clock;

    public MigrantExchangeDeskController(DeskUsers users, CaseVisibility visibility, MigrantExchangeService service,
                                         Organization organization, EngineClock clock) {
        this.users = users;
        this.visibility = visibility;
        this.service = service;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/desk/migrant-exchange")
    String page(Authentication authentication, Model model) {
        return page(users.current(authentication), model, null);
    }

    @PostMapping("/desk/migrant-exchange/imports")
    String importNotices(@RequestParam(required = false) String town,
                         @RequestParam(name = "file", required = false) MultipartFile file,
                         Authentication authentication, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        CurrentUser user = users.current(authentication);
        try {
            service.importingTown(user, town);
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "请选择通报文件（CSV，UTF-8，或 Excel .xlsx）");
            }
            MigrantExchangeService.ImportResult result = service.importFile(user, town, file.getOriginalFilename(),
                    file.getBytes());
            redirect.addFlashAttribute("notice", "已导入" + result.imported() + "条通报，已记入对应案件的办理时间线"
                    + (result.alreadyImported() > 0 ? "；" + result.alreadyImported() + "条此前已导入，未重复记录" : "")
                    + "。");
            redirect.addFlashAttribute("recorded", result.recorded());
            return "redirect:/desk/migrant-exchange";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(user, model, e.violations().stream().map(FieldViolation::message).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(CurrentUser user, Model model, List<String> problems) {
        CaseVisibility.Scope scope = visibility.scopeIfAny(user.groups())
                .orElseThrow(() -> new AccessDeniedException("no case scope"));
        model.addAttribute("towns", scope.allTowns() ? organization.towns()
                : organization.towns().stream().filter(t -> scope.towns().contains(t.slug())).toList());
        model.addAttribute("mayImport", UserScope.isClerk(user.groups()));
        model.addAttribute("defaultFrom", clock.today().withDayOfYear(1).toString());
        model.addAttribute("defaultTo", clock.today().toString());
        model.addAttribute("columns", ExchangeFormat.HEADER);
        model.addAttribute("subjects", String.join("、", java.util.Arrays.stream(NoticeSubject.values())
                .map(NoticeSubject::label).toList()));
        model.addAttribute("problems", problems == null ? List.of() : problems);
        if (problems != null && !problems.isEmpty()) {
            model.addAttribute("error", "文件未导入，请按下列提示修改后重新上传（共" + problems.size() + "处）");
        }
        return "desk/migrant-exchange/index";
    }
}
