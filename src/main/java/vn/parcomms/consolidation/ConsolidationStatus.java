package vn.parcomms.consolidation;

/**
 * Where a consolidated report stands: draft → submitted for approval → approved by the leader →
 * sent upward → accepted by Home Affairs; the leader or Home Affairs may return it with a reason.
 */
public enum ConsolidationStatus {
    DRAFT, SUBMITTED, APPROVED, SENT, ACCEPTED, RETURNED;

    /** The office may still change the texts and refresh the figures. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
