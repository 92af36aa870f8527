package cn.gov.xinbei.pfp.migrantcertificate.api;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.migrantcertificate.MigrantCertificateCase;
import cn.gov.xinbei.pfp.migrantcertificate.MigrantCertificateService;
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
@RequestMapping("/api/migrant-certificate")
@Tag(name = "流动人口婚育证明", description = "Marriage-and-childbearing certificate of the floating population: application and record")
public class MigrantCertificateController {

    private final MigrantCertificateService service;
    private final RuntimeService runtimeService;
    private final CaseFileService caseFiles;
    private final CaseVisibility visibility;

    public MigrantCertificateController(MigrantCertificateService service, RuntimeService runtimeService,
                                        CaseFileService caseFiles, CaseVisibility visibility) {
        this.service = service;
        this.runtimeService = runtimeService;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
    }

    public record ApplicationCreated(String caseNumber, String processInstanceId) {
    }

    /** The certificate record; the phone number and full ID numbers are not in it. */
    public record CertificateView(String caseNumber, String status, String statusLabel, String hukouAddress,
                                  LocalDate applicationDate, String maritalStatus, String maritalStatusLabel,
                                  LocalDate marriageDate, int childrenCount, String contraception,
                                  String destination, String destinationLabel, String destinationAddress,
                                  LocalDate departureDate, String caseFileFacts, String decision, LocalDate decidedOn,
                                  String certificateNumber, LocalDate validUntil, String refusalReasons,
                                  String refusalNotice) {
    }

    @PreAuthorize(UserScope.CLERK)
    @PostMapping("/applications")
    @Operation(summary = "申请流动人口婚育证明：校验并启动出具流程，返回案件编号（免费，条例第十七条）")
    public ResponseEntity<ApplicationCreated> apply(@Valid @RequestBody MigrantCertificateRequest request,
                                                    Authentication authentication) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(CaseKind.MIGRANT_CERTIFICATE.processKey(),
                request.toVariables());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/migrant-certificate/applications/" + instance.getBusinessKey()))
                .body(new ApplicationCreated(instance.getBusinessKey(), instance.getId()));
    }

    @GetMapping("/applications/{caseNumber}")
    @Transactional(readOnly = true)
    @Operation(summary = "婚育证明记录：婚育情况、去向、案卷核对情况、证明编号和有效期或不予出具告知")
    public CertificateView application(Authentication authentication, @PathVariable String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if (caseFile.getKind() != CaseKind.MIGRANT_CERTIFICATE
                || !visibility.scopeOf(CurrentUser.of(authentication).groups()).covers(caseFile)) {
            throw new NotFoundException("婚育证明申请不存在：" + caseNumber);
        }
        MigrantCertificateCase c = service.details(caseNumber);
        return new CertificateView(caseFile.getCaseNumber(), caseFile.getStatus().name(), caseFile.getStatus().label(),
                c.getHukouAddress(), caseFile.getAppliedOn(), c.getMaritalStatus().name(),
                c.getMaritalStatus().label(), c.getMarriageDate(), c.getChildrenCount(), c.getContraception(),
                c.getDestination().name(), c.getDestination().label(), c.getDestinationAddress(),
                c.getDepartureDate(), c.getCaseFileFacts(), c.getDecision() == null ? null : c.getDecision().name(),
                c.getDecidedOn(), c.getCertificateNumber(), c.getValidUntil(), c.getRefusalReasons(),
                c.getRefusalNotice());
    }
}
