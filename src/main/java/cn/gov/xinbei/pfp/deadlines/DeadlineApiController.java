package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
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
    @Operation(summary = "在办环节期限监控（按权限范围；可按类型、镇、承办单位、状态筛选，按案件编号（开头）、当事人姓名或完整身份证号检索）；"
            + "ended=true时为期内已办结环节（from、to、step=posting），按期或逾期工作日数")
    public Object list(Authentication authentication, @ParameterObject @Valid DeadlineQuery query) {
        CurrentUser user = CurrentUser.of(authentication);
        deadlines.requireAccess(user);
        if (query.endedView()) {
            return deadlines.searchEnded(user, deadlines.endedFilter(query, true));
        }
        return deadlines.search(user, deadlines.filter(query));
    }
}
