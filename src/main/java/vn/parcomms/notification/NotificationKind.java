package vn.parcomms.notification;

/** What a notification tells; each has its message key {@code notification.kind.NAME}. */
public enum NotificationKind {
    PLAN_SUBMITTED, PLAN_RETURNED, PLAN_ISSUED,
    REPORT_SUBMITTED, REPORT_RETURNED, REPORT_ACCEPTED,
    CONSOLIDATION_SUBMITTED, CONSOLIDATION_APPROVED, CONSOLIDATION_SENT, CONSOLIDATION_RETURNED,
    CONSOLIDATION_ACCEPTED,
    SELF_ASSESSMENT_SUBMITTED, SELF_ASSESSMENT_RETURNED, SELF_ASSESSMENT_APPRAISED,
    /** A report is due in the configured number of days. */
    REMINDER_DUE,
    /** A report's deadline passed yesterday and it was not submitted. */
    REMINDER_OVERDUE,
    /** The office reminded an overdue unit with one click ("nhắc nhở"). */
    REMINDER_FROM_OFFICE;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
