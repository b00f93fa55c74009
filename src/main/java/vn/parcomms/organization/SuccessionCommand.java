package vn.parcomms.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * A change recorded from a node's page.
 *
 * @param targetId the new parent (MOVE), the successor (MERGE) or the main successor (SPLIT)
 * @param otherIds the other predecessors merged with the node (MERGE) or the other successors (SPLIT)
 */
public record SuccessionCommand(SuccessionKind kind, LocalDate effectiveDate, String decision, String newName,
        String newShortName, Long targetId, List<Long> otherIds) {

    public static final int DECISION_MAX = 120;

    public SuccessionCommand {
        otherIds = otherIds == null ? List.of() : otherIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
