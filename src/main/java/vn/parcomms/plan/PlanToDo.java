package vn.parcomms.plan;

/** A plan waiting for someone: submitted for approval, or returned to its drafters with the reason. */
public record PlanToDo(long planId, String label, int year, PlanStatus status, String returnReason) {
}
