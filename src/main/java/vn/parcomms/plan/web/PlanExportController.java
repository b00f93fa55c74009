package vn.parcomms.plan.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parcomms.document.DocumentService;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.shared.security.CurrentUser;

/** The plan as a Word or PDF document, for whoever may read the plan. */
@Controller
class PlanExportController {

    private final PlanDetailsReader planReader;
    private final PlanDocuments documents;
    private final DocumentService renderer;

    PlanExportController(PlanDetailsReader planReader, PlanDocuments documents, DocumentService renderer) {
        this.planReader = planReader;
        this.documents = documents;
        this.renderer = renderer;
    }

    @GetMapping("/plans/{id}/export.docx")
    ResponseEntity<byte[]> docx(CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean annex) {
        OfficialDocument document = documents.of(planReader.details(user, id), annex);
        return download(renderer.docx(document), DocumentService.fileName(document, "docx"),
                DocumentService.DOCX_CONTENT_TYPE);
    }

    @GetMapping("/plans/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean annex) {
        OfficialDocument document = documents.of(planReader.details(user, id), annex);
        return download(renderer.pdf(document), DocumentService.fileName(document, "pdf"),
                DocumentService.PDF_CONTENT_TYPE);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .contentType(MediaType.parseMediaType(contentType))
                .body(body);
    }
}
