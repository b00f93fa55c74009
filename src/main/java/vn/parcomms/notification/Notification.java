package vn.parcomms.notification;

import java.time.Instant;

/**
 * One notification as its recipient sees it: the message key of its kind and the arguments the
 * text is made of, where it leads, and whether it was read.
 *
 * @param period the report period's name, or null
 */
public record Notification(long id, NotificationKind kind, String subjectLabel, String reason, String period,
        Integer periodYear, String link, Instant createdAt, boolean read) {

    /** The message key of the period's label ({@code report.period.Q1}), or null. */
    public String periodKey() {
        return period == null ? null : "report.period." + period;
    }

    /** The arguments of the period's label: its year. */
    public Object[] periodArgs() {
        return new Object[] {periodYear};
    }
}
