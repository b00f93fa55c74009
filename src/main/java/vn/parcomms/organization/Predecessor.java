package vn.parcomms.organization;

import java.time.LocalDate;

/**
 * A node whose work a successor took over from {@code effectiveDate}: its accepted reports before
 * that date belong to the successor's history ({@code until} is the day before).
 */
public record Predecessor(OrgNodeView node, LocalDate effectiveDate, long successorId) {

    public LocalDate until() {
        return effectiveDate.minusDays(1);
    }
}
