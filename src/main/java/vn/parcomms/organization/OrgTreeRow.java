package vn.parcomms.organization;

/** A node in the order of the indented tree, with its indentation level relative to the shown root. */
public record OrgTreeRow(OrgNodeView node, int level, String parentName) {
}
