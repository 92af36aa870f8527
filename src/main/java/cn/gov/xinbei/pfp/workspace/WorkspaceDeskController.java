package cn.gov.xinbei.pfp.workspace;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.casefile.CaseTasks;
import cn.gov.xinbei.pfp.desk.DeskPage;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.security.DeskUsers;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 案件办理 ({@code /desk/work}): "我的待办" (the tasks the user may do now, each opening in the Tasklist) above the
 * list of every case the user may see, with one search box and filters. Parameters arrive typed
 * ({@link WorkspaceQuery}); one that cannot be read is the desk's Chinese 400 page ({@code DeskErrors}).
 */
@Controller
@DeskPage
public class WorkspaceDeskController {

    static final String PATH = "/desk/work";

    private final WorkspaceService workspace;
    private final DeskUsers users;

    public WorkspaceDeskController(WorkspaceService workspace, DeskUsers users) {
        this.workspace = workspace;
        this.users = users;
    }

    public record Option(String value, String label) {
    }

    @GetMapping(PATH)
    String list(Authentication authentication, Model model, @Valid WorkspaceQuery query) {
        CurrentUser user = users.current(authentication);
        WorkspaceService.Result result = workspace.search(user, query);
        CaseTasks.Page tasks = workspace.myTasks(user, query.tasks());

        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query.q());
        params.put("kind", query.kind() == null ? null : query.kind().name());
        params.put("state", query.state() == null ? null : query.state().param());
        params.put("status", query.status() == null ? null : query.status().name());
        params.put("step", query.step());
        params.put("sort", query.sort() == null ? null : query.sort().param());
        params.put("size", query.size() == null ? null : query.size().toString());
        model.addAttribute("params", params);
        model.addAttribute("kinds", Arrays.stream(CaseKind.values())
                .map(k -> new Option(k.name(), k.displayName())).toList());
        model.addAttribute("states", Arrays.stream(WorkspaceQuery.State.values())
                .map(s -> new Option(s.param(), s.label())).toList());
        model.addAttribute("statuses", Arrays.stream(CaseStatus.values())
                .map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("steps", workspace.steps().stream().map(s -> new Option(s.key(), s.label())).toList());
        model.addAttribute("sorts", Arrays.stream(WorkspaceQuery.Sort.values())
                .map(s -> new Option(s.param(), s.label())).toList());
        model.addAttribute("result", result);
        model.addAttribute("tasks", tasks);

        Integer taskPage = query.tasks();
        model.addAttribute("prevUrl", result.page() > 0 ? url(params, result.page() - 1, taskPage) : null);
        model.addAttribute("nextUrl", result.page() + 1 < result.pages() ? url(params, result.page() + 1, taskPage) : null);
        model.addAttribute("prevTasksUrl", tasks.page() > 0 ? url(params, result.page(), tasks.page() - 1) : null);
        model.addAttribute("nextTasksUrl", tasks.page() + 1 < tasks.pages()
                ? url(params, result.page(), tasks.page() + 1) : null);
        return "desk/workspace/list";
    }

    private static String url(Map<String, String> params, int page, Integer tasks) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(PATH);
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        if (page > 0) {
            b.queryParam("page", page);
        }
        if (tasks != null && tasks > 0) {
            b.queryParam("tasks", tasks);
        }
        return b.encode().build().toUriString();
    }
}
