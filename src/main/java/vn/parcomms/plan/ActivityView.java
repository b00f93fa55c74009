package vn.parcomms.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.parcomms.shared.DisplayFormat;

/** An activity with the names it refers to resolved, for pages, reports and exports. */
public record ActivityView(long id, UUID key, UUID parentKey, long planId, UUID contentItemKey, String contentLabel,
        String contentText, int position, String name, long leadNodeId, String leadNodeName,
        List<NodeRef> cooperators, List<ChannelRef> channels, String audience, String outputProduct,
        List<Integer> quarters, LocalDate dueDate, List<TargetView> targets) {

    public record NodeRef(long id, String name) {
    }

    public record ChannelRef(long id, String name, String nameEn) {
    }

    /** An indicator's target; the names in both languages, as the catalogue has them. */
    public record TargetView(long indicatorId, String name, String nameEn, String unit, String unitEn, int target) {

        public TargetView(long indicatorId, String name, String nameEn, String unit, int target) {
            this(indicatorId, name, nameEn, unit, null, target);
        }

        public String label(String language) {
            return DisplayFormat.named(language, name, nameEn);
        }

        public String unitLabel(String language) {
            return DisplayFormat.named(language, unit, unitEn);
        }
    }

    /**
     * The same activity led by another node: the successor that took the lead's work over
     * (ADR 0023), for rollups that count it under the successor; the plan itself keeps its lead.
     */
    public ActivityView ledBy(long nodeId, String nodeName) {
        return new ActivityView(id, key, parentKey, planId, contentItemKey, contentLabel, contentText, position, name,
                nodeId, nodeName, cooperators, channels, audience, outputProduct, quarters, dueDate, targets);
    }

    /** Whether the activity is due in or before the given quarter (1–4) of the plan year. */
    public boolean dueByQuarter(int quarter) {
        return dueByQuarter(quarters, dueDate, quarter);
    }

    /** The rule itself: a due date counts in its quarter; no quarters and no date means all year. */
    static boolean dueByQuarter(List<Integer> quarters, LocalDate dueDate, int quarter) {
        if (dueDate != null) {
            return (dueDate.getMonthValue() + 2) / 3 <= quarter;
        }
        return quarters.isEmpty() || quarters.stream().anyMatch(q -> q <= quarter);
    }
}
