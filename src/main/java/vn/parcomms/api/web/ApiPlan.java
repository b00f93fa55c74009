package vn.parcomms.api.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanStatus;

/**
 * One plan as the API shows it: the header, the parts of the document with the labels the
 * document prints ("I.", "1.", "a)"), and the activities with their indicator targets.
 */
public record ApiPlan(long id, UUID lineageId, int versionNo, PlanStatus status, String numberAndSymbol,
        Node issuingNode, PlanHeader header, Map<String, String> sectionNumbers, List<Part> parts,
        List<ActivityView> activities) {

    public record Node(long id, String name) {
    }

    /** One item of a part of the plan (purpose, content, form, …) with its computed label. */
    public record Part(ItemKind kind, String subsectionNumber, String label, String heading, String body, UUID key) {
    }

    static ApiPlan of(PlanDetails plan) {
        Map<ItemKind, String> subsections = plan.subsectionNumbers();
        List<Part> parts = java.util.Arrays.stream(ItemKind.values())
                .flatMap(kind -> plan.items(kind).stream())
                .map(i -> new Part(i.kind(), subsections.get(i.kind()), i.label(), i.heading(), i.body(), i.key()))
                .toList();
        return new ApiPlan(plan.id(), plan.lineageId(), plan.versionNo(), plan.status(), plan.numberAndSymbol(),
                new Node(plan.issuingNodeId(), plan.issuingNodeName()), plan.header(), plan.sectionNumbers(), parts,
                plan.activities());
    }
}
