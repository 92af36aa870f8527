package cn.gov.xinbei.pfp.maintenancefee.api;

import cn.gov.xinbei.pfp.casefile.CaseDocumentLinks;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.documents.InlinePdf;
import cn.gov.xinbei.pfp.maintenancefee.FeeDocuments;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.web.ApiProblem;
import cn.gov.xinbei.pfp.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The printed documents of a fee case as PDF. Authorized as the case is ({@link CaseVisibility}): the bureau for every
 * case, a town's clerks and supervisors for their town's; other roles 403; a case outside the user's towns is 404
 * (its existence is not revealed). A case without the document yet is 409 with the reason in Chinese.
 */
@RestController
@RequestMapping("/api/maintenance-fee/cases/{caseNumber}")
@Tag(name = "社会抚养费征收")
public class MaintenanceFeeDocumentController implements CaseDocumentLinks {

    static final String DECISION_PATH = "/api/maintenance-fee/cases/%s/decision.pdf";
    static final String REMINDER_PATH = "/api/maintenance-fee/cases/%s/reminder.pdf";

    private final FeeDocuments documents;
    private final CaseFileService caseFiles;
    private final CaseVisibility visibility;

    public MaintenanceFeeDocumentController(FeeDocuments documents, CaseFileService caseFiles,
                                            CaseVisibility visibility) {
        this.documents = documents;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
    }

    @GetMapping("/decision.pdf")
    @Operation(summary = "打印《社会抚养费征收决定书》（PDF，每位当事人一份，内嵌中文字体）")
    public ResponseEntity<byte[]> decision(Authentication authentication, @PathVariable String caseNumber) {
        return pdf(authentication, caseNumber, documents::decision, "社会抚养费征收决定书");
    }

    @GetMapping("/reminder.pdf")
    @Operation(summary = "打印《催告书》（PDF，每位欠缴当事人一份；缴款期限届满后可用）")
    public ResponseEntity<byte[]> reminder(Authentication authentication, @PathVariable String caseNumber) {
        return pdf(authentication, caseNumber, documents::reminder, "催告书");
    }

    private ResponseEntity<byte[]> pdf(Authentication authentication, String caseNumber,
                                       Function<String, byte[]> document, String title) {
        CaseVisibility.Scope scope = visibility.scopeOf(CurrentUser.of(authentication).groups());
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if (!scope.covers(caseFile) || caseFile.getKind() != CaseKind.MAINTENANCE_FEE) {
            throw new NotFoundException("社会抚养费案件不存在：" + caseNumber);
        }
        byte[] bytes = document.apply(caseNumber);
        return InlinePdf.of(caseNumber + "-" + title + ".pdf", bytes);
    }

    @ExceptionHandler(FeeDocuments.NotAvailableException.class)
    ResponseEntity<ProblemDetail> notAvailable(FeeDocuments.NotAvailableException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblem.of(409, "DOCUMENT_NOT_AVAILABLE", e.getMessage()));
    }

    /** The case detail lists the documents the case can print now. */
    @Override
    public List<Link> linksFor(CaseFile caseFile) {
        if (caseFile.getKind() != CaseKind.MAINTENANCE_FEE) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        String number = caseFile.getCaseNumber();
        if (documents.decisionUnavailable(number).isEmpty()) {
            links.add(new Link("社会抚养费征收决定书", DECISION_PATH.formatted(number)));
        }
        if (documents.reminderUnavailable(number).isEmpty()) {
            links.add(new Link("催告书", REMINDER_PATH.formatted(number)));
        }
        return links;
    }
}
