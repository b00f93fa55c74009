package vn.parcomms.organization;

/**
 * A node to create among many (the spreadsheet import): like {@link OrgNodeCommand}, but the parent
 * is named by its code, as it may be one of the nodes created before it in the same list; so is the
 * body it reports to when that is not its parent ({@code reportingParentCode}, blank: its parent).
 */
public record NewOrgNode(String code, String name, String shortName, OrgKind kind, String parentCode, String place,
        String reportingParentCode) {

    /** A node that reports to its parent. */
    public NewOrgNode(String code, String name, String shortName, OrgKind kind, String parentCode, String place) {
        this(code, name, shortName, kind, parentCode, place, null);
    }
}
