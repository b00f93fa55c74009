package vn.parcomms.report;

/** How far a unit got with one activity by the period's cut-off. */
public enum ActivityStatus {
    NOT_STARTED, IN_PROGRESS, DONE, DROPPED
}
