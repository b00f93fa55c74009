package vn.parcomms.plan.web;

import org.springframework.stereotype.Component;
import vn.parcomms.document.DocumentFile;
import vn.parcomms.document.DocumentService;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanExports;
import vn.parcomms.shared.security.CurrentUser;

/** The plan's export through the same document model and renderer as its download. */
@Component
class PlanExportFiles implements PlanExports {

    private final PlanDetailsReader planReader;
    private final PlanDocuments documents;
    private final DocumentService renderer;

    PlanExportFiles(PlanDetailsReader planReader, PlanDocuments documents, DocumentService renderer) {
        this.planReader = planReader;
        this.documents = documents;
        this.renderer = renderer;
    }

    @Override
    public DocumentFile pdf(CurrentUser user, long planId) {
        OfficialDocument document = documents.of(planReader.details(user, planId), false);
        return new DocumentFile(DocumentService.fileName(document, "pdf"), renderer.pdf(document));
    }
}
