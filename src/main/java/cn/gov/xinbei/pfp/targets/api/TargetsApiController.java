package cn.gov.xinbei.pfp.targets.api;

import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.targets.TargetReports;
import cn.gov.xinbei.pfp.targets.TargetsAccess;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The towns' targets with the computed indicators, as JSON. Same scope as the desk page (TargetsAccess). */
@RestController
@Tag(name = "目标考核")
public class TargetsApiController {

    /** The town and period asked for, typed and bound together so that a bad from and a bad to are both named. */
    public record Period(
            @Parameter(description = "镇（街道）代码；district 或空为全区（仅区局）") String town,
            @Parameter(description = "起始日期，默认1月1日") @InvalidMessage("起始日期格式不正确，应为“年-月-日”")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "截止日期，默认今天（往年为12月31日）") @InvalidMessage("截止日期格式不正确，应为“年-月-日”")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    }

    private final TargetsAccess access;
    private final TargetReports reports;

    public TargetsApiController(TargetsAccess access, TargetReports reports) {
        this.access = access;
        this.reports = reports;
    }

    @GetMapping(value = "/api/targets/{year}/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "某年度各项目标任务及系统计算指标（分子、分母、完成值、状态、明细链接）；镇（街道）或全区，指定期间")
    public TargetReports.Report indicators(Authentication authentication,
                                           @InvalidMessage("年度应为4位数字年份") @PathVariable int year,
                                           @ParameterObject @Valid Period period) {
        TargetsAccess.Request request = access.resolve(CurrentUser.of(authentication), year, period.town(), period.from(),
                period.to());
        return reports.report(request.period(), request.town(), request.chartTowns());
    }
}
