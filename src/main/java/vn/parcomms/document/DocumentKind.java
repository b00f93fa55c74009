package vn.parcomms.document;

/**
 * The kind of an administrative document: the bold centred word above the title, and the
 * abbreviation used in its number symbol and in export file names.
 */
public enum DocumentKind {
    PLAN("KẾ HOẠCH", "KH"),
    REPORT("BÁO CÁO", "BC");

    private final String heading;
    private final String abbreviation;

    DocumentKind(String heading, String abbreviation) {
        this.heading = heading;
        this.abbreviation = abbreviation;
    }

    /** "KẾ HOẠCH", printed above the title. */
    public String heading() {
        return heading;
    }

    /** "KH", as in "79a/KH-SYT". */
    public String abbreviation() {
        return abbreviation;
    }
}
