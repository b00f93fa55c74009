package vn.parcomms.consolidation.web;

import org.springframework.stereotype.Component;
import vn.parcomms.consolidation.ConsolidationDetails;
import vn.parcomms.consolidation.ConsolidationExports;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.document.DocumentFile;
import vn.parcomms.document.DocumentService;
import vn.parcomms.shared.security.CurrentUser;

/** The consolidated report's export through the same document model and renderer as its download. */
@Component
class ConsolidationExportFiles implements ConsolidationExports {

    private final ConsolidationService consolidations;
    private final ConsolidationDocuments documents;
    private final DocumentService renderer;

    ConsolidationExportFiles(ConsolidationService consolidations, ConsolidationDocuments documents,
            DocumentService renderer) {
        this.consolidations = consolidations;
        this.documents = documents;
        this.renderer = renderer;
    }

    @Override
    public DocumentFile pdf(CurrentUser user, long consolidationId) {
        ConsolidationDetails report = consolidations.details(user, consolidationId);
        return new DocumentFile(documents.fileName(report, "pdf"), renderer.pdf(documents.of(report)));
    }
}
