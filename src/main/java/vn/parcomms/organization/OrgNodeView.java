package vn.parcomms.organization;

/**
 * One organisation node as other modules and pages see it. {@code place}: what its documents
 * write before the date ("Bà Rịa - Vũng Tàu"), null where not entered.
 */
public record OrgNodeView(long id, String code, String name, String shortName, OrgKind kind, Long parentId,
        int depth, boolean active, long version, String place) {

    /** The short name where there is one, else the full name. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
