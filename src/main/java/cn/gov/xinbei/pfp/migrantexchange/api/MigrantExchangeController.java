package cn.gov.xinbei.pfp.migrantexchange.api;

import cn.gov.xinbei.pfp.casefile.CaseDocumentLinks;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.documents.InlinePdf;
import cn.gov.xinbei.pfp.migrantexchange.MigrantExchangeService;
import cn.gov.xinbei.pfp.migrantexchange.NoticeDocument;
import cn.gov.xinbei.pfp.migrantexchange.OutgoingNotices;
import cn.gov.xinbei.pfp.migrantexchange.domain.ExchangeFormat;
import cn.gov.xinbei.pfp.migrantexchange.domain.Notice;
import cn.gov.xinbei.pfp.organization.Organization;
import cn.gov.xinbei.pfp.organization.UserScope;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.shared.time.EngineClock;
import cn.gov.xinbei.pfp.shared.validation.InvalidInputException;
import cn.gov.xinbei.pfp.web.ApiProblem;
import cn.gov.xinbei.pfp.web.InvalidMessage;
import cn.gov.xinbei.pfp.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * 流动人口信息通报 ("一盘棋"; 《流动人口计划生育工作条例》 art. 6): the notices a town sends, as the exchange file (CSV,
 * {@link ExchangeFormat}) of a period and as the printed notice of one case (PDF, listed under the case's documents),
 * and the import of the notices it received. Reading: the town's clerks and supervisors for their town, the bureau
 * for all (another town: 403; another town's case: 404). Importing: the town's clerks and the bureau's clerks.
 */
@RestController
@RequestMapping("/api/migrant-exchange")
@Tag(name = "流动人口信息通报", description = "Notices on migrants exchanged with their hukou place or place of residence")
public class MigrantExchangeController implements CaseDocumentLinks {

    static final String NOTICE_PATH = "/api/migrant-exchange/notices/%s/notice.pdf";
    static final String FROM_MESSAGE = "开始日期应写作如2026-01-01";
    static final String TO_MESSAGE = "结束日期应写作如2026-12-31";

    private final OutgoingNotices notices;
    private final NoticeDocument document;
    private final MigrantExchangeService service;
    private final CaseFileService caseFiles;
    private final CaseVisibility visibility;
    private final Organization organization;
    private final EngineClock clock;

    public MigrantExchangeController(OutgoingNotices notices, NoticeDocument document, MigrantExchangeService service,
                                     CaseFileService caseFiles, CaseVisibility visibility, Organization organization,
                                     EngineClock clock) {
        this.notices = notices;
        this.document = document;
        this.service = service;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping(path = "/notices.csv", produces = "text/csv")
    @Operation(summary = "导出通报文件（CSV，UTF-8，表头为中文列名；默认本年至今）：出具的婚育证明、流入人口查验结果")
    public ResponseEntity<byte[]> export(Authentication authentication,
                                         @Parameter(description = "镇（街道）代码；镇（街道）用户默认本镇") @RequestParam(required = false) String town,
                                         @InvalidMessage(FROM_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                         @RequestParam(required = false) LocalDate from,
                                         @InvalidMessage(TO_MESSAGE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                         @RequestParam(required = false) LocalDate to) {
        CaseVisibility.Scope scope = visibility.scopeOf(CurrentUser.of(authentication).groups());
        List<String> towns = scope.allTowns() ? null : scope.towns();
        if (town != null && !town.isBlank()) {
            if (organization.townBySlug(town).isEmpty()) {
                throw new InvalidInputException("town", "不是本区的镇（街道）");
            }
            if (towns != null && !towns.contains(town)) {
                throw new AccessDeniedException("another town's notices");
            }
            towns = List.of(town);
        }
        LocalDate today = clock.today();
        LocalDate start = from != null ? from : today.withDayOfYear(1);
        LocalDate end = to != null ? to : today;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        byte[] csv = ExchangeFormat.csv(notices.inPeriod(towns, start, end)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("流动人口信息通报-" + start + "-" + end + ".csv", StandardCharsets.UTF_8).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv);
    }

    @GetMapping("/notices/{caseNumber}/notice.pdf")
    @Operation(summary = "打印一件案件的《流动人口计划生育信息通报单》（PDF，内嵌中文字体）")
    public ResponseEntity<byte[]> notice(Authentication authentication, @PathVariable String caseNumber) {
        CaseVisibility.Scope scope = visibility.scopeOf(CurrentUser.of(authentication).groups());
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if (!scope.covers(caseFile) || !exchanged(caseFile.getKind())) {
            throw new NotFoundException("案件不存在：" + caseNumber);
        }
        Notice notice = notices.ofCase(caseNumber).orElseThrow(() -> new NotReadyException(
                "该案件尚无可通报的结果（婚育证明出具后或流入登记查验后方可通报）"));
        return InlinePdf.of(caseNumber + "-流动人口计划生育信息通报单.pdf", document.print(notice));
    }

    @PreAuthorize(UserScope.CLERK)
    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入外地发来的通报文件（与导出相同的格式）：逐行校验，任一行有误则整体不导入；逐行记入对应案件的时间线")
    public ResponseEntity<MigrantExchangeService.ImportResult> importNotices(
            Authentication authentication,
            @Parameter(description = "接收通报的镇（街道）代码") @RequestParam(required = false) String town,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        CurrentUser user = CurrentUser.of(authentication);
        service.importingTown(user, town);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "请选择通报文件（CSV，UTF-8，或 Excel .xlsx）");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MigrantExchangeService.ImportResult result = service.importFile(user, town, file.getOriginalFilename(), content);
        return ResponseEntity.status(result.imported() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(result);
    }

    /** The case page lists the notice once the case has one to send. */
    @Override
    public List<Link> linksFor(CaseFile caseFile) {
        if (!exchanged(caseFile.getKind()) || notices.ofCase(caseFile.getCaseNumber()).isEmpty()) {
            return List.of();
        }
        return List.of(new Link(NoticeDocument.TITLE, NOTICE_PATH.formatted(caseFile.getCaseNumber())));
    }

    private static boolean exchanged(CaseKind kind) {
        return kind == CaseKind.MIGRANT_ARRIVAL || kind == CaseKind.MIGRANT_CERTIFICATE;
    }

    static class NotReadyException extends RuntimeException {
        NotReadyException(String message) {
            super(message);
        }
    }

    @ExceptionHandler(NotReadyException.class)
    ResponseEntity<ProblemDetail> notReady(NotReadyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblem.of(409, "DOCUMENT_NOT_AVAILABLE", e.getMessage()));
    }
}
