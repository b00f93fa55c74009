package vn.parcomms.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One row of a plan list. */
public record PlanSummary(long id, int versionNo, int year, String docNumber, String docSymbol, String title,
        PlanStatus status, long issuingNodeId, String issuingNodeName, LocalDate issueDate, Long parentPlanId,
        long activityCount, Instant updatedAt) {

    /** "79a/KH-SYT", or null while the plan has no number yet. */
    public String numberAndSymbol() {
        if (docNumber == null || docNumber.isBlank()) {
            return null;
        }
        return docSymbol == null || docSymbol.isBlank() ? docNumber : docNumber + "/" + docSymbol;
    }
}
