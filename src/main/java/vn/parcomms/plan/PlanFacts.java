package vn.parcomms.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.catalog.CatalogLookup;
import vn.parcomms.catalog.ChannelView;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.RecentReads;
import vn.parcomms.plan.internal.PlanFactsQueries;
import vn.parcomms.plan.internal.PlanFactsQueries.ActivityRow;
import vn.parcomms.plan.internal.PlanFactsQueries.KeyRow;

/**
 * The plan facts that rollups, consolidated reports and the province view compute from, with the
 * SQL inside this module. The callers check access before they ask (they hold the plan they
 * already read with {@link PlanDetailsReader}'s checks); these methods return facts, never pages.
 */
@Service
@Transactional(readOnly = true)
public class PlanFacts {

    private final PlanFactsQueries queries;
    private final OrganizationService organizations;
    private final CatalogLookup catalog;
    /** The counting keys read last, per set of plans (64 sets), used again while their stamp holds. */
    private final RecentReads<ReadKey, Read> cache = new RecentReads<>(64);

    PlanFacts(PlanFactsQueries queries, OrganizationService organizations, CatalogLookup catalog) {
        this.queries = queries;
        this.organizations = organizations;
        this.catalog = catalog;
    }

    /**
     * What the reports on the plan count for; {@code plan} is the version in force, read by the
     * caller with the plan module's access check. Statements: the keys (or, once read, their
     * stamp), and one more for the channel and indicator names and one for the lead units' names
     * when units added activities of their own or an amendment removed some. While none of that
     * changed and the activities in force are equal to those of the last call, the instance built
     * then is returned: callers may keep what they computed from it while they get the same one.
     */
    public CountingActivities counting(PlanActivities plan) {
        Read read = read(List.of(plan.id()), false);
        One kept = read.one;
        // The same keys and views and the same activities in force: the same counting, the same instance.
        if (kept != null && kept.issuingNodeId() == plan.issuingNodeId() && kept.inForce().equals(plan.activities())) {
            return kept.counting();
        }
        CountingActivities counting = build(plan.id(), plan.issuingNodeId(), plan.activities(), read.keys(),
                read.views());
        read.one = new One(plan.issuingNodeId(), List.copyOf(plan.activities()), counting);
        return counting;
    }

    /** The counting maps of several plans: each plan's, and all of them as one. */
    public record Several(Map<Long, CountingActivities> byPlan, CountingActivities together) {
    }

    /**
     * What the reports on each of the plans count for (version in force given), every activity
     * read by projection, without the lead units' names: for the province view, over every
     * agency's plan at once. Two statements whatever the number of plans (one once the keys are
     * kept: their stamp), and what was built from them is kept with them.
     */
    public Several counting(Collection<Long> planIds, Map<Long, Long> issuingNodeOf) {
        Read read = read(planIds, true);
        Built built = read.built;
        if (built != null && built.issuingNodeOf().equals(issuingNodeOf)) {
            return built.several();
        }
        Map<Long, ActivityView> views = read.views();
        Map<Long, List<ActivityView>> ownByPlan = new HashMap<>();
        Map<Long, List<KeyRow>> keysByPlan = new HashMap<>();
        for (KeyRow k : read.keys()) {
            keysByPlan.computeIfAbsent(k.planId(), x -> new ArrayList<>()).add(k);
            if (k.kind().equals("OWN") && views.containsKey(k.activityId())) {
                ownByPlan.computeIfAbsent(k.planId(), x -> new ArrayList<>()).add(views.get(k.activityId()));
            }
        }
        Map<Long, CountingActivities> result = new LinkedHashMap<>();
        for (Long planId : planIds) {
            result.put(planId, build(planId, issuingNodeOf.getOrDefault(planId, 0L),
                    ownByPlan.getOrDefault(planId, List.of()), keysByPlan.getOrDefault(planId, List.of()), views));
        }
        Several several = new Several(java.util.Collections.unmodifiableMap(result),
                CountingActivities.together(result.values()));
        read.built = new Built(Map.copyOf(issuingNodeOf), several);
        return several;
    }

    /** The set of plans a counting map was read for, and whether the lead units' names were left out. */
    private record ReadKey(Set<Long> planIds, boolean withoutNames) {
    }

    /** The names an entry's views were built with: when they are still the same, so are the views. */
    private record Names(CatalogLookup.Entries catalog, Map<Long, String> leads) {
    }

    /** What the dashboard built from a read of one plan, for the activities in force it was built with. */
    private record One(long issuingNodeId, List<ActivityView> inForce, CountingActivities counting) {
    }

    /** What the province view built from a read, for the issuing nodes it was built with. */
    private record Built(Map<Long, Long> issuingNodeOf, Several several) {
    }

    /**
     * One read of the keys of a set of plans, with the stamp they were read at, the ids they name
     * and the views built from them with the names of the time.
     */
    private static final class Read {
        private final String stamp;
        private final List<KeyRow> keys;
        private final Ids ids;
        private final Names names;
        private final Map<Long, ActivityView> views;
        private volatile Built built;
        private volatile One one;

        Read(String stamp, List<KeyRow> keys, Ids ids, Names names, Map<Long, ActivityView> views) {
            this.stamp = stamp;
            this.keys = keys;
            this.ids = ids;
            this.names = names;
            this.views = views;
        }

        List<KeyRow> keys() {
            return keys;
        }

        Map<Long, ActivityView> views() {
            return views;
        }
    }

    /** The lead nodes, channels and indicators the keys' activities name: what their names are read for. */
    private record Ids(Set<Long> nodes, Set<Long> channelIds, Set<Long> indicatorIds) {

        static Ids of(List<KeyRow> keys) {
            Ids ids = new Ids(new HashSet<>(), new HashSet<>(), new HashSet<>());
            keys.stream().map(KeyRow::activity).filter(Objects::nonNull).forEach(r -> {
                ids.nodes().add(r.leadNodeId());
                ids.channelIds().addAll(r.channelIds());
                ids.indicatorIds().addAll(r.indicatorIds());
            });
            return ids;
        }
    }

    /**
     * The keys of the plans and their views. The keys last read for the same plans are used again
     * when their stamp still holds (one short statement instead of the keys), and their views when
     * the channel, indicator and lead names are still those they were built with.
     */
    private Read read(Collection<Long> planIds, boolean withoutNames) {
        ReadKey key = new ReadKey(Set.copyOf(planIds), withoutNames);
        Read kept = cache.get(key);
        boolean sameKeys = kept != null && kept.stamp.equals(queries.stamp(planIds));
        String stamp;
        List<KeyRow> keys;
        Ids ids;
        if (sameKeys) {
            stamp = kept.stamp;
            keys = kept.keys;
            ids = kept.ids;
        } else {
            PlanFactsQueries.Keys read = queries.keys(planIds, withoutNames);
            stamp = read.stamp();
            keys = read.rows();
            ids = Ids.of(keys);
        }
        Names names = names(ids, withoutNames);
        if (sameKeys && names.equals(kept.names)) {
            return kept;
        }
        Read fresh = new Read(stamp, keys, ids, names, views(keys, names));
        cache.put(key, fresh);
        return fresh;
    }

    /** The channel and indicator names the keys' activities use, and their lead units' names if asked. */
    private Names names(Ids ids, boolean withoutNames) {
        if (ids.nodes().isEmpty()) {
            return new Names(new CatalogLookup.Entries(Map.of(), Map.of()), Map.of());
        }
        Map<Long, String> leads = new HashMap<>();
        if (!withoutNames) {
            organizations.findAll(ids.nodes()).forEach((id, n) -> leads.put(id, n.name()));
        }
        return new Names(catalog.byIds(ids.channelIds(), ids.indicatorIds()), leads);
    }

    private static CountingActivities build(long planId, long issuingNodeId, List<ActivityView> inForce,
            List<KeyRow> keys, Map<Long, ActivityView> views) {
        Map<UUID, UUID> countsFor = new HashMap<>();
        List<ActivityView> added = new ArrayList<>();
        List<ActivityView> removed = new ArrayList<>();
        inForce.forEach(a -> countsFor.put(a.key(), a.key()));
        for (KeyRow k : keys) {
            countsFor.putIfAbsent(k.key(), k.countsFor());
            ActivityView view = views.get(k.activityId());
            if (view == null) {
                continue;
            }
            if (k.kind().equals("ADDED")) {
                added.add(view);
            } else if (k.kind().equals("REMOVED")) {
                removed.add(view);
            }
        }
        java.util.Comparator<ActivityView> order = java.util.Comparator.comparingLong(ActivityView::planId)
                .thenComparingInt(ActivityView::position);
        added.sort(order);
        removed.sort(order);
        return new CountingActivities(planId, issuingNodeId,
                inForce.stream().sorted(java.util.Comparator.comparingInt(ActivityView::position)).toList(),
                List.copyOf(added), List.copyOf(removed), Map.copyOf(countsFor));
    }

    /** The activity views of the rows that came with one, with the names given. */
    private static Map<Long, ActivityView> views(List<KeyRow> keys, Names names) {
        Map<Long, ChannelView> channels = names.catalog().channels();
        Map<Long, IndicatorView> indicators = names.catalog().indicators();
        Map<Long, ActivityView> result = new LinkedHashMap<>();
        for (KeyRow k : keys) {
            ActivityRow r = k.activity();
            if (r == null) {
                continue;
            }
            List<ActivityView.TargetView> targets = new ArrayList<>();
            for (int i = 0; i < r.indicatorIds().size(); i++) {
                IndicatorView iv = indicators.get(r.indicatorIds().get(i));
                targets.add(new ActivityView.TargetView(r.indicatorIds().get(i), iv == null ? "?" : iv.name(),
                        iv == null ? null : iv.nameEn(), iv == null ? "" : iv.unit(), iv == null ? null : iv.unitEn(),
                        r.targets().get(i)));
            }
            result.put(r.id(), new ActivityView(r.id(), r.key(), r.parentKey(), r.planId(), r.contentItemKey(),
                    r.contentIndex() == null ? null : ItemKind.CONTENT.label(r.contentIndex()),
                    r.contentText(), r.position(), r.name(), r.leadNodeId(), names.leads().get(r.leadNodeId()),
                    List.of(),
                    r.channelIds().stream().map(channels::get).filter(Objects::nonNull)
                            .map(c -> new ActivityView.ChannelRef(c.id(), c.name(), c.nameEn())).toList(),
                    r.audience(), r.outputProduct(), r.quarters().chars().mapToObj(ch -> ch - '0').toList(),
                    r.dueDate(), targets));
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    /** A node's plan of a year, for the lists of a level (the province's agencies). */
    public record NodePlan(long nodeId, long planId, UUID lineageId, PlanStatus status, String number,
            java.time.LocalDate issueDate) {
    }

    /**
     * How the province node's plan of the year is carried by its children's plans: the plan in
     * force (null when none), the children whose issued plans implement it, and per content item
     * (in plan order) the children with an activity linked to one of the item's activities.
     */
    public record Carrying(Long planId, String number, List<Long> implementing, List<CarriedItem> items) {
    }

    public record CarriedItem(String label, List<Long> nodeIds) {
    }

    /**
     * The province view's plans: the years with plans under the province (newest first), the
     * chosen year (the one asked, else the newest, else {@code fallbackYear}), each agency's plan
     * of that year (ISSUED or CLOSED, else SUBMITTED, else a DRAFT) and how the province plan is
     * carried.
     */
    public record ProvincePlans(List<Integer> years, int year, Map<Long, NodePlan> plans, Carrying carrying) {
    }

    /** One statement however many agencies. */
    public ProvincePlans provincePlans(long provinceId, String path, Integer year, int fallbackYear) {
        List<Integer> years = new ArrayList<>();
        Map<Long, NodePlan> plans = new LinkedHashMap<>();
        Long provincePlan = null;
        String number = null;
        List<Long> implementing = new ArrayList<>();
        Map<UUID, CarriedItem> items = new LinkedHashMap<>();
        int chosen = year != null ? year : fallbackYear;
        for (PlanFactsQueries.OverviewRow r : queries.provinceOverview(provinceId, path, year, fallbackYear)) {
            switch (r.kind()) {
                case "Y" -> years.add(r.year());
                case "P" -> {
                    chosen = r.year();
                    plans.put(r.nodeId(), new NodePlan(r.nodeId(), r.planId(), r.lineageId(),
                            PlanStatus.valueOf(r.status()),
                            r.docNumber() == null ? null : PlanHeader.numberAndSymbol(r.docNumber(), r.docSymbol()),
                            r.issueDate()));
                }
                case "I" -> {
                    provincePlan = r.planId();
                    number = r.docNumber() == null ? null : PlanHeader.numberAndSymbol(r.docNumber(), r.docSymbol());
                    if (r.nodeId() != null && !implementing.contains(r.nodeId())) {
                        implementing.add(r.nodeId());
                    }
                }
                default -> {
                    CarriedItem item = items.computeIfAbsent(r.itemKey(),
                            k -> new CarriedItem(r.label().strip(), new ArrayList<>()));
                    if (r.nodeId() != null) {
                        item.nodeIds().add(r.nodeId());
                    }
                }
            }
        }
        if (year == null && !years.isEmpty()) {
            chosen = years.get(0);
        }
        Carrying carrying = provincePlan == null ? new Carrying(null, null, List.of(), List.of())
                : new Carrying(provincePlan, number, List.copyOf(implementing), List.copyOf(items.values()));
        return new ProvincePlans(List.copyOf(years), chosen, plans, carrying);
    }
}
