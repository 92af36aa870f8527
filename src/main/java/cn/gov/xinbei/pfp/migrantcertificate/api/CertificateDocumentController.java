package cn.gov.xinbei.pfp.migrantcertificate.api;

import cn.gov.xinbei.pfp.casefile.CaseDocumentLinks;
import cn.gov.xinbei.pfp.casefile.CaseFile;
import cn.gov.xinbei.pfp.casefile.CaseFileService;
import cn.gov.xinbei.pfp.casefile.CaseKind;
import cn.gov.xinbei.pfp.casefile.CaseVisibility;
import cn.gov.xinbei.pfp.documents.InlinePdf;
import cn.gov.xinbei.pfp.migrantcertificate.CertificateDocuments;
import cn.gov.xinbei.pfp.security.CurrentUser;
import cn.gov.xinbei.pfp.web.ApiProblem;
import cn.gov.xinbei.pfp.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
 * The printed documents of a 婚育证明 case as PDF: the certificate once issued, the refusal notice once refused.
 * Authorized as the case is ({@link CaseVisibility}): the bureau for every case, a town's clerks and supervisors for
 * their town's; other roles 403; a case outside the user's towns is 404. A case without the document is 409 with
 * the reason in Chinese. Listed on the case (desk case page 文书, {@code GET /api/cases/{caseNumber}}) through
 * {@link CaseDocumentLinks}.
 */
@RestController
@RequestMapping("/api/migrant-certificate/applications/{caseNumber}")
@Tag(name = "流动人口婚育证明")
public class CertificateDocumentController implements CaseDocumentLinks {

    static final String CERTIFICATE_PATH = "/api/migrant-certificate/applications/%s/certificate.pdf";
    static final String REFUSAL_PATH = "/api/migrant-certificate/applications/%s/refusal.pdf";

    private final CertificateDocuments documents;
    private final CaseFileService caseFiles;
    private final CaseVisibility visibility;

    public CertificateDocumentController(CertificateDocuments documents, CaseFileService caseFiles,
                                         CaseVisibility visibility) {
        this.documents = documents;
        this.caseFiles = caseFiles;
        this.visibility = visibility;
    }

    @GetMapping("/certificate.pdf")
    @Operation(summary = "打印《流动人口婚育证明》（PDF，内嵌中文字体；出具后可用）")
    public ResponseEntity<byte[]> certificate(Authentication authentication, @PathVariable String caseNumber) {
        return pdf(authentication, caseNumber, documents::certificate, CertificateDocuments.CERTIFICATE_TITLE);
    }

    @GetMapping("/refusal.pdf")
    @Operation(summary = "打印《不予出具流动人口婚育证明告知书》（PDF；不予出具后可用）")
    public ResponseEntity<byte[]> refusal(Authentication authentication, @PathVariable String caseNumber) {
        return pdf(authentication, caseNumber, documents::refusal, CertificateDocuments.REFUSAL_TITLE);
    }

    private ResponseEntity<byte[]> pdf(Authentication authentication, String caseNumber,
                                       Function<String, byte[]> document, String title) {
        CaseVisibility.Scope scope = visibility.scopeOf(CurrentUser.of(authentication).groups());
        CaseFile caseFile = caseFiles.byNumber(caseNumber);
        if (!scope.covers(caseFile) || caseFile.getKind() != CaseKind.MIGRANT_CERTIFICATE) {
            throw new NotFoundException("婚育证明申请不存在：" + caseNumber);
        }
        byte[] bytes = document.apply(caseNumber);
        return InlinePdf.of(caseNumber + "-" + title + ".pdf", bytes);
    }

    @ExceptionHandler(CertificateDocuments.NotAvailableException.class)
    ResponseEntity<ProblemDetail> notAvailable(CertificateDocuments.NotAvailableException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiProblem.of(409, "DOCUMENT_NOT_AVAILABLE", e.getMessage()));
    }

    /** The case lists the documents it can print now. */
    @Override
    public List<Link> linksFor(CaseFile caseFile) {
        if (caseFile.getKind() != CaseKind.MIGRANT_CERTIFICATE) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        String number = caseFile.getCaseNumber();
        if (documents.certificateUnavailable(number).isEmpty()) {
            links.add(new Link(CertificateDocuments.CERTIFICATE_TITLE, CERTIFICATE_PATH.formatted(number)));
        }
        if (documents.refusalUnavailable(number).isEmpty()) {
            links.add(new Link(CertificateDocuments.REFUSAL_TITLE, REFUSAL_PATH.formatted(number)));
        }
        return links;
    }
}
