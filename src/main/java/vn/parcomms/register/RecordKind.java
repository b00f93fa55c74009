package vn.parcomms.register;

/** What kinds of documents enter the register, and where each one's page is. */
public enum RecordKind {
    PLAN("/plans/"),
    /** A consolidated report sent upward (issue 14, point 5). */
    CONSOLIDATED_REPORT("/consolidations/");

    private final String path;

    RecordKind(String path) {
        this.path = path;
    }

    public String link(long recordId) {
        return path + recordId;
    }
}
