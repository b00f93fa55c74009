package vn.parcomms.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One row of a plan list. */
public record PlanSummary(long id, int versionNo, int year, String docNumber, String docSymbol, String title,
        PlanStatus status, long issuingNodeId, String issuingNodeName, LocalDate issueDate, Long parentPlanId,
        long activityCount, Instant updatedAt) {

    /** "79a/KH-SYT", or null while the plan has no number yet. */
    public String numberAndSymbol() {
        return PlanHeader.numberAndSymbol(docNumber, docSymbol);
    }

    /** "79a/KH-SYT", else the title while the plan has no number. */
    public String label() {
        return PlanHeader.label(docNumber, docSymbol, title);
    }
}
