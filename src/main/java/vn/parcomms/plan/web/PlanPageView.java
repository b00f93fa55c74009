package vn.parcomms.plan.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.shared.VietnameseOrder;

/** The plan page's activity table: filtered, then grouped by content item or by lead unit. */
record PlanPageView(String group, Long unit, Long channel, Integer quarter, List<Group> groups,
        List<ActivityView.NodeRef> units, List<ActivityView.ChannelRef> channels, int shown, int total) {

    record Group(String title, String label, List<ActivityView> activities) {
    }

    static PlanPageView of(PlanDetails plan, String group, Long unit, Long channel, Integer quarter) {
        String grouping = "unit".equals(group) ? "unit" : "content";
        List<ActivityView> all = plan.activities();
        List<ActivityView> filtered = all.stream()
                .filter(a -> unit == null || a.leadNodeId() == unit
                        || a.cooperators().stream().anyMatch(c -> c.id() == unit))
                .filter(a -> channel == null || a.channels().stream().anyMatch(c -> c.id() == channel))
                .filter(a -> quarter == null || a.quarters().contains(quarter)
                        || (a.dueDate() != null && (a.dueDate().getMonthValue() + 2) / 3 == quarter))
                .toList();
        Map<String, Group> groups = new LinkedHashMap<>();
        if ("unit".equals(grouping)) {
            filtered.stream().sorted(VietnameseOrder.byName(ActivityView::leadNodeName)
                            .thenComparingInt(ActivityView::position))
                    .forEach(a -> groups.computeIfAbsent("u" + a.leadNodeId(),
                            k -> new Group(a.leadNodeName(), null, new ArrayList<>())).activities().add(a));
        } else {
            filtered.stream().sorted(Comparator.comparing((ActivityView a) -> a.contentLabel() == null ? 1 : 0)
                            .thenComparingInt(a -> plan.items(vn.parcomms.plan.ItemKind.CONTENT).stream()
                                    .filter(i -> i.key().equals(a.contentItemKey())).mapToInt(i -> i.position())
                                    .findFirst().orElse(Integer.MAX_VALUE))
                            .thenComparingInt(ActivityView::position))
                    .forEach(a -> groups.computeIfAbsent(String.valueOf(a.contentItemKey()),
                            k -> new Group(a.contentText(), a.contentLabel(), new ArrayList<>())).activities().add(a));
        }
        Map<Long, ActivityView.NodeRef> units = new TreeMap<>();
        Map<Long, ActivityView.ChannelRef> channels = new TreeMap<>();
        for (ActivityView a : all) {
            units.put(a.leadNodeId(), new ActivityView.NodeRef(a.leadNodeId(), a.leadNodeName()));
            a.cooperators().forEach(c -> units.put(c.id(), c));
            a.channels().forEach(c -> channels.put(c.id(), c));
        }
        return new PlanPageView(grouping, unit, channel, quarter, new ArrayList<>(groups.values()),
                units.values().stream().filter(n -> Objects.nonNull(n.name()))
                        .sorted(VietnameseOrder.byName(ActivityView.NodeRef::name)).toList(),
                channels.values().stream().sorted(VietnameseOrder.byName(ActivityView.ChannelRef::name)).toList(),
                filtered.size(), all.size());
    }
}
