package cn.gov.xinbei.pfp.twonon.api;

import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.twonon.TwoNonHolds;
import cn.gov.xinbei.pfp.twonon.TwoNonIntakeService;
import cn.gov.xinbei.pfp.twonon.TwoNonSupervisionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** 两非 joint cases: report intake, the reporter's identity (bureau only), a late agency, 督办, holds and their lifting. */
@RestController
@RequestMapping("/api/two-non")
@Tag(name = "两非联合办案", description = "Joint cases against non-medical sex determination and sex-selective abortion")
public class TwoNonController {

    private final TwoNonIntakeService intake;
    private final TwoNonSupervisionService supervision;
    private final TwoNonHolds holds;

    public TwoNonController(TwoNonIntakeService intake, TwoNonSupervisionService supervision, TwoNonHolds holds) {
        this.intake = intake;
        this.supervision = supervision;
        this.holds = holds;
    }

    public record ReportRequest(String channel, Boolean anonymous, String reporterName, String reporterContact,
                                String facts) {
    }

    public record AgencyRequest(String agency, String reason) {
    }

    public record PriorityRequest(LocalDate deadline) {
    }

    public record LiftRequest(String reason) {
    }

    @PostMapping("/reports")
    @Operation(summary = "登记两非举报并启动联合办案流程（举报人身份单独保存，不进入流程变量）")
    public ResponseEntity<TwoNonIntakeService.Registered> report(Authentication authentication, @RequestBody ReportRequest r) {
        CurrentUser user = CurrentUser.of(authentication);
        TwoNonIntakeService.Registered registered = intake.report(new TwoNonIntakeService.Intake(r.channel(), r.anonymous(),
                r.reporterName(), r.reporterContact(), r.facts()), user.id(), user.groups());
        return ResponseEntity.created(URI.create("/api/cases/" + registered.caseNumber())).body(registered);
    }

    @GetMapping("/cases/{caseNumber}/reporter")
    @Operation(summary = "举报人身份：仅区人口计生局经办人和领导可查看")
    public TwoNonIntakeService.Reporter reporter(Authentication authentication, @PathVariable String caseNumber) {
        return intake.reporter(caseNumber, CurrentUser.of(authentication).groups());
    }

    @PostMapping("/cases/{caseNumber}/agencies")
    @Operation(summary = "联合调查中增加参与部门（并行启动该部门的调查处罚）")
    public ResponseEntity<Void> addAgency(Authentication authentication, @PathVariable String caseNumber,
                                          @RequestBody AgencyRequest r) {
        CurrentUser user = CurrentUser.of(authentication);
        intake.addAgency(caseNumber, r.agency(), r.reason(), user.id(), user.groups());
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    @PostMapping("/cases/{caseNumber}/priority")
    @Operation(summary = "督办：区局领导标记重点案件并设定办结期限")
    public ResponseEntity<Void> prioritise(Authentication authentication, @PathVariable String caseNumber,
                                           @RequestBody PriorityRequest r) {
        CurrentUser user = CurrentUser.of(authentication);
        supervision.prioritise(caseNumber, r.deadline(), user.id(), user.groups());
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    @GetMapping("/cases/{caseNumber}/holds")
    @Operation(summary = "本案登记的暂停再生育审批（身份证号脱敏）：区人口计生局经办人和领导")
    public List<TwoNonHolds.Hold> holds(Authentication authentication, @PathVariable String caseNumber) {
        return holds.holds(caseNumber, CurrentUser.of(authentication).groups());
    }

    @PostMapping("/holds/{holdId}/lift")
    @Operation(summary = "查清事实后解除暂停再生育审批：仅区人口计生局领导，须说明理由，记入案件时间线")
    public TwoNonHolds.Hold liftHold(Authentication authentication, @PathVariable String holdId,
                                       @RequestBody LiftRequest r) {
        CurrentUser user = CurrentUser.of(authentication);
        return holds.liftHold(holdId, r.reason(), user.id(), user.groups());
    }
}
