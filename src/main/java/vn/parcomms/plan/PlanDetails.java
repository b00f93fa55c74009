package vn.parcomms.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything shown on a plan's page and printed in its document. */
public record PlanDetails(long id, UUID lineageId, int versionNo, PlanStatus status, long issuingNodeId,
        String issuingNodeName, PlanHeader header, PlanSummary parentPlan, Map<ItemKind, List<PlanItemView>> items,
        List<ActivityView> activities, List<PlanEventView> history, List<PlanSummary> versions,
        List<ImplementationStatus> implementations, String returnReason, long version, PlanPermissions can) {

    public List<PlanItemView> items(ItemKind kind) {
        return items.getOrDefault(kind, List.of());
    }

    public String numberAndSymbol() {
        if (header.docNumber() == null) {
            return null;
        }
        return header.docSymbol() == null ? header.docNumber() : header.docNumber() + "/" + header.docSymbol();
    }
}
