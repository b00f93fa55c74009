package vn.parcomms.plan;

import java.time.Instant;

/** One step of a plan's history. {@code details} names the part concerned or summarises changes. */
public record PlanEventView(long planId, int versionNo, String action, String actorName, Instant at, String reason,
        String details) {
}
