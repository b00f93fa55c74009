package vn.parcomms.review;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.parcomms.consolidation.AgencyTimeliness;
import vn.parcomms.consolidation.ConsolidationDeadlineService;
import vn.parcomms.consolidation.ConsolidationTimeliness;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanFacts;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.rollup.FigureTotals;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.VietnameseOrder;
import vn.parcomms.shared.database.ReplicaReads;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The Home Affairs view of the reviewer's own province, always current. Only a REVIEWER may open
 * it, and only for the province of their own node. It has no SQL of its own: the agencies' plans
 * and how they carry the province plan come from {@link PlanFacts}, the consolidated reports, their
 * deadlines and timeliness from {@link ConsolidationDeadlineService#provinceTimeliness} (ADR 0007),
 * the totals from {@link RollupService#totals}, the dashboard's counting rule over every agency's
 * issued (or closed) plan of the year (ADR 0010): a province with one agency shows that agency's
 * dashboard totals. An agency is a child of the province node; its plan of the year is its ISSUED
 * or CLOSED plan, else the one SUBMITTED, else a DRAFT (superseded versions never count). A fixed
 * number of statements whatever the number of agencies (ProvinceReviewQueryCountTest).
 */
@Service
@ReplicaReads
public class ProvinceReviewService {

    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final OrganizationService organizations;
    private final ConsolidationDeadlineService consolidationDeadlines;
    private final PlanFacts planFacts;
    private final RollupService rollups;
    private final OrgSuccessionService successions;

    ProvinceReviewService(OrganizationService organizations, ConsolidationDeadlineService consolidationDeadlines,
            PlanFacts planFacts, RollupService rollups, OrgSuccessionService successions) {
        this.organizations = organizations;
        this.successions = successions;
        this.consolidationDeadlines = consolidationDeadlines;
        this.planFacts = planFacts;
        this.rollups = rollups;
    }

    /**
     * The same view with timeliness judged by another clock, for tests that fix the day. The copy
     * is not a Spring proxy: callers run it inside their own transaction.
     */
    public ProvinceReviewService withClock(java.time.Clock clock) {
        return new ProvinceReviewService(organizations, consolidationDeadlines.withClock(clock), planFacts, rollups,
                successions);
    }

    public ProvinceReview review(CurrentUser user, Integer year, ReportPeriod period) {
        return review(user, null, year, period);
    }

    /**
     * The view of {@code province} (null: the reviewer's own), which must be the reviewer's own
     * province: the exports' links name it, so a link passed to another province's reviewer is
     * refused rather than answered with their own province under the same name.
     */
    public ProvinceReview review(CurrentUser user, Long province, Integer year, ReportPeriod period) {
        if (!user.is(Role.REVIEWER)) {
            throw new ForbiddenException(user.username() + " does not open the province view");
        }
        long provinceId = organizations.provinceIdOf(user.orgNodeId());
        if (province != null && province.longValue() != provinceId) {
            throw new ForbiddenException(user.username() + " does not review province " + province);
        }
        OrgNodeView provinceNode = organizations.find(provinceId);
        List<OrgNodeView> agencies = organizations.children(provinceId);
        String path = organizations.pathOf(provinceId);
        PlanFacts.ProvincePlans provincePlans = planFacts.provincePlans(provinceId, path, year,
                java.time.Year.now(VIETNAM).getValue());
        List<Integer> years = provincePlans.years();
        int chosenYear = provincePlans.year();
        ReportPeriod chosenPeriod = period != null ? period : ReportPeriod.YEAR;
        Map<Long, PlanFacts.NodePlan> planByNode = provincePlans.plans();

        Lineage lineage = lineage(agencies);
        Map<Long, Map<ReportPeriod, AgencyTimeliness>> byRow = new HashMap<>();
        Map<ReportPeriod, LocalDate> deadlines = new EnumMap<>(ReportPeriod.class);
        for (AgencyTimeliness t : consolidationDeadlines.provinceTimeliness(user, chosenYear)) {
            deadlines.put(t.period(), t.deadline());
            LineageLink fold = lineage.folded().get(t.nodeId());
            if (fold != null && (!t.sent() || t.period().cutOffEnd(chosenYear).isAfter(fold.until()))) {
                // not the successor's: a period the predecessor did not send, or one after its last day
                continue;
            }
            long row = fold == null ? t.nodeId() : fold.successorId();
            byRow.computeIfAbsent(row, k -> new EnumMap<>(ReportPeriod.class))
                    .merge(t.period(), t, (a, b) -> a.sent() != b.sent() ? (a.sent() ? a : b) : a.nodeId() == row ? a : b);
        }
        Map<Long, Map<ReportPeriod, ProvinceReview.Consolidated>> consolidated = new HashMap<>();
        Map<Long, Map<ReportPeriod, ConsolidationTimeliness>> timeliness = new HashMap<>();
        Map<ReportPeriod, int[]> counts = new EnumMap<>(ReportPeriod.class);
        byRow.forEach((row, periods) -> periods.values().forEach(t -> {
            if (t.reportId() != null) {
                consolidated.computeIfAbsent(row, k -> new EnumMap<>(ReportPeriod.class)).put(t.period(),
                        new ProvinceReview.Consolidated(t.reportId(), t.status(),
                                t.lastSentAt() == null ? null : t.lastSentAt().atZone(VIETNAM).toLocalDate(),
                                t.firstSentAt() == null ? null : t.firstSentAt().atZone(VIETNAM).toLocalDate()));
            }
            if (t.expected()) {
                timeliness.computeIfAbsent(row, k -> new EnumMap<>(ReportPeriod.class))
                        .put(t.period(), t.timeliness());
                int[] c = counts.computeIfAbsent(t.period(), k -> new int[6]);
                c[0]++;
                c[1] += t.sent() ? 1 : 0;
                c[2 + t.timeliness().ordinal()]++;
            }
        }));
        List<ProvinceReview.PeriodSummary> summaries = new ArrayList<>();
        for (ReportPeriod p : ReportPeriod.values()) {
            int[] c = counts.getOrDefault(p, new int[6]);
            LocalDate deadline = deadlines.computeIfAbsent(p,
                    k -> ConsolidationDeadlineService.defaultDeadline(k, chosenYear));
            summaries.add(new ProvinceReview.PeriodSummary(p, deadline, c[0], c[1],
                    c[2 + ConsolidationTimeliness.ON_TIME.ordinal()], c[2 + ConsolidationTimeliness.LATE.ordinal()],
                    c[2 + ConsolidationTimeliness.OVERDUE.ordinal()],
                    c[2 + ConsolidationTimeliness.NOT_YET_DUE.ordinal()]));
        }

        java.util.Set<Long> reviewerLine = consolidationDeadlines.receivingLine(user);
        List<ProvinceReview.Agency> rows = new ArrayList<>();
        for (OrgNodeView agency : agencies) {
            if (lineage.folded().containsKey(agency.id())) {
                continue;
            }
            List<LineageLink> included = lineage.included().getOrDefault(agency.id(), List.of());
            // a successor without a plan of its own for the year shows the one its predecessor issued
            PlanFacts.NodePlan plan = java.util.stream.Stream.concat(java.util.stream.Stream.of(agency.id()),
                    included.stream().map(LineageLink::predecessorId)).map(planByNode::get)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            rows.add(new ProvinceReview.Agency(agency.id(), agency.name(), plan == null ? null : plan.planId(),
                    plan == null ? null : plan.status(), plan == null ? null : plan.number(),
                    plan == null ? null : plan.issueDate(),
                    consolidated.getOrDefault(agency.id(), Map.of()),
                    timeliness.getOrDefault(agency.id(), Map.of()), included, reviewerLine.contains(agency.id())));
        }

        // Totals by the dashboard's rule over every agency's issued (or closed) plan of the year.
        Map<Long, UUID> lineageOfPlan = new LinkedHashMap<>();
        Map<Long, Long> issuerOfPlan = new HashMap<>();
        planByNode.values().stream().filter(p -> p.status().isIssued() || p.status() == PlanStatus.CLOSED)
                .forEach(p -> {
                    lineageOfPlan.put(p.planId(), p.lineageId());
                    issuerOfPlan.put(p.planId(), p.nodeId());
                });
        FigureTotals totals = rollups.totals(lineageOfPlan, issuerOfPlan, chosenYear, chosenPeriod);
        List<ProvinceReview.IndicatorTotal> indicators = totals.indicators().stream()
                .map(l -> new ProvinceReview.IndicatorTotal(l.indicatorId(), l.name(), l.nameEn(), l.unit(),
                        l.unitEn(), l.target(), l.actual()))
                .toList();
        List<ProvinceReview.ChannelTotal> channels = totals.channels().stream()
                .map(l -> new ProvinceReview.ChannelTotal(l.channelId(), l.channelName(), l.channelNameEn(),
                        l.indicatorId(), l.name(), l.nameEn(), l.unit(), l.unitEn(), l.target(), l.actual()))
                .toList();
        return new ProvinceReview(provinceId, provinceNode.name(), chosenYear, chosenPeriod, years, rows, indicators,
                channels, provincePlan(provincePlans.carrying(), agencies), deadlines, summaries);
    }

    /**
     * Which agencies of the province were merged into (or split into as the main successor) another
     * agency of the province (ADR 0023): each such predecessor is one row with its successor,
     * whose row lists it as included. Only an ended agency passes its work on, so the lineage is
     * asked only when there is one: a province without mergers reads no more than before.
     */
    private Lineage lineage(List<OrgNodeView> agencies) {
        List<Long> ended = agencies.stream().filter(a -> !a.active()).map(OrgNodeView::id).toList();
        if (ended.isEmpty()) {
            return new Lineage(Map.of(), Map.of());
        }
        java.util.Set<Long> ids = new java.util.HashSet<>(agencies.stream().map(OrgNodeView::id).toList());
        Map<Long, LineageLink> folded = new HashMap<>();
        Map<Long, List<LineageLink>> included = new HashMap<>();
        successions.successorsOf(ended).values().stream().filter(l -> ids.contains(l.successorId()))
                .sorted(java.util.Comparator.comparing(LineageLink::until).reversed()
                        .thenComparing(VietnameseOrder.byName(LineageLink::predecessorName)))
                .forEach(l -> {
                    folded.put(l.predecessorId(), l);
                    included.computeIfAbsent(l.successorId(), k -> new ArrayList<>()).add(l);
                });
        return new Lineage(folded, included);
    }

    /** Predecessor agency → its link to the successor row; successor → the predecessors it includes. */
    private record Lineage(Map<Long, LineageLink> folded, Map<Long, List<LineageLink>> included) {
    }

    /** How the province plan is carried by the agencies' plans, named by the agencies already read. */
    private static ProvinceReview.ProvincePlan provincePlan(PlanFacts.Carrying carrying, List<OrgNodeView> agencies) {
        if (carrying.planId() == null) {
            return new ProvinceReview.ProvincePlan(null, null, List.of(), List.of());
        }
        Map<Long, OrgNodeView> names = new HashMap<>();
        agencies.forEach(a -> names.put(a.id(), a));
        java.util.function.Function<Long, ProvinceReview.AgencyRef> ref = id -> new ProvinceReview.AgencyRef(id,
                names.containsKey(id) ? names.get(id).name() : "—");
        java.util.Comparator<ProvinceReview.AgencyRef> byName = VietnameseOrder
                .byName(ProvinceReview.AgencyRef::name).thenComparingLong(ProvinceReview.AgencyRef::nodeId);
        List<ProvinceReview.ContentCoverage> contents = new ArrayList<>();
        for (PlanFacts.CarriedItem item : carrying.items()) {
            contents.add(new ProvinceReview.ContentCoverage(contents.size() + 1, item.label(),
                    new ArrayList<>(item.nodeIds().stream().map(ref).sorted(byName).toList())));
        }
        return new ProvinceReview.ProvincePlan(carrying.planId(), carrying.number(),
                carrying.implementing().stream().map(ref).sorted(byName).toList(), contents);
    }
}
