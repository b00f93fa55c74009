package vn.parcomms.rollup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.organization.LineageLinks;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.CountingActivities;
import vn.parcomms.plan.PlanActivities;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanFacts;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportFacts;
import vn.parcomms.report.ReportFacts.AcceptedEntry;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.RecentReads;
import vn.parcomms.shared.VietnameseOrder;
import vn.parcomms.shared.database.ReplicaReads;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The office dashboard, always current: computed on every request from the plan (through
 * {@link PlanDetailsReader}) and four SQL queries over the unit reports and deadlines, scoped by the
 * organisation path; follow-up statuses use the report module's own rule ({@link FollowUpStatus#of}). The number of statements does not depend on the number of
 * units or reports.
 *
 * <p>Who sees what: OFFICE and LEADER the plans issued by their node; REVIEWER the plans of any
 * node of the province (chosen with a node parameter); UNIT the plans it reports on, with its own
 * figures only; ADMIN nothing.
 *
 * <p>Rules: actual = cumulative figures of ACCEPTED reports of the unit up to the period; target
 * = targets of the activities due by the period; activities led by the issuing node itself are
 * the office's own work and, as on the follow-up page, not part of the units' rollup. An activity
 * is done (or dropped) by a period when the unit's latest accepted report up to that period says
 * so; a dropped activity leaves the completion share's denominator.
 */
@Service
@ReplicaReads
public class RollupService {

    private final PlanListing planListing;
    private final PlanDetailsReader planReader;
    private final PlanFacts planFacts;
    private final ReportListing reportListing;
    private final ReportFacts reportFacts;
    private final vn.parcomms.report.PeriodExpectations expectations;
    private final OrganizationService organizations;
    private final CatalogService catalog;
    private final OrgSuccessionService successions;
    private final Clock clock;
    /** The province's totals computed last (32), used again while what they were computed from holds. */
    private final RecentReads<TotalsKey, KeptTotals> keptTotals = new RecentReads<>(32);
    /** The dashboards' figures computed last (256), used again while what they were computed from holds. */
    private final RecentReads<FiguresKey, KeptFigures> keptFigures = new RecentReads<>(256);

    RollupService(PlanListing planListing, PlanDetailsReader planReader, PlanFacts planFacts,
            ReportListing reportListing,
            ReportFacts reportFacts, vn.parcomms.report.PeriodExpectations expectations,
            OrganizationService organizations, CatalogService catalog, OrgSuccessionService successions, Clock clock) {
        this.successions = successions;
        this.planListing = planListing;
        this.planReader = planReader;
        this.planFacts = planFacts;
        this.reportListing = reportListing;
        this.reportFacts = reportFacts;
        this.expectations = expectations;
        this.organizations = organizations;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Share in percent with one decimal, null when there is nothing to share. */
    static Double percent(long part, long whole) {
        return whole <= 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** The nodes whose dashboard the user may choose: the province's agencies for a reviewer, else none. */
    public List<RollupNode> nodeChoices(CurrentUser user) {
        requireReader(user);
        if (!user.is(Role.REVIEWER)) {
            return List.of();
        }
        return organizations.children(organizations.provinceIdOf(user.orgNodeId())).stream()
                .map(n -> new RollupNode(n.id(), n.name())).toList();
    }

    /** The node the dashboard is for: the chosen one for a reviewer (within the province), else the user's. */
    public long nodeOf(CurrentUser user, Long node) {
        requireReader(user);
        if (user.is(Role.REVIEWER) && node != null) {
            if (!organizations.isInScope(user, node)) {
                throw new ForbiddenException(user.username() + " may not open the rollup of node " + node);
            }
            return node;
        }
        return user.orgNodeId();
    }

    /** Plans whose rollup the user may open for the node, newest year first. */
    public List<RollupPlan> plans(CurrentUser user, Long node) {
        long nodeId = nodeOf(user, node);
        if (user.is(Role.UNIT)) {
            Map<Long, RollupPlan> mine = new LinkedHashMap<>();
            reportListing.myReports(user).forEach(r -> mine.putIfAbsent(r.planId(),
                    new RollupPlan(r.planId(), r.planLabel(), r.year())));
            return mine.values().stream().sorted(Comparator.comparing(RollupPlan::year).reversed()).toList();
        }
        // One read of the node's plans (drafts included, a handful a year), not one per status.
        return planListing.list(user, new PlanFilter(null, nodeId, null, false)).stream()
                .filter(p -> p.status() == PlanStatus.ISSUED || p.status() == PlanStatus.CLOSED)
                .sorted(Comparator.comparing(PlanSummary::year).reversed().thenComparing(PlanSummary::id))
                .map(p -> new RollupPlan(p.id(), p.label(), p.year()))
                .toList();
    }

    /** The dashboard of one plan and period for the node, as the user may see it. */
    public Rollup rollup(CurrentUser user, Long node, long planId, ReportPeriod period) {
        return rollup(user, node, planId, period, null);
    }

    /**
     * The dashboard counting only the given accepted unit reports ({@code onlyReports}, null: every
     * accepted one): what a consolidated report counts is the set of reports it was drafted from,
     * by the same rule as the dashboard.
     */
    public Rollup rollup(CurrentUser user, Long node, long planId, ReportPeriod period, Collection<Long> onlyReports) {
        long nodeId = nodeOf(user, node);
        boolean unit = user.is(Role.UNIT);
        PlanActivities plan = rollupPlan(user, nodeId, planId);
        CountingActivities counting = planFacts.counting(plan);
        long scopeNode = unit ? user.orgNodeId() : plan.issuingNodeId();
        String path = organizations.pathOf(scopeNode);

        List<ReportFacts.ReportState> states = reportFacts.states(plan.lineageId(), path);
        // Where the units' work passed to (ADR 0023): their figures, reports and activities count
        // under the latest successor, and the scope node's own predecessors are named on the page.
        Set<Long> involved = new HashSet<>();
        states.forEach(r -> involved.add(r.unitId()));
        counting.activities().forEach(a -> involved.add(a.leadNodeId()));
        LineageLinks lineage = successions.lineageAround(scopeNode, involved);
        List<ActivityView> activities = counting.activities().stream()
                .filter(a -> a.leadNodeId() != plan.issuingNodeId())
                .map(a -> countedUnder(a, lineage))
                .filter(a -> !unit || a.leadNodeId() == user.orgNodeId())
                .toList();
        List<Rollup.TimelinessRow> timeliness = timeliness(plan, activities, states, lineage);
        Map<Long, String> unitNames = new LinkedHashMap<>();
        timeliness.forEach(t -> unitNames.put(t.unitId(), t.unitName()));
        activities.forEach(a -> unitNames.putIfAbsent(a.leadNodeId(), a.leadNodeName()));

        Figures figures;
        if (onlyReports != null) {
            figures = figures(counting, activities,
                    countedUnder(reportFacts.acceptedEntries(plan.lineageId(), path, onlyReports), lineage),
                    unitNames, period).figures();
        } else {
            figures = keptFigures(new FiguresKey(plan.id(), path, unit, period), counting, activities,
                    () -> countedUnder(reportFacts.acceptedEntries(plan.lineageId(), path, null), lineage), states,
                    unitNames, lineage);
        }
        return new Rollup(nodeId, organizations.find(nodeId).name(), plan.id(), plan.label(), plan.header().year(),
                period, unit, timeliness, figures.indicators(), figures.contents(), figures.channels(),
                figures.units(), figures.periods(), figures.completion(), figures.overall(),
                included(lineage, states, activities));
    }

    /** The activity as a rollup counts it: led by the latest successor of its lead, if the lead's work passed on. */
    private static ActivityView countedUnder(ActivityView a, LineageLinks lineage) {
        LineageLink link = lineage.successors().get(a.leadNodeId());
        return link == null ? a : a.ledBy(link.successorId(), link.successorName());
    }

    /** The entries with each filing unit replaced by the node its work passed to last (ADR 0023). */
    private static List<AcceptedEntry> countedUnder(List<AcceptedEntry> entries, LineageLinks lineage) {
        if (lineage.successors().isEmpty()) {
            return entries;
        }
        return entries.stream().map(e -> lineage.successors().containsKey(e.unitId())
                ? new AcceptedEntry(e.reportId(), lineage.countedUnder(e.unitId()), e.period(), e.activityKey(),
                        e.status(), e.indicatorId(), e.amount())
                : e).toList();
    }

    /**
     * What the dashboard includes of predecessors, as the page and exports say it: the scope node's
     * own predecessors, and those of the units whose reports or activities it counts under their
     * successor, each once, by the successor's name and then the last day.
     */
    private static List<LineageLink> included(LineageLinks lineage, List<ReportFacts.ReportState> states,
            List<ActivityView> activities) {
        Map<Long, LineageLink> result = new LinkedHashMap<>();
        lineage.predecessors().forEach(l -> result.put(l.predecessorId(), l));
        Set<Long> used = new HashSet<>();
        states.forEach(r -> used.add(r.unitId()));
        Set<Long> leads = new HashSet<>();
        activities.forEach(a -> leads.add(a.leadNodeId()));
        lineage.successors().values().stream().filter(l -> used.contains(l.predecessorId())
                || leads.contains(l.successorId()))
                .forEach(l -> result.putIfAbsent(l.predecessorId(), l));
        return result.values().stream()
                .sorted(VietnameseOrder.byName(LineageLink::successorName)
                        .thenComparing(LineageLink::until).thenComparing(LineageLink::predecessorName,
                                VietnameseOrder.names()))
                .toList();
    }

    /** A dashboard's figures asked for: the plan, the units' path, whether for a unit itself, and the period. */
    private record FiguresKey(long planId, String path, boolean unit, ReportPeriod period) {
    }

    /** The tables of a dashboard computed from the accepted entries. */
    private record Figures(List<Rollup.IndicatorTotal> indicators, List<Rollup.Breakdown> contents,
            List<Rollup.Breakdown> channels, List<Rollup.Breakdown> units, List<Rollup.PeriodTotal> periods,
            List<Rollup.CompletionRow> completion, Rollup.CompletionRow overall) {
    }

    /**
     * Figures computed, with what they were computed from: the counting, the ids and versions of
     * the accepted reports, where the units' work passed to, the units' names and the names of the
     * indicators no activity targets.
     */
    private record KeptFigures(CountingActivities counting, List<Long> accepted, Map<Long, Long> successors,
            Map<Long, String> unitNames,
            Set<Long> unnamed, Map<Long, IndicatorView> untargeted, Figures figures) {
    }

    /** Figures with the names of units and untargeted indicators they were computed with. */
    private record Computed(Figures figures, Map<Long, String> unitNames, Set<Long> unnamed,
            Map<Long, IndicatorView> untargeted) {
    }

    /**
     * The figures of a dashboard, computed again only when what they are computed from changed:
     * the same counting instance (PlanFacts gives the same one while the plan, its implementing
     * plans and their names are unchanged), the same accepted reports in the same versions (read
     * with the report states the timeliness matrix needs anyway, so an unchanged dashboard costs
     * no statement for its figures), the same names of units and indicators.
     */
    private Figures keptFigures(FiguresKey key, CountingActivities counting, List<ActivityView> activities,
            java.util.function.Supplier<List<AcceptedEntry>> entries, List<ReportFacts.ReportState> states,
            Map<Long, String> unitNames, LineageLinks lineage) {
        List<Long> accepted = acceptedVersions(states);
        Map<Long, Long> successors = new HashMap<>();
        lineage.successors().forEach((id, l) -> successors.put(id, l.successorId()));
        KeptFigures kept = keptFigures.get(key);
        if (kept != null && kept.counting() == counting && kept.accepted().equals(accepted)
                && kept.successors().equals(successors)
                && sameNames(kept, unitNames) && stillNamed(kept.untargeted())) {
            return kept.figures();
        }
        Computed computed = figures(counting, activities, entries.get(), unitNames, key.period());
        keptFigures.put(key, new KeptFigures(counting, accepted, Map.copyOf(successors),
                Map.copyOf(computed.unitNames()),
                Set.copyOf(computed.unnamed()), Map.copyOf(computed.untargeted()), computed.figures()));
        return computed.figures();
    }

    /** Whether the units' names are those the kept figures were computed with (one statement for units no activity names). */
    private boolean sameNames(KeptFigures kept, Map<Long, String> unitNames) {
        Map<Long, String> names = new HashMap<>(unitNames);
        if (!kept.unnamed().isEmpty()) {
            organizations.findAll(kept.unnamed()).forEach((id, n) -> names.put(id, n.name()));
        }
        return names.equals(kept.unitNames());
    }

    /** Whether the indicators no activity targets still have the names kept (no statement when there are none). */
    private boolean stillNamed(Map<Long, IndicatorView> untargeted) {
        return untargeted.isEmpty() || catalog.indicatorsById(untargeted.keySet()).equals(untargeted);
    }

    /** The id and version of every ACCEPTED report, in id order: equal lists, equal accepted entries. */
    private static List<Long> acceptedVersions(List<ReportFacts.ReportState> states) {
        List<Long> result = new ArrayList<>();
        states.stream().filter(r -> r.status() == vn.parcomms.report.ReportStatus.ACCEPTED)
                .sorted(Comparator.comparingLong(ReportFacts.ReportState::reportId))
                .forEach(r -> {
                    result.add(r.reportId());
                    result.add(r.version());
                });
        return List.copyOf(result);
    }

    /** Every table of the dashboard from the accepted entries, by the one counting rule ({@link Tally}). */
    private Computed figures(CountingActivities counting, List<ActivityView> activities, List<AcceptedEntry> entries,
            Map<Long, String> knownNames, ReportPeriod period) {
        Map<Long, String> unitNames = new LinkedHashMap<>(knownNames);
        Set<Long> unnamed = new HashSet<>();
        entries.forEach(e -> {
            if (!unitNames.containsKey(e.unitId())) {
                unnamed.add(e.unitId());
            }
        });
        if (!unnamed.isEmpty()) {
            organizations.findAll(unnamed).forEach((id, n) -> unitNames.put(id, n.name()));
        }
        Map<Long, IndicatorView> untargeted = untargeted(counting, entries.stream().map(AcceptedEntry::indicatorId));
        Tally tally = new Tally(counting, indicatorOf(untargeted));
        tally.targets(activities, period, unitNames);
        entries.forEach(e -> tally.figure(e, period, unitNames));

        List<Rollup.CompletionRow> completion = tally.completion(activities, entries, unitNames, period);
        Rollup.CompletionRow overall = new Rollup.CompletionRow(0, null,
                completion.stream().mapToInt(Rollup.CompletionRow::due).sum(),
                completion.stream().mapToInt(Rollup.CompletionRow::dropped).sum(),
                completion.stream().mapToInt(Rollup.CompletionRow::done).sum());
        Figures figures = new Figures(tally.indicatorRows(), tally.contentRows(), tally.rows(tally.channels),
                tally.rows(tally.units), tally.periodRows(), completion, overall);
        return new Computed(figures, unitNames, unnamed, untargeted);
    }

    /**
     * The totals of several plans (each the version in force, with its issuing node) for a year
     * up to the period, counted by the dashboard's rule: the targets of the activities due by the
     * period (the issuing nodes' own work left out, as on the dashboard), every accepted figure
     * once under its counting activity. No access check: the caller has checked who may see them.
     * A fixed number of statements whatever the number of plans.
     */
    public FigureTotals totals(Map<Long, java.util.UUID> lineageOfPlan, Map<Long, Long> issuerOfPlan, int year,
            ReportPeriod period) {
        PlanFacts.Several counting = planFacts.counting(lineageOfPlan.keySet(), issuerOfPlan);
        List<ReportPeriod> periods = period.included();
        TotalsKey key = new TotalsKey(Set.copyOf(lineageOfPlan.values()), year, period);
        KeptTotals kept = keptTotals.get(key);
        // The same counting (PlanFacts gives the same one while the plans and names are unchanged),
        // the same accepted reports and the same names of indicators no activity targets: the same totals.
        if (kept != null && kept.counting() == counting
                && kept.reportStamp().equals(reportFacts.acceptedStamp(lineageOfPlan.values(), year, periods))
                && stillNamed(kept.untargeted())) {
            return kept.totals();
        }
        List<ActivityView> due = new ArrayList<>();
        counting.byPlan().values().forEach(c -> c.activities().stream()
                .filter(a -> a.leadNodeId() != c.issuingNodeId()).forEach(due::add));
        CountingActivities all = counting.together();
        ReportFacts.KeyTotals figures = reportFacts.acceptedTotals(lineageOfPlan.values(), year, periods);
        Map<Long, IndicatorView> untargeted = untargeted(all,
                figures.totals().stream().map(ReportFacts.KeyTotal::indicatorId));
        Tally tally = Tally.totalsOnly(all, indicatorOf(untargeted));
        tally.targets(due, period, Map.of());
        for (ReportFacts.KeyTotal t : figures.totals()) {
            tally.figure(new AcceptedEntry(0, 0, period, t.activityKey(), null, t.indicatorId(), t.amount()), period,
                    Map.of());
        }
        List<FigureTotals.Line> indicators = tally.indicators.values().stream()
                .map(s -> new FigureTotals.Line(null, null, null, s.indicator.indicatorId(), s.indicator.name(),
                        s.indicator.nameEn(), s.indicator.unit(), s.indicator.unitEn(), s.target, s.actual))
                .sorted(VietnameseOrder.byName(FigureTotals.Line::name).thenComparingLong(FigureTotals.Line::indicatorId))
                .toList();
        List<FigureTotals.Line> channels = tally.channels.values().stream()
                .map(s -> new FigureTotals.Line(s.channel.id(), s.channel.name(), s.channel.nameEn(),
                        s.indicator.indicatorId(), s.indicator.name(), s.indicator.nameEn(), s.indicator.unit(),
                        s.indicator.unitEn(), s.target, s.actual))
                .sorted(VietnameseOrder.byName(FigureTotals.Line::channelName)
                        .thenComparing(FigureTotals.Line::name, VietnameseOrder.names()).thenComparingLong(FigureTotals.Line::indicatorId))
                .toList();
        FigureTotals totals = new FigureTotals(indicators, channels);
        keptTotals.put(key, new KeptTotals(counting, figures.stamp(), Map.copyOf(untargeted), totals));
        return totals;
    }

    /** The province's totals asked for: the plans' lineages, the year and the period. */
    private record TotalsKey(Set<java.util.UUID> lineages, int year, ReportPeriod period) {
    }

    /** Totals computed, with what they were computed from. */
    private record KeptTotals(PlanFacts.Several counting, String reportStamp, Map<Long, IndicatorView> untargeted,
            FigureTotals totals) {
    }

    /**
     * The indicators reported that no activity of the plan targets (an added activity brings
     * figures, not targets), read from the catalogue in one statement, only when there are any.
     */
    private Map<Long, IndicatorView> untargeted(CountingActivities plan, java.util.stream.Stream<Long> reported) {
        Set<Long> targeted = new HashSet<>();
        plan.activities().forEach(a -> a.targets().forEach(t -> targeted.add(t.indicatorId())));
        plan.removed().forEach(a -> a.targets().forEach(t -> targeted.add(t.indicatorId())));
        Set<Long> others = new HashSet<>();
        reported.filter(java.util.Objects::nonNull).filter(id -> !targeted.contains(id)).forEach(others::add);
        return others.isEmpty() ? Map.of() : catalog.indicatorsById(others);
    }

    /** The name and measure of an indicator no activity targets, from {@link #untargeted}. */
    private static java.util.function.LongFunction<ActivityView.TargetView> indicatorOf(Map<Long, IndicatorView> names) {
        return id -> {
            IndicatorView i = names.get(id);
            return i == null ? new ActivityView.TargetView(id, "?", null, "", 0)
                    : new ActivityView.TargetView(id, i.name(), i.nameEn(), i.unit(), i.unitEn(), 0);
        };
    }

    /**
     * Every unit with work due in each period and where its report stands. The statuses are the
     * report module's rules ({@link FollowUpStatus#of}, periods as {@code PeriodExpectations} reads
     * them, ADR 0032), read with two queries for all periods at once; {@code RollupServiceTest} checks that
     * they agree with {@code ReportListing.followUp} cell by cell.
     */
    private List<Rollup.TimelinessRow> timeliness(PlanActivities plan, List<ActivityView> activities,
            List<ReportFacts.ReportState> states, LineageLinks lineage) {
        Map<ReportPeriod, vn.parcomms.report.PeriodExpectation> periods = expectations.ofLineage(plan.lineageId(),
                plan.issuingNodeId(), plan.header().year());
        Map<String, ReportFacts.ReportState> byUnitAndPeriod = new HashMap<>();
        states.forEach(r -> byUnitAndPeriod.put(r.unitId() + "/" + r.period(), r));
        // A period the successor did not report on itself shows its predecessor's report (ADR 0023).
        states.stream().filter(r -> lineage.successors().containsKey(r.unitId()))
                .forEach(r -> byUnitAndPeriod.putIfAbsent(lineage.countedUnder(r.unitId()) + "/" + r.period(), r));

        Map<Long, String> names = new HashMap<>();
        Map<Long, Map<ReportPeriod, Rollup.Cell>> cells = new LinkedHashMap<>();
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        for (ReportPeriod p : ReportPeriod.values()) {
            vn.parcomms.report.PeriodExpectation deadline = periods.get(p);
            for (ActivityView a : activities) {
                if (!a.dueByQuarter(p.quarter())) {
                    continue;
                }
                names.putIfAbsent(a.leadNodeId(), a.leadNodeName());
                ReportFacts.ReportState r = byUnitAndPeriod.get(a.leadNodeId() + "/" + p);
                Instant first = r == null ? null : r.firstSubmittedAt();
                cells.computeIfAbsent(a.leadNodeId(), k -> new EnumMap<>(ReportPeriod.class))
                        .put(p, new Rollup.Cell(FollowUpStatus.of(r == null ? null : r.status(), first, deadline, now, zone),
                                r == null ? null : r.reportId(), FollowUpStatus.isLate(first, deadline, zone)));
            }
        }
        return cells.entrySet().stream()
                .map(e -> new Rollup.TimelinessRow(e.getKey(), names.get(e.getKey()), e.getValue()))
                .sorted(VietnameseOrder.byName(Rollup.TimelinessRow::unitName))
                .toList();
    }

    /**
     * The plan whose rollup is asked for, if it is one of {@link #plans} for the node: for an
     * office, leader or reviewer a plan in force issued by the node itself (read through the plan
     * module's own access check, without building the node's plan list); for a unit one of the
     * plans it reports on. Returns the version in force: its activities are what units report on
     * (keys are stable across versions).
     */
    private PlanActivities rollupPlan(CurrentUser user, long nodeId, long planId) {
        boolean allowed;
        PlanActivities plan;
        if (user.is(Role.UNIT)) {
            allowed = plans(user, null).stream().anyMatch(p -> p.id() == planId);
            plan = allowed ? planReader.planActivities(user, planId) : null;
        } else {
            plan = planReader.planActivities(user, planId);
            allowed = plan.status().isIssued() && plan.issuingNodeId() == nodeId;
        }
        if (!allowed) {
            throw new ForbiddenException(user.username() + " may not open the rollup of plan " + planId);
        }
        if (plan.status().isIssued()) {
            return plan;
        }
        return planReader.details(user, planId).versions().stream().filter(v -> v.status().isIssued()).findFirst()
                .map(v -> planReader.planActivities(user, v.id())).orElse(plan);
    }

    private static void requireReader(CurrentUser user) {
        if (!user.isAnyOf(Role.OFFICE, Role.LEADER, Role.REVIEWER, Role.UNIT)) {
            throw new ForbiddenException(user.username() + " has no rollups");
        }
    }
}
