package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The deadline list for other systems: the same filters and scope as the desk page. */
@RestController
@Tag(name = "期限监控", description = "Open steps of all case kinds against their legal due dates")
public class DeadlineApiController {

    private final DeadlineService deadlines;

    public DeadlineApiController(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/api/deadlines")
    @Operation(summary = "在办环节期限监控（按权限范围；可按类型、镇、承办单位、状态筛选，按案件编号或完整身份证号检索）；"
            + "ended=true时为期内已办结环节（from、to、step=posting），按期或逾期工作日数")
    public Object list(Authentication authentication,
                                       @Parameter(description = "案件类型：SECOND_CHILD、ASSISTANCE、MAINTENANCE_FEE、TWO_NON、BIRTH_REGISTRATION")
                                       @RequestParam(required = false) String kind,
                                       @Parameter(description = "镇（街道）代码") @RequestParam(required = false) String town,
                                       @Parameter(description = "承办单位：镇（街道）或部门代码") @RequestParam(required = false) String unit,
                                       @Parameter(description = "OVERDUE、DUE_SOON、ON_TIME、NO_DEADLINE") @RequestParam(required = false) String status,
                                       @Parameter(description = "案件编号（部分）或完整的公民身份号码") @RequestParam(required = false) String q,
                                       @Parameter(description = "due（默认）、caseNumber、town、created") @RequestParam(required = false) String sort,
                                       @Parameter(description = "asc（默认）或desc") @RequestParam(required = false) String dir,
                                       @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size,
                                       @Parameter(description = "true：期内已办结的有期限环节（不填为在办环节）")
                                       @RequestParam(required = false) String ended,
                                       @Parameter(description = "已办结环节：开始日期，如2012-01-01（默认本年1月1日）")
                                       @RequestParam(required = false) String from,
                                       @Parameter(description = "已办结环节：结束日期（默认今日）") @RequestParam(required = false) String to,
                                       @Parameter(description = "posting：只列公示环节（app.targets.posting-steps）")
                                       @RequestParam(required = false) String step) {
        CurrentUser user = CurrentUser.of(authentication);
        deadlines.requireAccess(user);
        if (DeadlineDeskController.isEnded(ended)) {
            return deadlines.searchEnded(user, deadlines.endedFilter(from, to, kind, town, unit, step, q, page, size));
        }
        return deadlines.search(user, deadlines.filter(kind, town, unit, status, q, sort, dir, page, size));
    }
}
