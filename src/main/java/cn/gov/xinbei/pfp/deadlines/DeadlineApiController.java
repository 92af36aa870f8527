package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

import static cn.gov.xinbei.pfp.deadlines.DeadlineDeskController.DIR_MESSAGE;
import static cn.gov.xinbei.pfp.deadlines.DeadlineDeskController.ENDED_MESSAGE;
import static cn.gov.xinbei.pfp.deadlines.DeadlineDeskController.FROM_MESSAGE;
import static cn.gov.xinbei.pfp.deadlines.DeadlineDeskController.KIND_MESSAGE;
import static cn.gov.xinbei.pfp.deadlines.DeadlineDeskController.PAGE_MESSAGE;
import static cn.gov.xinbei.pfp.deadlines.DeadlineDeskController.SIZE_MESSAGE;
import static cn.gov.xinbei.pfp.deadlines.DeadlineDeskController.SORT_MESSAGE;
import static cn.gov.xinbei.pfp.deadlines.DeadlineDeskController.STATUS_MESSAGE;
import static cn.gov.xinbei.pfp.deadlines.DeadlineDeskController.STEP_MESSAGE;
import static cn.gov.xinbei.pfp.deadlines.DeadlineDeskController.TO_MESSAGE;

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
                       @InvalidMessage(KIND_MESSAGE) @RequestParam(required = false) CaseKind kind,
                       @Parameter(description = "镇（街道）代码") @RequestParam(required = false) String town,
                       @Parameter(description = "承办单位：镇（街道）或部门代码") @RequestParam(required = false) String unit,
                       @Parameter(description = "OVERDUE、DUE_SOON、ON_TIME、NO_DEADLINE")
                       @InvalidMessage(STATUS_MESSAGE) @RequestParam(required = false) DeadlineStatus status,
                       @Parameter(description = "案件编号（部分）或完整的公民身份号码") @RequestParam(required = false) String q,
                       @Parameter(description = "due（默认）、caseNumber、town、created", schema = @Schema(type = "string"))
                       @InvalidMessage(SORT_MESSAGE) @RequestParam(required = false) DeadlineFilters.SortKey sort,
                       @Parameter(description = "asc（默认）或desc", schema = @Schema(type = "string"))
                       @InvalidMessage(DIR_MESSAGE) @RequestParam(required = false) DeadlineFilters.Direction dir,
                       @Parameter(description = "页码，从0起")
                       @InvalidMessage(PAGE_MESSAGE) @Min(value = 0, message = PAGE_MESSAGE)
                       @RequestParam(required = false) Integer page,
                       @InvalidMessage(SIZE_MESSAGE) @RequestParam(required = false) Integer size,
                       @Parameter(description = "true：期内已办结的有期限环节（不填或false为在办环节）")
                       @InvalidMessage(ENDED_MESSAGE) @RequestParam(required = false) Boolean ended,
                       @Parameter(description = "已办结环节：开始日期，如2012-01-01（默认本年1月1日）")
                       @InvalidMessage(FROM_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                       @RequestParam(required = false) LocalDate from,
                       @Parameter(description = "已办结环节：结束日期（默认今日）")
                       @InvalidMessage(TO_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                       @RequestParam(required = false) LocalDate to,
                       @Parameter(description = "posting：只列公示环节（app.targets.posting-steps）", schema = @Schema(type = "string"))
                       @InvalidMessage(STEP_MESSAGE) @RequestParam(required = false) DeadlineFilters.StepChoice step) {
        CurrentUser user = CurrentUser.of(authentication);
        deadlines.requireAccess(user);
        if (DeadlineDeskController.isEnded(ended)) {
            return deadlines.searchEnded(user, deadlines.endedFilter(from, to, kind, town, unit, step, q, page, size));
        }
        return deadlines.search(user, deadlines.filter(kind, town, unit, status, q, sort, dir, page, size));
    }
}
