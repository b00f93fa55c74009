package vn.parcomms.consolidation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.parcomms.report.FollowUpStatus;

/**
 * Whether an agency's consolidated report of a period reached Home Affairs in time. Computed on
 * read from the first sending and the deadline with the application clock, by the same day rule
 * as the units' reports ({@link FollowUpStatus#isLate}): on time when first sent before the
 * deadline day ended in the province's time zone; a resending after a return does not change it.
 */
public enum ConsolidationTimeliness {
    ON_TIME, LATE, OVERDUE, NOT_YET_DUE;

    /** @param firstSentAt when the report was first sent to Home Affairs, null if never */
    public static ConsolidationTimeliness of(Instant firstSentAt, LocalDate deadline, Instant now, ZoneId zone) {
        if (firstSentAt != null) {
            return FollowUpStatus.isLate(firstSentAt, deadline, zone) ? LATE : ON_TIME;
        }
        return FollowUpStatus.isPast(deadline, now, zone) ? OVERDUE : NOT_YET_DUE;
    }

    /** Bootstrap colour of the badge on pages. */
    public String badge() {
        return switch (this) {
            case ON_TIME -> "text-bg-success";
            case LATE -> "text-bg-warning";
            case OVERDUE -> "text-bg-danger";
            case NOT_YET_DUE -> "text-bg-light";
        };
    }
}
