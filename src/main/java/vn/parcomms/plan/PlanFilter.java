package vn.parcomms.plan;

/** Filters of the plan list; null means "any". */
public record PlanFilter(Integer year, Long nodeId, PlanStatus status, boolean includeSuperseded) {
}
