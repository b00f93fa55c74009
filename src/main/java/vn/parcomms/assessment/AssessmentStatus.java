package vn.parcomms.assessment;

/** Where a node's self-assessment of a year stands: the office drafts, the leader submits, Home Affairs appraises. */
public enum AssessmentStatus {
    /** Not started: nothing saved yet; the sheet shows the computed points. */
    NONE,
    DRAFT,
    SUBMITTED,
    APPRAISED
}
