package vn.parcomms.plan;

import java.util.Collection;
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
 * @param activities the plan's activities in the version in force, in plan order
 * @param unitAdded activities units added to their own implementing plans, without a link
 * @param removed activities of earlier versions that the version in force no longer holds
 * @param countsFor entry key → key of its counting activity
 */
public record CountingActivities(long planId, long issuingNodeId, List<ActivityView> activities,
        List<ActivityView> unitAdded, List<ActivityView> removed, Map<UUID, UUID> countsFor) {

    public enum Origin {
        PLAN, UNIT_ADDED, REMOVED
    }

    /** One counting activity with where it comes from. */
    public record Counting(ActivityView activity, Origin origin) {
    }

    /** Every counting activity by its key. */
    public Map<UUID, Counting> byKey() {
        Map<UUID, Counting> result = new java.util.LinkedHashMap<>();
        put(result, activities, Origin.PLAN);
        put(result, unitAdded, Origin.UNIT_ADDED);
        put(result, removed, Origin.REMOVED);
        return result;
    }

    private static void put(Map<UUID, Counting> map, Collection<ActivityView> list, Origin origin) {
        list.forEach(a -> map.putIfAbsent(a.key(), new Counting(a, origin)));
    }
}
