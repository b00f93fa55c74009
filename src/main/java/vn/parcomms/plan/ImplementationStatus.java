package vn.parcomms.plan;

/** For a unit assigned work in a plan: its own implementing plan, if it has started one. */
public record ImplementationStatus(long nodeId, String nodeName, Long planId, PlanStatus status) {
}
