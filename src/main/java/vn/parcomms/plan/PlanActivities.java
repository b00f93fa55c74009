package vn.parcomms.plan;

import java.util.List;
import java.util.UUID;

/**
 * A plan's identity and its activities, without its text, history or versions: what rollups
 * need, read with the same access check as the plan page.
 */
public record PlanActivities(long id, UUID lineageId, PlanStatus status, long issuingNodeId, PlanHeader header,
        List<ActivityView> activities) {

    /** "79a/KH-SYT", or the title while the plan has no number. */
    public String label() {
        return PlanHeader.label(header.docNumber(), header.docSymbol(), header.title());
    }
}
