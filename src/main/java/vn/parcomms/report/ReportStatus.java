package vn.parcomms.report;

/** Where a unit report stands: draft → submitted → accepted, or returned → submitted again. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** The unit may still change the report. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
