package vn.parcomms.organization;

import java.time.LocalDate;

/**
 * A predecessor whose work passed to a successor (ADR 0023): its accepted reports up to
 * {@code until} (the day before the successor took over) count in the successor's rollups.
 * {@code predecessorName} is the name it had on that day, as its documents printed it;
 * {@code successorName} the successor's name in force.
 */
public record LineageLink(long predecessorId, String predecessorName, LocalDate until, long successorId,
        String successorName) {
}
