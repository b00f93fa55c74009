package vn.parcomms.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by modules whose open records belong to a node (users, draft plans and reports,
 * deadlines): when the node is merged into, or split to, a successor they move to its main
 * successor. {@code organization} asks every implementation first for a preview and then for the
 * transfer, and keeps what each reported as the history of the change, so it depends on none of them.
 */
public interface OrgNodeTransfer {

    /** What would move from {@code fromNodeId} to {@code toNodeId}; a line per kind of record, none when zero. */
    List<Line> preview(long fromNodeId, long toNodeId, LocalDate effectiveDate);

    /** Moves the records and says what moved, as {@link #preview} would have said. */
    List<Line> transfer(long fromNodeId, long toNodeId, LocalDate effectiveDate);

    /**
     * @param what   the message key naming the records ("organization.succession.moved.users")
     * @param amount how many
     */
    record Line(String what, long amount) {
    }
}
