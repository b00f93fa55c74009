package vn.parcomms.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * What a change will do, shown before the ADMIN confirms it: the nodes that end and the ones that
 * take over, and, per predecessor, what moves to the main successor.
 */
public record SuccessionPreview(SuccessionKind kind, OrgNodeView node, LocalDate effectiveDate, String decision,
        String oldValue, String newValue, List<OrgNodeView> predecessors, List<OrgNodeView> successors,
        List<Move> moves) {

    /** {@code amount} records of the kind {@code what} (a message key) move from one node to another. */
    public record Move(String fromName, String toName, String what, long amount) {
    }
}
