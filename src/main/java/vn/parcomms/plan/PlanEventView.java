package vn.parcomms.plan;

import java.time.Instant;
import java.util.List;

/** One step of a plan's history. {@code details} names the part concerned or summarises changes. */
public record PlanEventView(long planId, int versionNo, String action, String actorName, Instant at, String reason,
        String details) {

    /** For an issued amendment: what changed against the version it replaced, part by part. */
    public List<Change> changes() {
        return PlanChanges.parse(details).stream()
                .map(l -> new Change(l.part(), l.added(), l.removed(), l.changed())).toList();
    }

    public record Change(String part, long added, long removed, long changed) {
    }
}
