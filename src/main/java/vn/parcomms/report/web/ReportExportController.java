package vn.parcomms.report.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.parcomms.document.DocumentService;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.shared.security.CurrentUser;

/** A unit's report as a Word or PDF "BÁO CÁO", for whoever may read the report's page. */
@Controller
class ReportExportController {

    private final ReportDetailsReader reportReader;
    private final ReportDocuments documents;
    private final DocumentService renderer;

    ReportExportController(ReportDetailsReader reportReader, ReportDocuments documents, DocumentService renderer) {
        this.reportReader = reportReader;
        this.documents = documents;
        this.renderer = renderer;
    }

    @GetMapping("/reports/{id}/export.docx")
    ResponseEntity<byte[]> docx(CurrentUser user, @PathVariable long id) {
        ReportDocuments.Export export = documents.of(user, reportReader.details(user, id));
        return download(renderer.docx(export.document()), export.fileName("docx"), DocumentService.DOCX_CONTENT_TYPE);
    }

    @GetMapping("/reports/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable long id) {
        ReportDocuments.Export export = documents.of(user, reportReader.details(user, id));
        return download(renderer.pdf(export.document()), export.fileName("pdf"), DocumentService.PDF_CONTENT_TYPE);
    }

    static ResponseEntity<byte[]> download(byte[] body, String fileName, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .contentType(MediaType.parseMediaType(contentType))
                .body(body);
    }
}
