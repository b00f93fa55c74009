package vn.parcomms.plan;

/** Where a plan version stands: draft → submitted → issued (→ superseded by a newer version) → closed. */
public enum PlanStatus {
    DRAFT, SUBMITTED, ISSUED, SUPERSEDED, CLOSED;

    /** Issued and closed plans are in force (or were); they are what units implement and report on. */
    public boolean isIssued() {
        return this == ISSUED || this == CLOSED;
    }
}
