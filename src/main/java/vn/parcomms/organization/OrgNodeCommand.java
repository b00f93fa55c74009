package vn.parcomms.organization;

/** What an administrator enters to create or rename a node. */
public record OrgNodeCommand(String code, String name, String shortName, OrgKind kind, Long parentId) {
}
