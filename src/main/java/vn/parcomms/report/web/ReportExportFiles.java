package vn.parcomms.report.web;

import org.springframework.stereotype.Component;
import vn.parcomms.document.DocumentFile;
import vn.parcomms.document.DocumentService;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportExports;
import vn.parcomms.shared.security.CurrentUser;

/** The report's export through the same document model and renderer as its download. */
@Component
class ReportExportFiles implements ReportExports {

    private final ReportDetailsReader reportReader;
    private final ReportDocuments documents;
    private final DocumentService renderer;

    ReportExportFiles(ReportDetailsReader reportReader, ReportDocuments documents, DocumentService renderer) {
        this.reportReader = reportReader;
        this.documents = documents;
        this.renderer = renderer;
    }

    @Override
    public DocumentFile pdf(CurrentUser user, long reportId) {
        ReportDocuments.Export export = documents.of(user, reportReader.details(user, reportId));
        return new DocumentFile(export.fileName("pdf"), renderer.pdf(export.document()));
    }
}
