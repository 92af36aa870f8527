package cn.gov.xinbei.pfp.casefile;

import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.residentid.ResidentIdMasking;
import cn.gov.xinbei.pfp.residentid.ResidentIdNumber;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.validation.FormValues;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Case lists and case files, for the project's pages and other systems. ID numbers are masked throughout. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "案件", description = "Case list, search and case file with timeline")
public class CaseController {

    static final int MAX_PAGE_SIZE = 200;
    static final String PAGE_MESSAGE = "页码不能为负数";
    static final String SIZE_MESSAGE = "每页条数应在1至" + MAX_PAGE_SIZE + "之间";

    private final CaseFileRepository cases;
    private final CaseFileService caseFiles;
    private final CaseVisibility visibility;
    private final Organization organization;
    private final ObjectProvider<CaseDocumentLinks> documentLinks;
    private final TimelineLabels labels;

    public CaseController(CaseFileRepository cases, CaseFileService caseFiles, CaseVisibility visibility,
                          Organization organization, ObjectProvider<CaseDocumentLinks> documentLinks,
                          TimelineLabels labels) {
        this.labels = labels;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
        this.organization = organization;
        this.documentLinks = documentLinks;
    }

    public record PartyView(String role, String name, String idNumberMasked) {
    }

    public record CaseSummary(String caseNumber, String kind, String kindName, String town, String townName,
                              String status, String statusLabel, String title, LocalDate appliedOn,
                              LocalDate acceptedOn, LocalDate dueOn, LocalDate closedOn, String outcome,
                              List<PartyView> parties) {
    }

    /**
     * {@code actor}, {@code type}, {@code step} and {@code source} as recorded (login id, event code, step key, client
     * address and user agent or "system"), for audits and other systems; {@code actorName}, {@code typeName},
     * {@code stepName}, {@code detail} and {@code sourceName} as the desk shows them, in Chinese (issue 15).
     */
    public record TimelineEntry(Instant at, String actor, String actorName, String type, String typeName, String step,
                                String stepName, String detail, Instant dueAt, String source, String sourceName) {
    }

    /** {@code documents}: the printed documents the case has now (e.g. the fee decision as PDF), with their links. */
    public record CaseDetail(CaseSummary summary, List<TimelineEntry> timeline, List<CaseDocumentLinks.Link> documents) {
    }

    public record CasePage(List<CaseSummary> items, long total, int page, int size) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    @Operation(summary = "案件列表与检索（按权限范围；身份证号码可精确检索，列表中脱敏显示）")
    public CasePage search(Authentication authentication,
                           @InvalidMessage("案件类型不正确") @RequestParam(required = false) CaseKind kind,
                           @InvalidMessage("案件状态不正确") @RequestParam(required = false) CaseStatus status,
                           @Parameter(description = "镇（街道）代码") @RequestParam(required = false) String town,
                           @RequestParam(required = false) String caseNumber,
                           @Parameter(description = "当事人公民身份号码（完整18位）") @RequestParam(required = false) String idNumber,
                           @Parameter(description = "页码，从0起") @InvalidMessage(PAGE_MESSAGE)
                           @Min(value = 0, message = PAGE_MESSAGE) @RequestParam(defaultValue = "0") Integer page,
                           @Parameter(description = "每页条数，1至" + MAX_PAGE_SIZE) @InvalidMessage(SIZE_MESSAGE)
                           @Min(value = 1, message = SIZE_MESSAGE) @Max(value = MAX_PAGE_SIZE, message = SIZE_MESSAGE)
                           @RequestParam(defaultValue = "50") Integer size) {
        if (town != null && organization.townBySlug(town).isEmpty()) {
            throw new InvalidInputException("town", "不是本区的镇（街道）");
        }
        String normalizedId = null;
        if (idNumber != null && !idNumber.isBlank()) {
            // The first-generation cutoff does not matter for a search: parse as of the earliest day both were valid.
            normalizedId = ResidentIdNumber.parse(idNumber, LocalDate.of(2012, 12, 31)).value();
        }
        CaseVisibility.Scope scope = visibility.scopeOf(CurrentUser.of(authentication).groups());
        Page<CaseFile> result = cases.search(scope.allTowns(), scope.allTowns() ? List.of("-") : scope.towns(), kind,
                status, town, FormValues.blankToNull(caseNumber), normalizedId,
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
        return new CasePage(result.getContent().stream().map(this::summary).toList(), result.getTotalElements(), page, size);
    }

    @GetMapping("/{caseNumber}")
    @Transactional(readOnly = true)
    @Operation(summary = "案件详情与办理时间线")
    public CaseDetail detail(Authentication authentication, @PathVariable String caseNumber) {
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if (!visibility.scopeOf(CurrentUser.of(authentication).groups()).covers(caseFile)) {
            // Not found rather than forbidden: a clerk may not learn that another town's case exists.
            throw new NotFoundException("案件不存在：" + caseNumber);
        }
        List<CaseEvent> events = caseFiles.timeline(caseFile);
        Map<String, String> people = labels.people(events.stream().map(CaseEvent::getActor).toList());
        List<TimelineEntry> timeline = events.stream()
                .map(e -> new TimelineEntry(e.getOccurredAt(), e.getActor(),
                        e.getActor() == null ? labels.person(null) : people.get(e.getActor()), e.getEventType(),
                        TimelineLabels.eventType(e.getEventType()), e.getStepKey(), labels.stepName(e.getStepName()),
                        ResidentIdMasking.maskAll(labels.detail(e.getDetail())), e.getDueAt(), e.getSource(),
                        TimelineLabels.source(e.getSource())))
                .toList();
        List<CaseDocumentLinks.Link> documents = documentLinks.orderedStream()
                .flatMap(d -> d.linksFor(caseFile).stream()).toList();
        return new CaseDetail(summary(caseFile), timeline, documents);
    }

    private CaseSummary summary(CaseFile c) {
        // A district case is the department's (e.g. a two-non case of the bureau).
        String townName = organization.townBySlug(c.getTownSlug()).map(t -> t.name())
                .or(() -> organization.department(c.getTownSlug()).map(d -> d.name())).orElse(c.getTownSlug());
        return new CaseSummary(c.getCaseNumber(), c.getKind().name(), c.getKind().displayName(), c.getTownSlug(),
                townName, c.getStatus().name(), c.getStatus().label(), c.getTitle(), c.getAppliedOn(),
                c.getAcceptedOn(), c.getDueOn(), c.getClosedOn(), c.getOutcome(),
                c.getParties().stream().map(p -> new PartyView(p.getRole().name(), p.getFullName(), p.getIdNumberMasked()))
                        .toList());
    }
}
