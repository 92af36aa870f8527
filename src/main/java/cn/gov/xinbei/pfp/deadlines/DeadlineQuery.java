package cn.gov.xinbei.pfp.deadlines;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.deadlines.domain.DeadlineStatus;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The deadline list's request parameters, typed (desk page, its Excel export, {@code GET /api/deadlines}). Bound as
 * one object so that every parameter that cannot be read is named at once, each with its Chinese message; blank means
 * "not given". What depends on the configuration (towns, units, the page size, an ID number's check digit) is checked
 * by {@link DeadlineFilters}.
 *
 * @param ended true: the steps ended in a period ({@code from}, {@code to}, {@code step}); else the open steps
 */
public record DeadlineQuery(
        @Parameter(description = "案件类型：SECOND_CHILD、ASSISTANCE、MAINTENANCE_FEE、TWO_NON、BIRTH_REGISTRATION、MIGRANT_CERTIFICATE、MIGRANT_ARRIVAL")
        @InvalidMessage("案件类型不正确") CaseKind kind,
        @Parameter(description = "镇（街道）代码") String town,
        @Parameter(description = "承办单位：镇（街道）或部门代码") String unit,
        @Parameter(description = "OVERDUE、DUE_SOON、ON_TIME、NO_DEADLINE")
        @InvalidMessage("期限状态不正确") DeadlineStatus status,
        @Parameter(description = "案件编号（开头）、当事人姓名（部分）或完整的公民身份号码") String q,
        @Parameter(description = "due（默认）、caseNumber、town、created", schema = @Schema(type = "string"))
        @InvalidMessage("排序方式不正确") DeadlineFilters.SortKey sort,
        @Parameter(description = "asc（默认）或desc", schema = @Schema(type = "string"))
        @InvalidMessage("排序方向应为asc或desc") DeadlineFilters.Direction dir,
        @Parameter(description = "页码，从0起") @InvalidMessage(PAGE_MESSAGE) @Min(value = 0, message = PAGE_MESSAGE) Integer page,
        @InvalidMessage("每页条数应为整数") Integer size,
        @Parameter(description = "true：期内已办结的有期限环节（不填或false为在办环节）")
        @InvalidMessage("是否已办结（ended）应为true或false") Boolean ended,
        @Parameter(description = "已办结环节：开始日期，如2012-01-01（默认本年1月1日）")
        @InvalidMessage("开始日期应为日期，如2012-01-31") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Parameter(description = "已办结环节：结束日期（默认今日）")
        @InvalidMessage("结束日期应为日期，如2012-01-31") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Parameter(description = "posting：只列公示环节（app.targets.posting-steps）", schema = @Schema(type = "string"))
        @InvalidMessage("办理环节只能为posting（公示环节）") DeadlineFilters.StepChoice step) {

    static final String PAGE_MESSAGE = "页码应为不小于0的整数";

    boolean endedView() {
        return Boolean.TRUE.equals(ended);
    }
}
