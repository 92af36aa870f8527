package cn.gov.xinbei.pfp.birthregistration.api;

import cn.gov.xinbei.pfp.birthregistration.BirthRegistrationCase;
import cn.gov.xinbei.pfp.birthregistration.BirthRegistrationService;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/birth-registration")
@Tag(name = "生育登记", description = "Birth registration (生育登记): intake and the registration record")
public class BirthRegistrationController {

    private final BirthRegistrationService service;
    private final RuntimeService runtimeService;
    private final CaseFileService caseFiles;
    private final CaseVisibility visibility;

    public BirthRegistrationController(BirthRegistrationService service, RuntimeService runtimeService,
                                       CaseFileService caseFiles, CaseVisibility visibility) {
        this.service = service;
        this.runtimeService = runtimeService;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
    }

    public record RegistrationCreated(String caseNumber, String processInstanceId, String article, String reason) {
    }

    /** The registration record; contact phone and full ID numbers are not in it (the case file masks them). */
    public record RegistrationView(String caseNumber, String status, String statusLabel, String townBasis,
                                   String townBasisLabel, String townBasisAddress, LocalDate registrationDate,
                                   int birthOrder, String birthTiming, String birthTimingLabel, LocalDate birthDate,
                                   boolean identitySeen, boolean marriageCertificateSeen, boolean commitmentGiven,
                                   String commitmentItems, String article, String ruleReason, String decision,
                                   LocalDate decidedOn, String certificateNumber, String refusalReasons,
                                   String refusalNotice) {
    }

    @PreAuthorize(UserScope.CLERK)
    @PostMapping("/registrations")
    @Operation(summary = "生育登记：校验、核对孩次并启动登记流程，返回案件编号")
    public ResponseEntity<RegistrationCreated> register(@Valid @RequestBody BirthRegistrationRequest request,
                                                        Authentication authentication) {
        // Who may start the process is Camunda's authorization (town clerks for their own town, the bureau's clerks);
        // supervisors, liaisons and administrators are refused here whatever the engine's authorizations say.
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(CaseKind.BIRTH_REGISTRATION.processKey(),
                request.toVariables());
        BirthRegistrationCase details = service.details(instance.getBusinessKey());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/birth-registration/registrations/" + instance.getBusinessKey()))
                .body(new RegistrationCreated(instance.getBusinessKey(), instance.getId(), details.getArticle(),
                        details.getRuleReason()));
    }

    @GetMapping("/registrations/{caseNumber}")
    @Transactional(readOnly = true)
    @Operation(summary = "生育登记记录：登记地及依据、孩次、查验材料、登记结果与《生育服务证》编号或不予登记告知")
    public RegistrationView registration(Authentication authentication, @PathVariable String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if (caseFile.getKind() != CaseKind.BIRTH_REGISTRATION
                || !visibility.scopeOf(CurrentUser.of(authentication).groups()).covers(caseFile)) {
            // Not found rather than forbidden: a clerk may not learn that another town's case exists.
            throw new NotFoundException("生育登记不存在：" + caseNumber);
        }
        BirthRegistrationCase r = service.details(caseNumber);
        return new RegistrationView(caseFile.getCaseNumber(), caseFile.getStatus().name(),
                caseFile.getStatus().label(), r.getTownBasis().name(), r.getTownBasis().label(),
                r.getTownBasisAddress(), caseFile.getAppliedOn(), r.getBirthOrder(), r.getBirthTiming().name(),
                r.getBirthTiming().label(), r.getBirthDate(), r.isIdentitySeen(), r.isMarriageCertificateSeen(),
                r.isCommitmentGiven(), r.getCommitmentItems(), r.getArticle(), r.getRuleReason(),
                r.getDecision() == null ? null : r.getDecision().name(), r.getDecidedOn(), r.getCertificateNumber(),
                r.getRefusalReasons(), r.getRefusalNotice());
    }
}
