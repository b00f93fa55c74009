package vn.parcomms.plan;

import java.util.Set;

/**
 * A past-tense event of a plan's lifecycle, published when the plan's transition is flushed with
 * its history line: {@code SUBMITTED}, {@code RETURNED} (with the reason) or {@code ISSUED}. The
 * lead units are those of its activities, for whom an issued plan is news.
 *
 * @param step the history action the plan recorded
 */
public record PlanStepTaken(String step, long planId, long issuingNodeId, String label, String reason,
        Set<Long> leadNodeIds, long actorId) {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String RETURNED = "RETURNED";
    public static final String ISSUED = "ISSUED";
}
