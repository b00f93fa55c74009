package vn.parcomms.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.consolidation.AgencyTimeliness;
import vn.parcomms.consolidation.ConsolidationDeadlineService;
import vn.parcomms.consolidation.ConsolidationTimeliness;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.RollupPlan;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.database.ReplicaReads;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The PAR INDEX self-assessment of a node for a year, computed on read and scored by the
 * province's criteria set for the year ({@link ParIndexCriteriaService}, the default set when the
 * province has none): every criterion by its rule kind from the facts below.
 *
 * <ul>
 * <li>Plan issued: the plan the node itself issued for the year (issued or closed), its issue date
 * against the deadline of the set's plan criterion.</li>
 * <li>Carried out: the year's plan completion of {@link RollupService} (activities due in the year
 * done in the units' latest accepted reports ÷ due, dropped left out) for the node's own plan, or,
 * for a unit, for the plan it reports on (its own activities only).</li>
 * <li>Reports on time: every unit report of the four periods of that plan (units with work due),
 * first submitted by the deadline; for a unit, its own reports. For an agency (a child of the
 * province node, which sends consolidated reports to Home Affairs): its own four consolidated
 * reports, each first sent by Home Affairs' deadline ({@link ConsolidationDeadlineService}).</li>
 * </ul>
 * Who sees what is the rollup's rule: OFFICE and LEADER their node, REVIEWER any node of the
 * province, UNIT its own node, ADMIN nothing.
 */
@Service
@ReplicaReads
public class ParIndexService {

    /**
     * Report states counted as missing: the deadline passed without the report (a unit report's
     * FollowUpStatus and a consolidated report's ConsolidationTimeliness share the name).
     */
    private static final Set<String> MISSING = Set.of(FollowUpStatus.OVERDUE.name());
    /** Report states neither on time, late nor missing: the deadline has not come. */
    private static final Set<String> NOT_YET = Set.of(FollowUpStatus.NOT_STARTED.name(), FollowUpStatus.DRAFT.name(),
            ConsolidationTimeliness.NOT_YET_DUE.name());

    private static final Set<FollowUpStatus> SUBMITTED = Set.of(FollowUpStatus.SUBMITTED, FollowUpStatus.ACCEPTED,
            FollowUpStatus.RETURNED);

    private final RollupService rollups;
    private final PlanListing planListing;
    private final OrganizationService organizations;
    private final ParIndexCriteriaService criteria;
    private final CatalogService catalog;
    private final ConsolidationDeadlineService consolidationDeadlines;

    ParIndexService(RollupService rollups, PlanListing planListing, OrganizationService organizations,
            ParIndexCriteriaService criteria, CatalogService catalog,
            ConsolidationDeadlineService consolidationDeadlines) {
        this.rollups = rollups;
        this.planListing = planListing;
        this.organizations = organizations;
        this.criteria = criteria;
        this.catalog = catalog;
        this.consolidationDeadlines = consolidationDeadlines;
    }

    /**
     * The same service judging the consolidated reports' timeliness by another clock, for tests that
     * fix the day. The copy is not a Spring proxy: callers run it inside their own transaction.
     */
    public ParIndexService withClock(java.time.Clock clock) {
        return new ParIndexService(rollups, planListing, organizations, criteria, catalog,
                consolidationDeadlines.withClock(clock));
    }

    /** The self-assessment of the node (the user's own unless a reviewer chose one) for the year. */
    public ParIndex assess(CurrentUser user, Long node, int year) {
        long nodeId = rollups.nodeOf(user, node);
        CriteriaSet set = criteria.setFor(organizations.provinceIdOf(nodeId), year);
        LocalDate deadline = set.criteria().stream().filter(c -> c.kind() == CriterionKind.PLAN_ISSUED).findFirst()
                .map(c -> CriteriaScoring.deadline(c, year)).orElse(null);

        List<PlanSummary> issued = new ArrayList<>(planListing.list(user, new PlanFilter(year, nodeId,
                PlanStatus.ISSUED, false)));
        issued.addAll(planListing.list(user, new PlanFilter(year, nodeId, PlanStatus.CLOSED, false)));
        PlanSummary own = issued.stream().filter(p -> p.issuingNodeId() == nodeId)
                .min(Comparator.comparing(PlanSummary::id)).orElse(null);

        Long rolledPlan = user.is(Role.UNIT)
                ? rollups.plans(user, node).stream().filter(p -> p.year() == year).map(RollupPlan::id).findFirst()
                        .orElse(null)
                : own == null ? null : own.id();
        Rollup rollup = rolledPlan == null ? null : rollups.rollup(user, node, rolledPlan, ReportPeriod.YEAR);

        // An agency is scored on its own consolidated reports to Home Affairs, any other node on its
        // units' reports.
        List<ParIndex.ReportCell> cells = consolidationDeadlines.isAgency(nodeId)
                ? consolidatedReports(user, nodeId, year)
                : unitReports(rollup);
        boolean consolidated = consolidationDeadlines.isAgency(nodeId);
        int onTime = (int) cells.stream().filter(ParIndex.ReportCell::onTime).count();
        boolean all = !cells.isEmpty() && onTime == cells.size();
        Long reportsPlan = consolidated ? (own == null ? null : own.id()) : rollup == null ? null : rolledPlan;

        ScoringFacts facts = facts(year, own == null ? null : own.issueDate(), rollup, cells, onTime);
        List<CriterionScore> scores = CriteriaScoring.score(set, facts);

        ParIndex.PlanPoint planPoint = own == null
                ? new ParIndex.PlanPoint(null, null, null, deadline, false, pointsOf(scores, CriterionKind.PLAN_ISSUED))
                : new ParIndex.PlanPoint(own.id(), own.label(), own.issueDate(), deadline,
                        own.issueDate() != null && deadline != null && !own.issueDate().isAfter(deadline),
                        pointsOf(scores, CriterionKind.PLAN_ISSUED));
        Rollup.CompletionRow overall = rollup == null ? null : rollup.overall();
        ParIndex.CarriedPoint carried = overall == null
                ? new ParIndex.CarriedPoint(null, 0, 0, 0, null, pointsOf(scores, CriterionKind.ACTIVITIES_DONE))
                : new ParIndex.CarriedPoint(rolledPlan, overall.due(), overall.dropped(), overall.done(),
                        overall.percent(), pointsOf(scores, CriterionKind.ACTIVITIES_DONE));
        ParIndex.ReportsPoint reportsPoint = new ParIndex.ReportsPoint(reportsPlan, cells, cells.size(), onTime, all,
                pointsOf(scores, CriterionKind.REPORTS_ON_TIME), consolidated);
        return new ParIndex(nodeId, organizations.find(nodeId).name(), year, set, scores, planPoint, carried,
                reportsPoint, rollup == null ? List.of() : rollup.included());
    }

    /** Every unit report of the four periods in the node's rollup. */
    private static List<ParIndex.ReportCell> unitReports(Rollup rollup) {
        List<ParIndex.ReportCell> cells = new ArrayList<>();
        if (rollup == null) {
            return cells;
        }
        for (Rollup.TimelinessRow row : rollup.timeliness()) {
            for (ReportPeriod p : ReportPeriod.values()) {
                Rollup.Cell c = row.cell(p);
                if (c != null) {
                    cells.add(new ParIndex.ReportCell(row.unitId(), row.unitName(), p, c.status().name(),
                            c.reportId(), SUBMITTED.contains(c.status()) && !c.late(), null));
                }
            }
        }
        return cells;
    }

    /** An agency's own four consolidated reports: all first sent by the deadline, or not. */
    private List<ParIndex.ReportCell> consolidatedReports(CurrentUser user, long agencyId, int year) {
        List<ParIndex.ReportCell> cells = new ArrayList<>();
        for (AgencyTimeliness t : consolidationDeadlines.agencyTimeliness(user, agencyId, year)) {
            ConsolidationTimeliness timeliness = t.timeliness() == null ? ConsolidationTimeliness.OVERDUE
                    : t.timeliness();
            cells.add(new ParIndex.ReportCell(t.nodeId(), t.nodeName(), t.period(), timeliness.name(), null,
                    timeliness == ConsolidationTimeliness.ON_TIME, t.sent() ? t.reportId() : null));
        }
        return cells;
    }

    /**
     * The facts the criteria are computed from: the plan issued, the year's completion, the
     * indicators' targets and accepted totals (by catalogue code), the channels with accepted
     * figures counted per group, and the reports on time, late and missing.
     */
    private ScoringFacts facts(int year, LocalDate planIssued, Rollup rollup, List<ParIndex.ReportCell> cells,
            int onTime) {
        List<ScoringFacts.IndicatorFact> indicators = new ArrayList<>();
        Map<String, Integer> groups = new HashMap<>();
        if (rollup != null) {
            Map<Long, IndicatorView> catalogued = catalog.indicatorsById(rollup.indicators().stream()
                    .map(Rollup.IndicatorTotal::indicatorId).toList());
            for (Rollup.IndicatorTotal t : rollup.indicators()) {
                IndicatorView v = catalogued.get(t.indicatorId());
                indicators.add(new ScoringFacts.IndicatorFact(v == null ? "" : v.code(), t.target(), t.actual()));
            }
            Set<Long> used = new HashSet<>();
            rollup.byChannel().stream().filter(b -> b.actual() > 0).forEach(b -> used.add(b.key()));
            catalog.channelsById(used).values().stream().filter(c -> c.group() != null)
                    .forEach(c -> groups.merge(c.group(), 1, Integer::sum));
        }
        int late = 0;
        int missing = 0;
        for (ParIndex.ReportCell c : cells) {
            if (MISSING.contains(c.status())) {
                missing++;
            } else if (!c.onTime() && !NOT_YET.contains(c.status())) {
                late++;
            }
        }
        Rollup.CompletionRow overall = rollup == null ? null : rollup.overall();
        return new ScoringFacts(year, planIssued,
                overall == null ? 0 : overall.due(), overall == null ? 0 : overall.dropped(),
                overall == null ? 0 : overall.done(), overall == null ? null : overall.percent(), indicators, groups,
                cells.size(), onTime, late, missing);
    }

    /** The points of the set's first criterion of the kind, null when the set has none. */
    private static BigDecimal pointsOf(List<CriterionScore> scores, CriterionKind kind) {
        return scores.stream().filter(s -> s.criterion().kind() == kind).map(CriterionScore::points).findFirst()
                .orElse(null);
    }
}
