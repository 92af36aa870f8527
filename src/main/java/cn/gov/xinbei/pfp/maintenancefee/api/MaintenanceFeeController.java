package cn.gov.xinbei.pfp.maintenancefee.api;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.organization.UserScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/api/maintenance-fee")
@Tag(name = "社会抚养费征收", description = "Social maintenance fee: case intake (police reports, reports, inspections)")
public class MaintenanceFeeController {

    private final RuntimeService runtimeService;

    public MaintenanceFeeController(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public record CaseCreated(String caseNumber, String processInstanceId) {
    }

    /**
     * Registers the case and starts the process as the signed-in user, so Camunda's authorizations decide who may
     * (police liaison, bureau clerks, town clerks for their own town) and the process records who reported.
     */
    @PreAuthorize(UserScope.CASE_WORKER)
    @PostMapping("/cases")
    @Operation(summary = "登记社会抚养费案件：校验、查重并启动征收流程，返回案件编号")
    public ResponseEntity<CaseCreated> register(@Valid @RequestBody MaintenanceFeeCaseRequest request,
                                                Authentication authentication) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(CaseKind.MAINTENANCE_FEE.processKey(),
                request.toVariables());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/cases/" + instance.getBusinessKey()))
                .body(new CaseCreated(instance.getBusinessKey(), instance.getId()));
    }
}
