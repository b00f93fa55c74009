package vn.parcomms.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the figures reported on a plan count for: the one place where the rule "an implementing
 * plan's activity counts for the parent activity it carries out" is applied ({@link PlanFacts}).
 *
 * <p>Every activity key a unit report on the plan's lineage may carry maps to exactly one counting
 * activity: the plan's own activity (for its own keys and for the keys of units' implementing-plan
 * activities that carry it out), an activity a unit added to its own plan without a link (it counts
 * for itself, shown as added by the unit), or an activity an amendment removed from the plan (it
 * counts for itself, under the content item it had). Nothing reported is left without one.
 *
 * <p>Immutable; the look-ups by key are built once with it, as {@code PlanFacts} keeps it for as
 * long as the plans it was read from do not change.
 */
public final class CountingActivities {

    public enum Origin {
        PLAN, UNIT_ADDED, REMOVED
    }

    /** One counting activity with where it comes from. */
    public record Counting(ActivityView activity, Origin origin) {
    }

    private final long planId;
    private final long issuingNodeId;
    private final List<ActivityView> activities;
    private final List<ActivityView> unitAdded;
    private final List<ActivityView> removed;
    private final Map<UUID, UUID> countsFor;
    private final Map<UUID, Counting> byKey;
    private final Map<UUID, Counting> byEntryKey;

    /**
     * @param activities the plan's activities in the version in force, in plan order
     * @param unitAdded activities units added to their own implementing plans, without a link
     * @param removed activities of earlier versions that the version in force no longer holds
     * @param countsFor entry key → key of its counting activity
     */
    public CountingActivities(long planId, long issuingNodeId, List<ActivityView> activities,
            List<ActivityView> unitAdded, List<ActivityView> removed, Map<UUID, UUID> countsFor) {
        this.planId = planId;
        this.issuingNodeId = issuingNodeId;
        this.activities = List.copyOf(activities);
        this.unitAdded = List.copyOf(unitAdded);
        this.removed = List.copyOf(removed);
        this.countsFor = Map.copyOf(countsFor);
        Map<UUID, Counting> keys = new LinkedHashMap<>();
        put(keys, activities, Origin.PLAN);
        put(keys, unitAdded, Origin.UNIT_ADDED);
        put(keys, removed, Origin.REMOVED);
        this.byKey = java.util.Collections.unmodifiableMap(keys);
        Map<UUID, Counting> entries = new HashMap<>(countsFor.size() * 2);
        countsFor.forEach((entry, key) -> {
            Counting c = keys.get(key);
            if (c != null) {
                entries.put(entry, c);
            }
        });
        this.byEntryKey = entries;
    }

    /** The counting maps of several plans as one (for the province's totals); plan and node 0. */
    public static CountingActivities together(Collection<CountingActivities> plans) {
        List<ActivityView> inForce = new ArrayList<>();
        List<ActivityView> added = new ArrayList<>();
        List<ActivityView> removed = new ArrayList<>();
        Map<UUID, UUID> countsFor = new HashMap<>();
        for (CountingActivities c : plans) {
            inForce.addAll(c.activities);
            added.addAll(c.unitAdded);
            removed.addAll(c.removed);
            countsFor.putAll(c.countsFor);
        }
        return new CountingActivities(0, 0, inForce, added, removed, countsFor);
    }

    private static void put(Map<UUID, Counting> map, Collection<ActivityView> list, Origin origin) {
        list.forEach(a -> map.putIfAbsent(a.key(), new Counting(a, origin)));
    }

    public long planId() {
        return planId;
    }

    public long issuingNodeId() {
        return issuingNodeId;
    }

    public List<ActivityView> activities() {
        return activities;
    }

    public List<ActivityView> unitAdded() {
        return unitAdded;
    }

    public List<ActivityView> removed() {
        return removed;
    }

    /** Entry key → key of its counting activity. */
    public Map<UUID, UUID> countsFor() {
        return countsFor;
    }

    /** Every counting activity by its key. */
    public Map<UUID, Counting> byKey() {
        return byKey;
    }

    /** The counting activity of an entry key; null only for a key no plan of the lineage knows. */
    public Counting countingOf(UUID entryKey) {
        return byEntryKey.get(entryKey);
    }
}
