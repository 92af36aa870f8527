package cn.gov.xinbei.pfp.assistance.api;

import cn.gov.xinbei.pfp.assistance.AssistanceReverification;
import cn.gov.xinbei.pfp.assistance.process.AssistanceObjections;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/assistance")
@Tag(name = "奖励扶助资格确认", description = "Objections during the public postings; the annual re-verification")
public class AssistanceController {

    private final AssistanceObjections objections;
    private final AssistanceReverification reverification;
    private final CaseFileService caseFiles;
    private final CaseVisibility visibility;

    public AssistanceController(AssistanceObjections objections, AssistanceReverification reverification,
                                CaseFileService caseFiles, CaseVisibility visibility) {
        this.objections = objections;
        this.reverification = reverification;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
    }

    public record ObjectionRequest(String objection) {
    }

    @PostMapping("/cases/{caseNumber}/objections")
    @PreAuthorize(UserScope.CLERK)
    @Operation(summary = "登记张榜公示期间的异议：案件退回该级重新审议")
    public ResponseEntity<Void> objection(@PathVariable String caseNumber, @RequestBody ObjectionRequest request,
                                          Authentication authentication) {
        // Clerks record objections (their town's, or any for the bureau); supervisors and administrators do not.
        CurrentUser user = CurrentUser.of(authentication);
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if (caseFile.getKind() != CaseKind.ASSISTANCE || !visibility.scopeOf(user.groups()).covers(caseFile)) {
            throw new NotFoundException("案件不存在：" + caseNumber);
        }
        objections.raise(caseNumber, request.objection(), user.id());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reverifications/{year}")
    @PreAuthorize(UserScope.BUREAU_STAFF)
    @Operation(summary = "启动年度核查：为全部现有享受对象分批启动核查任务，返回进度")
    public ResponseEntity<AssistanceReverification.Progress> startReverification(@PathVariable int year,
                                                                                 Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        // The batches are jobs of the engine (process assistanceReverificationRun), done by any node's job executor.
        AssistanceReverification.Progress progress = reverification.begin(year, user.id());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(progress);
    }

    @GetMapping("/reverifications/{year}")
    @PreAuthorize(UserScope.BUREAU_STAFF)
    @Operation(summary = "年度核查进度：应核查人数、已启动人数、状态")
    public AssistanceReverification.Progress reverificationProgress(@PathVariable int year, Authentication authentication) {
        return reverification.progress(year).orElseThrow(() -> new NotFoundException(year + "年度核查尚未启动"));
    }
}
