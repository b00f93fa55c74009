package vn.parcomms.report;

import vn.parcomms.document.DocumentFile;
import vn.parcomms.shared.security.CurrentUser;

/**
 * A unit's report as the "BÁO CÁO" its export page downloads, for other modules that put it in a
 * file of their own (the PAR INDEX evidence pack). Access is the report page's, checked here.
 */
public interface ReportExports {

    /** The report's PDF, exactly as {@code /reports/{id}/export.pdf} gives it. */
    DocumentFile pdf(CurrentUser user, long reportId);
}
