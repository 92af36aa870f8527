package cn.gov.xinbei.pfp.secondchild.api;

import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.secondchild.SecondChildService;
import cn.gov.xinbei.pfp.secondchild.domain.Eligibility;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
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
@RequestMapping("/api/second-child")
@Tag(name = "照顾再生育一孩审批", description = "Second-child approval: eligibility pre-check and application intake")
public class SecondChildController {

    private final SecondChildService service;
    private final RuntimeService runtimeService;

    public SecondChildController(SecondChildService service, RuntimeService runtimeService) {
        this.service = service;
        this.runtimeService = runtimeService;
    }

    public record EligibilityResponse(String outcome, String outcomeLabel, String article, String reason,
                                      String ruleVersion) {
        static EligibilityResponse of(Eligibility e) {
            return new EligibilityResponse(e.outcome().name(), e.outcome().label(), e.article(), e.reason(), e.ruleVersion());
        }
    }

    public record ApplicationCreated(String caseNumber, String processInstanceId, EligibilityResponse eligibility) {
    }

    @PostMapping("/eligibility")
    @Operation(summary = "资格预审：按申请日有效的规则评估，不登记、不保存")
    public EligibilityResponse check(@Valid @RequestBody SecondChildApplicationRequest request) {
        return EligibilityResponse.of(service.check(request.toVariables()));
    }

    @PreAuthorize(UserScope.CASE_WORKER)
    @PostMapping("/applications")
    @Operation(summary = "登记申请：校验、评估并启动审批流程，返回案件编号")
    public ResponseEntity<ApplicationCreated> register(@Valid @RequestBody SecondChildApplicationRequest request,
                                                       Authentication authentication) {
        // Who may start which process is Camunda's authorization (town clerks for their own town, the bureau's
        // clerks); supervisors and administrators are refused here whatever the engine's authorizations say.
        // The assessment comes back with the start's own variables (the registration sets them): no second
        // transaction to read the case again.
        ProcessInstanceWithVariables instance = runtimeService
                .createProcessInstanceByKey(CaseKind.SECOND_CHILD.processKey())
                .setVariables(request.toVariables()).executeWithVariablesInReturn();
        VariableMap assessed = instance.getVariables();
        var created = new ApplicationCreated(instance.getBusinessKey(), instance.getId(),
                new EligibilityResponse((String) assessed.get("eligibilityOutcome"),
                        (String) assessed.get("eligibilityLabel"), (String) assessed.get("eligibilityArticle"),
                        (String) assessed.get("eligibilityReason"), (String) assessed.get("ruleVersion")));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/cases/" + instance.getBusinessKey()))
                .body(created);
    }
}
