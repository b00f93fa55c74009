package vn.parcomms.assessment;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.assessment.internal.SheetDocument;
import vn.parcomms.document.DocumentFile;
import vn.parcomms.document.DocumentService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.export.TableExports;
import vn.parcomms.shared.security.CurrentUser;

/**
 * The self-assessment sheet as a PDF document under the node's letterhead, the same document the
 * evidence pack holds. Access is the sheet's ({@link SelfAssessmentService#sheet}).
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessmentExports {

    private final SelfAssessmentService sheets;
    private final OrganizationService organizations;
    private final DocumentService documents;
    private final MessageSource messages;
    private final Clock clock;

    SelfAssessmentExports(SelfAssessmentService sheets, OrganizationService organizations, DocumentService documents,
            MessageSource messages, Clock clock) {
        this.sheets = sheets;
        this.organizations = organizations;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    /** "par-index-self-So-Y-te-tinh-Ba-Ria-Vung-Tau-2025.pdf": both columns, the difference, reasons, comments, history. */
    public DocumentFile pdf(CurrentUser user, long nodeId, int year) {
        AssessmentSheet sheet = sheets.sheet(user, nodeId, year);
        byte[] pdf = documents.pdf(SheetDocument.of(sheet, organizations.letterheadAt(nodeId, LocalDate.now(clock)),
                messages));
        return new DocumentFile(TableExports.fileName("par-index-self", sheet.nodeName(), sheet.year(), ".pdf"), pdf);
    }
}
