package vn.parcomms.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.report.ReportFacts;
import vn.parcomms.shared.VietnameseOrder;
import vn.parcomms.shared.database.ReplicaReads;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The year-over-year comparison of a node's dashboard. Who sees what is the dashboard's rule
 * ({@link RollupService#nodeOf}): OFFICE and LEADER their node, REVIEWER a chosen node of the
 * province, UNIT its own figures only. The figures are those the dashboards count, year by year
 * ({@link ReportFacts#yearTotals}, one statement for every year); the predecessors are named
 * with one more statement, only when some figures came through one, and the indicators with one.
 */
@Service
@ReplicaReads
public class YearComparisons {

    private final RollupService rollups;
    private final ReportFacts reportFacts;
    private final OrgSuccessionService successions;
    private final CatalogService catalog;

    YearComparisons(RollupService rollups, ReportFacts reportFacts, OrgSuccessionService successions, CatalogService catalog) {
        this.rollups = rollups;
        this.reportFacts = reportFacts;
        this.successions = successions;
        this.catalog = catalog;
    }

    /** The comparison for the node the user's dashboard shows ({@code node}: a reviewer's choice). */
    public YearComparison compare(CurrentUser user, Long node) {
        return compare(user, node, null);
    }

    /**
     * The same, next to a dashboard already computed for the user and node ({@code shown}, null:
     * none): the indicators it names are not read again, so the page costs one statement more
     * than the dashboard while every year's indicators are the plan's.
     */
    public YearComparison compare(CurrentUser user, Long node, Rollup shown) {
        long nodeId = rollups.nodeOf(user, node);
        boolean unit = user.is(Role.UNIT);
        List<ReportFacts.YearTotal> totals = reportFacts.yearTotals(unit ? user.orgNodeId() : nodeId, unit);
        if (totals.isEmpty()) {
            return new YearComparison(nodeId, List.of(), List.of());
        }
        Map<Long, LineageLink> predecessors = new HashMap<>();
        if (totals.stream().anyMatch(t -> t.predecessorId() != null)) {
            successions.lineage(unit ? user.orgNodeId() : nodeId).forEach(l -> predecessors.put(l.predecessorId(), l));
        }
        Map<Long, String[]> indicators = new HashMap<>();
        if (shown != null && shown.nodeId() == nodeId) {
            shown.indicators().forEach(i -> indicators.put(i.indicatorId(), new String[] {i.indicator(), i.measure()}));
        }
        List<Long> unnamed = totals.stream().map(ReportFacts.YearTotal::indicatorId).distinct()
                .filter(id -> !indicators.containsKey(id)).toList();
        if (!unnamed.isEmpty()) {
            catalog.indicatorsById(unnamed).forEach((id, i) -> indicators.put(id, new String[] {i.name(), i.unit()}));
        }

        // Per indicator and year: the total and the predecessors it came through.
        Map<Long, Map<Integer, long[]>> sums = new LinkedHashMap<>();
        Map<String, Set<LineageLink>> through = new HashMap<>();
        for (ReportFacts.YearTotal t : totals) {
            sums.computeIfAbsent(t.indicatorId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.year(), k -> new long[1])[0] += t.amount();
            LineageLink link = t.predecessorId() == null ? null : predecessors.get(t.predecessorId());
            if (link != null) {
                through.computeIfAbsent(t.indicatorId() + "/" + t.year(), k -> new LinkedHashSet<>()).add(link);
            }
        }
        List<YearComparison.Row> rows = new ArrayList<>();
        Set<LineageLink> included = new LinkedHashSet<>();
        sums.forEach((indicatorId, years) -> years.forEach((year, sum) -> {
            long[] before = years.get(year - 1);
            List<LineageLink> links = through.getOrDefault(indicatorId + "/" + year, Set.of()).stream()
                    .sorted(Comparator.comparing(LineageLink::until)
                            .thenComparing(LineageLink::predecessorName, VietnameseOrder.names()))
                    .toList();
            included.addAll(links);
            String[] i = indicators.get(indicatorId);
            rows.add(new YearComparison.Row(year, indicatorId, i == null ? "?" : i[0], i == null ? "" : i[1],
                    sum[0], before == null ? null : before[0], links));
        }));
        rows.sort(VietnameseOrder.byName(YearComparison.Row::indicator)
                .thenComparingLong(YearComparison.Row::indicatorId).thenComparingInt(YearComparison.Row::year));
        return new YearComparison(nodeId, rows, included.stream()
                .sorted(Comparator.comparing(LineageLink::until)
                        .thenComparing(LineageLink::predecessorName, VietnameseOrder.names()))
                .toList());
    }
}
