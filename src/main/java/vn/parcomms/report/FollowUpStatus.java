package vn.parcomms.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A unit's standing for one period as the office follows it up. Computed on read from the
 * report's status, its first submission and the deadline, with the application clock: no
 * scheduled job marks anything, so two app instances can never disagree or mark twice.
 */
public enum FollowUpStatus {
    NOT_STARTED, DRAFT, SUBMITTED, LATE, RETURNED, ACCEPTED, OVERDUE,
    /** The period's deadline passed before the plan was issued; the office has not decided (ADR 0032). */
    AWAITING_DECISION,
    /** The office decided the period is not expected of the plan's units (ADR 0032). */
    NOT_EXPECTED;

    /**
     * The standing of a report for a period as the office decided it (ADR 0032): a period not
     * (yet) expected is never overdue nor late, and a report a unit filed anyway still shows.
     */
    public static FollowUpStatus of(ReportStatus status, Instant firstSubmittedAt, PeriodExpectation period,
            Instant now, ZoneId zone) {
        if (!period.expected()) {
            if (status == null || status == ReportStatus.DRAFT) {
                return period.state() == PeriodExpectation.State.NOT_EXPECTED ? NOT_EXPECTED : AWAITING_DECISION;
            }
            if (status == ReportStatus.SUBMITTED) {
                return SUBMITTED;
            }
        }
        return of(status, firstSubmittedAt, period.deadline(), now, zone);
    }

    /** Submitted after the period's deadline; never for a period not (yet) expected. */
    public static boolean isLate(Instant firstSubmittedAt, PeriodExpectation period, ZoneId zone) {
        return period.expected() && isLate(firstSubmittedAt, period.deadline(), zone);
    }

    /**
     * @param status           the report's status, null when the unit has not opened it
     * @param firstSubmittedAt when it was first submitted, null if never
     */
    private static FollowUpStatus of(ReportStatus status, Instant firstSubmittedAt, LocalDate deadline, Instant now,
            ZoneId zone) {
        if (status == null || status == ReportStatus.DRAFT) {
            if (isPast(deadline, now, zone)) {
                return OVERDUE;
            }
            return status == null ? NOT_STARTED : DRAFT;
        }
        return switch (status) {
            case SUBMITTED -> isLate(firstSubmittedAt, deadline, zone) ? LATE : SUBMITTED;
            case RETURNED -> RETURNED;
            case ACCEPTED -> ACCEPTED;
            case DRAFT -> DRAFT;
        };
    }

    /** Submitted after the deadline day ended (in the province's time zone). */
    public static boolean isLate(Instant firstSubmittedAt, LocalDate deadline, ZoneId zone) {
        return firstSubmittedAt != null && !firstSubmittedAt.isBefore(endOf(deadline, zone));
    }

    /** The deadline day has ended. */
    public static boolean isPast(LocalDate deadline, Instant now, ZoneId zone) {
        return !now.isBefore(endOf(deadline, zone));
    }

    private static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Bootstrap colour of the badge on pages. */
    public String badge() {
        return switch (this) {
            case NOT_STARTED -> "text-bg-light";
            case DRAFT -> "text-bg-secondary";
            case SUBMITTED -> "text-bg-primary";
            case LATE -> "text-bg-warning";
            case RETURNED -> "text-bg-info";
            case ACCEPTED -> "text-bg-success";
            case OVERDUE -> "text-bg-danger";
            case AWAITING_DECISION, NOT_EXPECTED -> "text-bg-light";
        };
    }
}
