package vn.parcomms.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One recorded change a node took part in, for its page. */
public record SuccessionView(long id, SuccessionKind kind, LocalDate effectiveDate, String decision, String oldValue,
        String newValue, List<String> predecessors, List<String> successors, List<SuccessionPreview.Move> moves,
        String recordedBy, Instant recordedAt) {
}
