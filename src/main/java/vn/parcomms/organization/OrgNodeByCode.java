package vn.parcomms.organization;

/**
 * A node found by its code, with its parent's code (null for a province), whether it lies in the
 * asking user's scope and the province it belongs to.
 */
public record OrgNodeByCode(OrgNodeView node, String parentCode, boolean inScope, long provinceId) {
}
