package vn.parcomms.plan;

/**
 * Filters of the plan list page; null means "any".
 *
 * @param nodeId plans issued by this node or any node below it
 * @param issuer part of the issuing node's name, short name or code
 */
public record PlanSearch(Integer year, Long nodeId, String issuer, PlanStatus status, boolean includeSuperseded) {
}
