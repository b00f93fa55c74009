package vn.parcomms.organization;

/**
 * A node to create among many (the spreadsheet import): like {@link OrgNodeCommand}, but the parent
 * is named by its code, as it may be one of the nodes created before it in the same list.
 */
public record NewOrgNode(String code, String name, String shortName, OrgKind kind, String parentCode, String place) {
}
