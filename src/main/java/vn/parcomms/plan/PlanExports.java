package vn.parcomms.plan;

import vn.parcomms.document.DocumentFile;
import vn.parcomms.shared.security.CurrentUser;

/**
 * A plan as the official document its export page downloads, for other modules that put it in a
 * file of their own (the PAR INDEX evidence pack). Access is the plan page's, checked here.
 */
public interface PlanExports {

    /** The plan's PDF, exactly as {@code /plans/{id}/export.pdf} gives it (without the annex). */
    DocumentFile pdf(CurrentUser user, long planId);
}
