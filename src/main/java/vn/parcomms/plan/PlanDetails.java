package vn.parcomms.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything shown on a plan's page and printed in its document. */
public record PlanDetails(long id, UUID lineageId, int versionNo, PlanStatus status, long issuingNodeId,
        String issuingNodeName, PlanHeader header, PlanSummary parentPlan, Map<ItemKind, List<PlanItemView>> items,
        List<ActivityView> activities, List<PlanEventView> history, List<PlanSummary> versions,
        List<ImplementationStatus> implementations, String returnReason, long version, PlanPermissions can,
        List<OutlineSectionView> outline) {

    /** The day the plan's first version was issued (ADR 0032), null while none is. */
    public java.time.LocalDate firstIssueDate() {
        return versions.stream().filter(v -> v.status() != PlanStatus.DRAFT && v.status() != PlanStatus.SUBMITTED)
                .map(PlanSummary::issueDate).filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder()).orElse(null);
    }

    public List<PlanItemView> items(ItemKind kind) {
        return items.getOrDefault(kind, List.of());
    }

    /** The same by the part's name, for templates. */
    public List<PlanItemView> items(String kind) {
        return items(ItemKind.valueOf(kind));
    }

    public String subsectionNumber(String kind) {
        return subsectionNumbers().get(ItemKind.valueOf(kind));
    }

    /**
     * The numbered sections of the document in their order, with their Roman numerals; a section
     * with nothing in it is left out and the following ones move up.
     */
    public Map<String, String> sectionNumbers() {
        Map<String, String> numbers = new java.util.LinkedHashMap<>();
        java.util.List<String> present = new java.util.ArrayList<>();
        if (!items(ItemKind.PURPOSE).isEmpty() || !items(ItemKind.REQUIREMENT).isEmpty()
                || !items(ItemKind.AUDIENCE).isEmpty()) {
            present.add("GOALS");
        }
        if (!items(ItemKind.CONTENT).isEmpty() || !items(ItemKind.FORM).isEmpty()) {
            present.add("CONTENT");
        }
        if (!items(ItemKind.SOLUTION).isEmpty()) {
            present.add("SOLUTIONS");
        }
        if (header.budget() != null) {
            present.add("BUDGET");
        }
        if (!items(ItemKind.DUTY).isEmpty()) {
            present.add("DUTIES");
        }
        if (header.reportingDuty() != null) {
            present.add("REPORTING");
        }
        for (int i = 0; i < present.size(); i++) {
            numbers.put(present.get(i), vn.parcomms.shared.VietnameseNumbering.roman(i + 1));
        }
        return numbers;
    }

    /** Numbers "1.", "2.", … of the sub-sections (purposes, requirements, audiences; contents, forms) that exist. */
    public Map<ItemKind, String> subsectionNumbers() {
        Map<ItemKind, String> numbers = new java.util.EnumMap<>(ItemKind.class);
        for (java.util.List<ItemKind> group : java.util.List.of(
                java.util.List.of(ItemKind.PURPOSE, ItemKind.REQUIREMENT, ItemKind.AUDIENCE),
                java.util.List.of(ItemKind.CONTENT, ItemKind.FORM))) {
            int n = 0;
            for (ItemKind kind : group) {
                if (!items(kind).isEmpty()) {
                    numbers.put(kind, (++n) + ".");
                }
            }
        }
        return numbers;
    }

    /**
     * Numbers run 01, 02, … per issuing body and year; a letter suffix ("79a") happens in practice
     * and is allowed, but the page warns so the clerk checks the register.
     */
    public boolean numberHasSuffix() {
        return header.docNumber() != null && !header.docNumber().matches("\\d+");
    }

    public String numberAndSymbol() {
        return header.numberAndSymbol();
    }
}
