package vn.parcomms.todo;

/** What a to-do entry asks for; each has its message key {@code todo.kind.NAME}. */
public enum ToDoKind {
    /** OFFICE: a unit's submitted report to review. */
    REPORT_TO_REVIEW,
    /** OFFICE: a report it returned, waiting for the unit to submit it again. */
    REPORT_RETURNED_TO_UNIT,
    /** OFFICE: units overdue on a plan and period. */
    UNITS_OVERDUE,
    /** OFFICE: a period due before the plan was issued, waiting for it to say whether it is expected (ADR 0032). */
    PERIOD_TO_DECIDE,
    /** OFFICE: a plan the leader returned, with the reason. */
    PLAN_RETURNED,
    /** OFFICE: a consolidated report to prepare (draft or returned). */
    CONSOLIDATION_TO_PREPARE,
    /** OFFICE: an approved consolidated report to send. */
    CONSOLIDATION_TO_SEND,
    /** LEADER: a plan submitted for approval. */
    PLAN_TO_APPROVE,
    /** LEADER: a consolidated report submitted for approval. */
    CONSOLIDATION_TO_APPROVE,
    /** UNIT: a report due, with the days left (negative: overdue). */
    REPORT_DUE,
    /** UNIT: a report returned, with the reason. */
    REPORT_RETURNED,
    /** UNIT: an activity due this quarter. */
    ACTIVITY_DUE,
    /** REVIEWER: an agency's consolidated report received. */
    CONSOLIDATION_RECEIVED,
    /** REVIEWER: an agency overdue with its consolidated report. */
    AGENCY_OVERDUE;

    public String messageKey() {
        return "todo.kind." + name();
    }
}
