package vn.parcomms.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An activity with the names it refers to resolved, for pages, reports and exports. */
public record ActivityView(long id, UUID key, UUID parentKey, long planId, UUID contentItemKey, String contentLabel,
        String contentText, int position, String name, long leadNodeId, String leadNodeName,
        List<NodeRef> cooperators, List<ChannelRef> channels, String audience, String outputProduct,
        List<Integer> quarters, LocalDate dueDate, List<TargetView> targets) {

    public record NodeRef(long id, String name) {
    }

    public record ChannelRef(long id, String name, String nameEn) {
    }

    public record TargetView(long indicatorId, String name, String nameEn, String unit, int target) {
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
