package cn.gov.xinbei.pfp.migrantarrival.api;

import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseStatus;
import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.migrantarrival.MigrantArrivalCase;
import cn.gov.xinbei.pfp.migrantarrival.MigrantArrivalQueries;
import cn.gov.xinbei.pfp.migrantarrival.MigrantArrivalService;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.Town;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.shared.validation.ParameterValue;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import cn.gov.xinbei.pfp.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * Arrivals of migrants (流入人口婚育证明查验) through the API, as the other case kinds: registration with the start
 * form's fields and checks (a town's clerks for their town, the bureau's clerks), the list of the towns the user sees
 * (paged in the database), one registration by case number (404 outside the user's towns). Liaisons get 403.
 */
@RestController
@RequestMapping("/api/migrant-arrival")
@Tag(name = "流入人口婚育证明查验", description = "Arrivals of migrants at their town of residence: registration and list")
public class MigrantArrivalController {

    static final int MAX_PAGE_SIZE = 100;
    static final String PAGE_MESSAGE = "页码不能为负数";
    static final String SIZE_MESSAGE = "每页条数应在1至" + MAX_PAGE_SIZE + "之间";

    private final MigrantArrivalService service;
    private final MigrantArrivalQueries queries;
    private final RuntimeService runtimeService;
    private final CaseFileService caseFiles;
    private final CaseVisibility visibility;
    private final Organization organization;

    public MigrantArrivalController(MigrantArrivalService service, MigrantArrivalQueries queries,
                                    RuntimeService runtimeService, CaseFileService caseFiles,
                                    CaseVisibility visibility, Organization organization) {
        this.service = service;
        this.queries = queries;
        this.runtimeService = runtimeService;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
        this.organization = organization;
    }

    /** Where a registration came from: the town (start form or API) or an HR station's report. */
    public enum Source { TOWN, HR_REPORT }

    public enum State implements ParameterValue {
        OPEN("open"), CLOSED("closed");

        private final String param;

        State(String param) {
            this.param = param;
        }

        @Override
        public String param() {
            return param;
        }
    }

    public record RegistrationCreated(String caseNumber, String processInstanceId) {
    }

    public record ArrivalView(String caseNumber, String town, String townName, String status, String statusLabel,
                              String source, String sourceLabel, String name, String idNumberMasked,
                              LocalDate registeredOn, LocalDate arrivalDate, String hukouPlace,
                              String residenceAddress, String employer, boolean certificatePresented,
                              String certificateIssuer, String certificateNumber, LocalDate certificateValidUntil,
                              boolean servicesInformed, String servicesNote, LocalDate submissionDue,
                              String followUpOutcome, LocalDate makeUpDue, LocalDate closedOn) {
    }

    public record ArrivalSummary(String caseNumber, String town, String townName, String status, String statusLabel,
                                 String source, String sourceLabel, String name, String idNumberMasked,
                                 LocalDate registeredOn, LocalDate arrivalDate, String hukouPlace, String employer,
                                 boolean certificatePresented, String certificateNumber, LocalDate submissionDue,
                                 String followUpOutcome, LocalDate makeUpDue, LocalDate closedOn) {
    }

    public record ArrivalPage(List<ArrivalSummary> items, long total, int page, int size) {
    }

    @PreAuthorize(UserScope.CLERK)
    @PostMapping("/registrations")
    @Operation(summary = "流入登记：查验婚育证明或记录未提交，告知服务（条例第八条）；校验并启动流程，返回案件编号")
    public ResponseEntity<RegistrationCreated> register(@Valid @RequestBody MigrantArrivalRequest request) {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(CaseKind.MIGRANT_ARRIVAL.processKey(),
                request.toVariables());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/migrant-arrival/registrations/" + instance.getBusinessKey()))
                .body(new RegistrationCreated(instance.getBusinessKey(), instance.getId()));
    }

    @GetMapping("/registrations")
    @Operation(summary = "流入登记列表（本人可见的镇（街道），新登记在前；身份证号码脱敏）")
    public ArrivalPage list(Authentication authentication,
                            @Parameter(description = "镇（街道）代码") @RequestParam(required = false) String town,
                            @Parameter(description = "来源：TOWN 镇（街道）登记，HR_REPORT 人力资源保障站报告")
                            @InvalidMessage("来源应为TOWN或HR_REPORT") @RequestParam(required = false) Source source,
                            @Parameter(description = "open 未办结，closed 已办结")
                            @InvalidMessage("办理状态应为open或closed") @RequestParam(required = false) State state,
                            @Parameter(description = "页码，从0起") @InvalidMessage(PAGE_MESSAGE)
                            @Min(value = 0, message = PAGE_MESSAGE) @RequestParam(defaultValue = "0") Integer page,
                            @Parameter(description = "每页条数，1至" + MAX_PAGE_SIZE) @InvalidMessage(SIZE_MESSAGE)
                            @Min(value = 1, message = SIZE_MESSAGE) @Max(value = MAX_PAGE_SIZE, message = SIZE_MESSAGE)
                            @RequestParam(defaultValue = "20") Integer size) {
        CaseVisibility.Scope scope = visibility.scopeOf(CurrentUser.of(authentication).groups());
        List<String> towns = scope.allTowns() ? null : scope.towns();
        if (town != null && !town.isBlank()) {
            if (organization.townBySlug(town).isEmpty()) {
                throw new InvalidInputException("town", "不是本区的镇（街道）");
            }
            if (towns != null && !towns.contains(town)) {
                throw new AccessDeniedException("another town's arrivals");
            }
            towns = List.of(town);
        }
        MigrantArrivalQueries.Page result = queries.page(new MigrantArrivalQueries.Filter(towns,
                source == null ? null : source.name(), state == null ? null : state == State.OPEN), page, size);
        return new ArrivalPage(result.rows().stream().map(this::summary).toList(), result.total(), page, size);
    }

    @GetMapping("/registrations/{caseNumber}")
    @Transactional(readOnly = true)
    @Operation(summary = "流入登记记录：婚育证明查验情况、告知与服务、督促补办")
    public ArrivalView registration(Authentication authentication, @PathVariable String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if (caseFile.getKind() != CaseKind.MIGRANT_ARRIVAL
                || !visibility.scopeOf(CurrentUser.of(authentication).groups()).covers(caseFile)) {
            throw new NotFoundException("流入登记不存在：" + caseNumber);
        }
        MigrantArrivalCase a = service.details(caseNumber);
        var migrant = caseFile.getParties().get(0);
        return new ArrivalView(caseFile.getCaseNumber(), caseFile.getTownSlug(), townName(caseFile.getTownSlug()),
                caseFile.getStatus().name(), caseFile.getStatus().label(), a.getRegistrationSource(),
                sourceLabel(a.getRegistrationSource()), migrant.getFullName(), migrant.getIdNumberMasked(),
                caseFile.getAppliedOn(), a.getArrivalDate(), a.getHukouPlace(), a.getResidenceAddress(),
                a.getEmployer(), a.isCertificatePresented(), a.getCertificateIssuer(), a.getCertificateNumber(),
                a.getCertificateValidUntil(), a.isServicesInformed(), a.getServicesNote(), a.getSubmissionDue(),
                a.getFollowUpOutcome(), a.getMakeUpDue(), caseFile.getClosedOn());
    }

    private ArrivalSummary summary(MigrantArrivalQueries.Row r) {
        CaseStatus status = CaseStatus.valueOf(r.status());
        return new ArrivalSummary(r.caseNumber(), r.townSlug(), townName(r.townSlug()), status.name(), status.label(),
                r.registrationSource(), sourceLabel(r.registrationSource()), r.name(), r.idNumberMasked(),
                r.registeredOn(), r.arrivalDate(), r.hukouPlace(), r.employer(), r.certificatePresented(),
                r.certificateNumber(), r.submissionDue(), r.followUpOutcome(), r.makeUpDue(), r.closedOn());
    }

    private String townName(String slug) {
        return organization.townBySlug(slug).map(Town::name).orElse(slug);
    }

    static String sourceLabel(String source) {
        return MigrantArrivalCase.SOURCE_HR_REPORT.equals(source) ? "人力资源保障站报告" : "镇（街道）登记";
    }
}
