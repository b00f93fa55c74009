package vn.parcomms.organization;

/** What an administrator enters to create or rename a node; {@code place} may be blank. */
public record OrgNodeCommand(String code, String name, String shortName, OrgKind kind, Long parentId, String place) {

    /** A node without a place of its own. */
    public OrgNodeCommand(String code, String name, String shortName, OrgKind kind, Long parentId) {
        this(code, name, shortName, kind, parentId, null);
    }
}
