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

    PlanFacts(PlanFactsQueries queries, OrganizationService organizations, CatalogLookup catalog) {
        this.queries = queries;
        this.organizations = organizations;
        this.catalog = catalog;
    }

    /**
     * What the reports on the plan count for; {@code plan} is the version in force, read by the
     * caller with the plan module's access check. Statements: one for the keys, and four more only
     * when units added activities of their own or an amendment removed some.
     */
    public CountingActivities counting(PlanActivities plan) {
        List<KeyRow> keys = queries.keys(List.of(plan.id()), false);
        Map<Long, ActivityView> views = views(keys, false);
        return build(plan.id(), plan.issuingNodeId(), plan.activities(), keys, views);
    }

    /**
     * What the reports on each of the plans count for (version in force given), every activity
     * read by projection, without the lead units' names: for the province view, over every
     * agency's plan at once. Two statements whatever the number of plans.
     */
    public Map<Long, CountingActivities> counting(Collection<Long> planIds, Map<Long, Long> issuingNodeOf) {
        List<KeyRow> keys = queries.keys(planIds, true);
        Map<Long, ActivityView> views = views(keys, true);
        Map<Long, List<ActivityView>> ownByPlan = new HashMap<>();
        Map<Long, List<KeyRow>> keysByPlan = new HashMap<>();
        for (KeyRow k : keys) {
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
        return result;
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

    /** The activity views of the rows that came with one; lead names only when asked (one statement). */
    private Map<Long, ActivityView> views(List<KeyRow> keys, boolean withoutNames) {
        List<ActivityRow> rows = keys.stream().map(KeyRow::activity).filter(Objects::nonNull).toList();
        if (rows.isEmpty()) {
            return Map.of();
        }
        Set<Long> nodes = new HashSet<>();
        Set<Long> channelIds = new HashSet<>();
        Set<Long> indicatorIds = new HashSet<>();
        rows.forEach(r -> {
            nodes.add(r.leadNodeId());
            channelIds.addAll(r.channelIds());
            indicatorIds.addAll(r.indicatorIds());
        });
        Map<Long, String> names = new HashMap<>();
        if (!withoutNames) {
            organizations.findAll(nodes).forEach((id, n) -> names.put(id, n.name()));
        }
        CatalogLookup.Entries entries = catalog.byIds(channelIds, indicatorIds);
        Map<Long, ChannelView> channels = entries.channels();
        Map<Long, IndicatorView> indicators = entries.indicators();
        Map<Long, ActivityView> result = new LinkedHashMap<>();
        for (ActivityRow r : rows) {
            List<ActivityView.TargetView> targets = new ArrayList<>();
            for (int i = 0; i < r.indicatorIds().size(); i++) {
                IndicatorView iv = indicators.get(r.indicatorIds().get(i));
                targets.add(new ActivityView.TargetView(r.indicatorIds().get(i), iv == null ? "?" : iv.name(),
                        iv == null ? null : iv.nameEn(), iv == null ? "" : iv.unit(), r.targets().get(i)));
            }
            result.put(r.id(), new ActivityView(r.id(), r.key(), r.parentKey(), r.planId(), r.contentItemKey(),
                    r.contentIndex() == null ? null : ItemKind.CONTENT.label(r.contentIndex()),
                    r.contentText(), r.position(), r.name(), r.leadNodeId(), names.get(r.leadNodeId()), List.of(),
                    r.channelIds().stream().map(channels::get).filter(Objects::nonNull)
                            .map(c -> new ActivityView.ChannelRef(c.id(), c.name(), c.nameEn())).toList(),
                    r.audience(), r.outputProduct(), r.quarters().chars().mapToObj(ch -> ch - '0').toList(),
                    r.dueDate(), targets));
        }
        return result;
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
