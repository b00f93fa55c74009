package vn.parcomms.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.parcomms.plan.internal.Plan;
import vn.parcomms.plan.internal.PlanActivity;
import vn.parcomms.plan.internal.PlanItem;

/**
 * What changed between two versions of a plan, matched by the stable keys of items and
 * activities. Stored with the "issued" event as "PART:added:removed:changed;…" and shown as text.
 */
final class PlanChanges {

    private PlanChanges() {
    }

    static String between(Plan before, Plan after) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(before.header(), after.header())) {
            parts.add("HEADER:0:0:1");
        }
        for (ItemKind kind : ItemKind.values()) {
            Map<UUID, String> old = new HashMap<>();
            for (PlanItem item : before.itemsOf(kind)) {
                old.put(item.getKey(), item.getHeading() + "\n" + item.getBody());
            }
            Map<UUID, String> now = new HashMap<>();
            for (PlanItem item : after.itemsOf(kind)) {
                now.put(item.getKey(), item.getHeading() + "\n" + item.getBody());
            }
            add(parts, kind.name(), old, now);
        }
        Map<UUID, Object> oldActivities = new HashMap<>();
        for (PlanActivity a : before.getActivities()) {
            oldActivities.put(a.getActivityKey(), a.data());
        }
        Map<UUID, Object> newActivities = new HashMap<>();
        for (PlanActivity a : after.getActivities()) {
            newActivities.put(a.getActivityKey(), a.data());
        }
        add(parts, "ACTIVITY", oldActivities, newActivities);
        return parts.isEmpty() ? null : String.join(";", parts);
    }

    private static <T> void add(List<String> parts, String name, Map<UUID, T> old, Map<UUID, T> now) {
        long added = now.keySet().stream().filter(k -> !old.containsKey(k)).count();
        long removed = old.keySet().stream().filter(k -> !now.containsKey(k)).count();
        long changed = now.entrySet().stream()
                .filter(e -> old.containsKey(e.getKey()) && !Objects.equals(old.get(e.getKey()), e.getValue()))
                .count();
        if (added + removed + changed > 0) {
            parts.add(name + ":" + added + ":" + removed + ":" + changed);
        }
    }

    /** One line of a change summary, for display. */
    record Line(String part, long added, long removed, long changed) {
    }

    static List<Line> parse(String details) {
        List<Line> lines = new ArrayList<>();
        if (details == null || details.isBlank()) {
            return lines;
        }
        for (String part : details.split(";")) {
            String[] f = part.split(":");
            if (f.length == 4) {
                lines.add(new Line(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])));
            }
        }
        return lines;
    }
}
