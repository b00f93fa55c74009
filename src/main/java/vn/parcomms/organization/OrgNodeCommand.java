package vn.parcomms.organization;

/**
 * What an administrator enters to create or edit a node; {@code place} may be blank.
 * {@code reportingParentId}: the body it reports to when that is not its parent (ADR 0016); an edit
 * with null, or with the parent, makes it report to its parent again.
 */
public record OrgNodeCommand(String code, String name, String shortName, OrgKind kind, Long parentId, String place,
        Long reportingParentId) {

    /** The characters a code may hold; the form and the spreadsheet import check the same. */
    public static final String CODE_FORMAT = "[A-Za-z0-9._-]*";
    public static final int CODE_MAX_LENGTH = 40;
    public static final int NAME_MAX_LENGTH = 255;
    public static final int SHORT_NAME_MAX_LENGTH = 80;
    public static final int PLACE_MAX_LENGTH = 120;

    /** A node that reports to its parent. */
    public OrgNodeCommand(String code, String name, String shortName, OrgKind kind, Long parentId, String place) {
        this(code, name, shortName, kind, parentId, place, null);
    }

    /** A node without a place of its own. */
    public OrgNodeCommand(String code, String name, String shortName, OrgKind kind, Long parentId) {
        this(code, name, shortName, kind, parentId, null);
    }
}
