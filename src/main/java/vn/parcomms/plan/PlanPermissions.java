package vn.parcomms.plan;

/** What the signed-in user may do with one plan; pages show buttons from it, the service re-checks. */
public record PlanPermissions(boolean edit, boolean submit, boolean issue, boolean returnToDraft, boolean amend,
        boolean close, boolean copyForward, boolean startImplementing) {
}
