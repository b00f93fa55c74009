package vn.parcomms.rollup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.PlanActivities;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanService;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.report.ReportService;
import vn.parcomms.report.ReportStatus;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The office dashboard, always current: computed on every request from the plan (through
 * {@link PlanService}) and four SQL queries over the unit reports and deadlines, scoped by the
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
@Transactional(readOnly = true)
public class RollupService {

    /**
     * Every activity key a report entry on the plan may carry, with the plan's activity it counts
     * for: the plan's own keys, and the keys of units' issued implementing plans whose activities
     * point to one of them by {@code parent_activity_key} (a unit with its own plan reports on its
     * own activities). All versions of a plan share keys. The plan's own activities map to
     * themselves even when they carry out an activity of a plan above.
     */
    private static final String KEYS = """
            with acts as (select activity_key from plan_activity where plan_id = :plan),
            keys as (
                select activity_key as key, activity_key as plan_key from acts
                union
                select c.activity_key, c.parent_activity_key from plan_activity c
                where c.parent_activity_key in (select activity_key from acts))
            """;

    private final PlanService plans;
    private final ReportService reports;
    private final OrganizationService organizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    RollupService(PlanService plans, ReportService reports, OrganizationService organizations, JdbcClient jdbc,
            Clock clock) {
        this.plans = plans;
        this.reports = reports;
        this.organizations = organizations;
        this.jdbc = jdbc;
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
            reports.myReports(user).forEach(r -> mine.putIfAbsent(r.planId(),
                    new RollupPlan(r.planId(), r.planLabel(), r.year())));
            return mine.values().stream().sorted(Comparator.comparing(RollupPlan::year).reversed()).toList();
        }
        List<PlanSummary> list = new ArrayList<>(plans.list(user, new PlanFilter(null, nodeId, PlanStatus.ISSUED, false)));
        list.addAll(plans.list(user, new PlanFilter(null, nodeId, PlanStatus.CLOSED, false)));
        return list.stream()
                .sorted(Comparator.comparing(PlanSummary::year).reversed().thenComparing(PlanSummary::id))
                .map(p -> new RollupPlan(p.id(), p.label(), p.year()))
                .toList();
    }

    /** The dashboard of one plan and period for the node, as the user may see it. */
    public Rollup rollup(CurrentUser user, Long node, long planId, ReportPeriod period) {
        long nodeId = nodeOf(user, node);
        boolean unit = user.is(Role.UNIT);
        PlanActivities plan = rollupPlan(user, nodeId, planId);
        List<ActivityView> activities = plan.activities().stream()
                .filter(a -> unit ? a.leadNodeId() == user.orgNodeId() : a.leadNodeId() != plan.issuingNodeId())
                .sorted(Comparator.comparing(ActivityView::position))
                .toList();
        Map<UUID, ActivityView> byKey = new HashMap<>();
        activities.forEach(a -> byKey.put(a.key(), a));
        String path = organizations.pathOf(unit ? user.orgNodeId() : plan.issuingNodeId());

        List<Rollup.TimelinessRow> timeliness = timeliness(plan, activities, path);
        Map<Long, String> unitNames = new LinkedHashMap<>();
        timeliness.forEach(t -> unitNames.put(t.unitId(), t.unitName()));
        activities.forEach(a -> unitNames.putIfAbsent(a.leadNodeId(), a.leadNodeName()));

        // One pass over the accepted reports for both aggregates: figures per unit, period, activity
        // and indicator, and per unit, period and activity whether every entry says done / dropped.
        List<FigureRow> figures = new ArrayList<>();
        List<StatusRow> statuses = new ArrayList<>();
        jdbc.sql(KEYS + """
                select r.unit_node_id as unit_id, r.period, k.plan_key as activity_key,
                       f.indicator_id, sum(f.amount) as amount, grouping(f.indicator_id) as per_activity,
                       bool_and(e.status = 'DONE') filter (where e.status is not null) as all_done,
                       bool_and(e.status = 'DROPPED') filter (where e.status is not null) as all_dropped
                from unit_report r
                join org_node n on n.id = r.unit_node_id
                join unit_report_entry e on e.report_id = r.id
                join keys k on k.key = e.activity_key
                left join unit_report_figure f on f.entry_id = e.id
                where r.plan_lineage_id = :lineage and r.status = 'ACCEPTED' and n.path like :path || '%'
                group by grouping sets ((1, 2, 3, 4), (1, 2, 3))""")
                .param("plan", plan.id()).param("lineage", plan.lineageId()).param("path", path)
                .query(rs -> {
                    long unitId = rs.getLong("unit_id");
                    ReportPeriod p = ReportPeriod.valueOf(rs.getString("period"));
                    UUID key = rs.getObject("activity_key", UUID.class);
                    if (rs.getInt("per_activity") == 1) {
                        Boolean done = (Boolean) rs.getObject("all_done");
                        if (done != null) {
                            statuses.add(new StatusRow(unitId, p, key, done ? "DONE"
                                    : Boolean.TRUE.equals(rs.getObject("all_dropped")) ? "DROPPED" : "IN_PROGRESS"));
                        }
                    } else if (rs.getObject("indicator_id") != null) {
                        figures.add(new FigureRow(unitId, p, key, rs.getLong("indicator_id"), rs.getLong("amount")));
                    }
                });

        Totals totals = new Totals();
        // Targets: every activity due by the period, under its content item, channels and lead unit.
        for (ActivityView a : activities) {
            for (ActivityView.TargetView t : a.targets()) {
                for (ReportPeriod p : ReportPeriod.values()) {
                    if (a.dueByQuarter(p.quarter())) {
                        totals.periods.computeIfAbsent(p, k -> new LinkedHashMap<>())
                                .computeIfAbsent(t.indicatorId(), k -> new long[2])[0] += t.target();
                    }
                }
                totals.indicator(t);
                if (!a.dueByQuarter(period.quarter())) {
                    continue;
                }
                totals.add(totals.indicators, 0, "", t, t.target(), 0);
                totals.add(totals.contents, 0, contentLabel(a), t, t.target(), 0);
                a.channels().forEach(c -> totals.add(totals.channels, c.id(), c.name(), t, t.target(), 0));
                totals.add(totals.units, a.leadNodeId(), unitNames.get(a.leadNodeId()), t, t.target(), 0);
            }
        }
        // Actuals: accepted increments up to the period add up to the cumulative figure.
        for (FigureRow f : figures) {
            ActivityView a = byKey.get(f.activityKey());
            ActivityView.TargetView t = a == null ? null : a.targets().stream()
                    .filter(x -> x.indicatorId() == f.indicatorId()).findFirst().orElse(null);
            if (t == null) {
                continue;
            }
            for (ReportPeriod p : ReportPeriod.values()) {
                if (p.includes(f.period())) {
                    totals.periods.computeIfAbsent(p, k -> new LinkedHashMap<>())
                            .computeIfAbsent(t.indicatorId(), k -> new long[2])[1] += f.amount();
                }
            }
            if (!period.includes(f.period())) {
                continue;
            }
            totals.add(totals.indicators, 0, "", t, 0, f.amount());
            totals.add(totals.contents, 0, contentLabel(a), t, 0, f.amount());
            a.channels().forEach(c -> totals.add(totals.channels, c.id(), c.name(), t, 0, f.amount()));
            totals.add(totals.units, f.unitId(), unitNames.getOrDefault(f.unitId(), a.leadNodeName()), t, 0,
                    f.amount());
        }

        List<Rollup.CompletionRow> completion = completion(activities, statuses, unitNames, period);
        Rollup.CompletionRow overall = new Rollup.CompletionRow(0, null,
                completion.stream().mapToInt(Rollup.CompletionRow::due).sum(),
                completion.stream().mapToInt(Rollup.CompletionRow::dropped).sum(),
                completion.stream().mapToInt(Rollup.CompletionRow::done).sum());

        return new Rollup(nodeId, organizations.find(nodeId).name(), planId, plan.label(), plan.header().year(), period, unit,
                timeliness,
                totals.indicators.values().stream().map(b -> new Rollup.IndicatorTotal(b.indicatorId(), b.indicator(),
                        b.measure(), b.target(), b.actual())).toList(),
                List.copyOf(totals.contents.values()),
                totals.channels.values().stream().sorted(Comparator.comparing(Rollup.Breakdown::label)
                        .thenComparing(Rollup.Breakdown::indicatorId)).toList(),
                totals.units.values().stream().sorted(Comparator.comparing(Rollup.Breakdown::label)
                        .thenComparing(Rollup.Breakdown::indicatorId)).toList(),
                totals.periodTotals(), completion, overall);
    }

    /**
     * Every unit with work due in each period and where its report stands. The statuses are the
     * report module's rules ({@link FollowUpStatus#of}, deadlines as {@code ReportService} sets
     * them), read with two queries for all periods at once; {@code RollupServiceTest} checks that
     * they agree with {@code ReportService.followUp} cell by cell.
     */
    private List<Rollup.TimelinessRow> timeliness(PlanActivities plan, List<ActivityView> activities, String path) {
        int year = plan.header().year();
        Map<ReportPeriod, LocalDate> deadlines = new EnumMap<>(ReportPeriod.class);
        for (ReportPeriod p : ReportPeriod.values()) {
            deadlines.put(p, p.defaultDeadline(year));
        }
        jdbc.sql("select period, deadline from report_deadline where node_id = :node and plan_year = :year")
                .param("node", plan.issuingNodeId()).param("year", year)
                .query((rs, i) -> Map.entry(ReportPeriod.valueOf(rs.getString("period")),
                        rs.getObject("deadline", LocalDate.class)))
                .list().forEach(e -> deadlines.put(e.getKey(), e.getValue()));
        Map<String, ReportRow> byUnitAndPeriod = new HashMap<>();
        jdbc.sql("""
                select r.id, r.unit_node_id, r.period, r.status, r.first_submitted_at
                from unit_report r
                join org_node n on n.id = r.unit_node_id
                where r.plan_lineage_id = :lineage and n.path like :path || '%'""")
                .param("lineage", plan.lineageId()).param("path", path)
                .query((rs, i) -> new ReportRow(rs.getLong("id"), rs.getLong("unit_node_id"),
                        ReportPeriod.valueOf(rs.getString("period")), ReportStatus.valueOf(rs.getString("status")),
                        rs.getObject("first_submitted_at", java.time.OffsetDateTime.class)))
                .list().forEach(r -> byUnitAndPeriod.put(r.unitId() + "/" + r.period(), r));

        Map<Long, String> names = new HashMap<>();
        Map<Long, Map<ReportPeriod, Rollup.Cell>> cells = new LinkedHashMap<>();
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        for (ReportPeriod p : ReportPeriod.values()) {
            LocalDate deadline = deadlines.get(p);
            for (ActivityView a : activities) {
                if (!a.dueByQuarter(p.quarter())) {
                    continue;
                }
                names.putIfAbsent(a.leadNodeId(), a.leadNodeName());
                ReportRow r = byUnitAndPeriod.get(a.leadNodeId() + "/" + p);
                Instant first = r == null || r.firstSubmittedAt() == null ? null : r.firstSubmittedAt().toInstant();
                cells.computeIfAbsent(a.leadNodeId(), k -> new EnumMap<>(ReportPeriod.class))
                        .put(p, new Rollup.Cell(FollowUpStatus.of(r == null ? null : r.status(), first, deadline, now, zone),
                                r == null ? null : r.id(), FollowUpStatus.isLate(first, deadline, zone)));
            }
        }
        return cells.entrySet().stream()
                .map(e -> new Rollup.TimelinessRow(e.getKey(), names.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Rollup.TimelinessRow::unitName))
                .toList();
    }

    private record ReportRow(long id, long unitId, ReportPeriod period, ReportStatus status,
            java.time.OffsetDateTime firstSubmittedAt) {
    }

    private static List<Rollup.CompletionRow> completion(List<ActivityView> activities, List<StatusRow> statuses,
            Map<Long, String> unitNames, ReportPeriod period) {
        // The latest accepted status up to the period, per unit and activity.
        Map<String, StatusRow> latest = new HashMap<>();
        for (StatusRow s : statuses) {
            if (period.includes(s.period())) {
                latest.merge(s.unitId() + "/" + s.activityKey(), s,
                        (x, y) -> x.period().ordinal() >= y.period().ordinal() ? x : y);
            }
        }
        Map<Long, int[]> perUnit = new LinkedHashMap<>();
        for (ActivityView a : activities) {
            if (!a.dueByQuarter(period.quarter())) {
                continue;
            }
            int[] c = perUnit.computeIfAbsent(a.leadNodeId(), k -> new int[3]);
            c[0]++;
            StatusRow s = latest.get(a.leadNodeId() + "/" + a.key());
            if (s != null && "DROPPED".equals(s.status())) {
                c[1]++;
            } else if (s != null && "DONE".equals(s.status())) {
                c[2]++;
            }
        }
        return perUnit.entrySet().stream()
                .map(e -> new Rollup.CompletionRow(e.getKey(), unitNames.get(e.getKey()), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparing(Rollup.CompletionRow::unitName))
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
            plan = allowed ? plans.planActivities(user, planId) : null;
        } else {
            plan = plans.planActivities(user, planId);
            allowed = plan.status().isIssued() && plan.issuingNodeId() == nodeId;
        }
        if (!allowed) {
            throw new ForbiddenException(user.username() + " may not open the rollup of plan " + planId);
        }
        if (plan.status().isIssued()) {
            return plan;
        }
        return plans.details(user, planId).versions().stream().filter(v -> v.status().isIssued()).findFirst()
                .map(v -> plans.planActivities(user, v.id())).orElse(plan);
    }

    private static String contentLabel(ActivityView a) {
        if (a.contentText() == null) {
            return "—";
        }
        return a.contentLabel() == null ? a.contentText() : a.contentLabel() + " " + a.contentText();
    }

    private static void requireReader(CurrentUser user) {
        if (!user.isAnyOf(Role.OFFICE, Role.LEADER, Role.REVIEWER, Role.UNIT)) {
            throw new ForbiddenException(user.username() + " has no rollups");
        }
    }

    private record FigureRow(long unitId, ReportPeriod period, UUID activityKey, long indicatorId, long amount) {
    }

    private record StatusRow(long unitId, ReportPeriod period, UUID activityKey, String status) {
    }

    /** Running sums keyed by (dimension key or label, indicator), in first-seen order. */
    private static final class Totals {
        final Map<String, Rollup.Breakdown> indicators = new LinkedHashMap<>();
        final Map<String, Rollup.Breakdown> contents = new LinkedHashMap<>();
        final Map<String, Rollup.Breakdown> channels = new LinkedHashMap<>();
        final Map<String, Rollup.Breakdown> units = new LinkedHashMap<>();
        final Map<ReportPeriod, Map<Long, long[]>> periods = new EnumMap<>(ReportPeriod.class);
        final Map<Long, ActivityView.TargetView> indicatorNames = new LinkedHashMap<>();

        void indicator(ActivityView.TargetView t) {
            indicatorNames.putIfAbsent(t.indicatorId(), t);
        }

        void add(Map<String, Rollup.Breakdown> map, long key, String label, ActivityView.TargetView t, long target,
                long actual) {
            map.merge(key + "/" + label + "/" + t.indicatorId(),
                    new Rollup.Breakdown(key, Objects.requireNonNullElse(label, "—"), t.indicatorId(), t.name(),
                            t.unit(), target, actual),
                    (x, y) -> new Rollup.Breakdown(x.key(), x.label(), x.indicatorId(), x.indicator(), x.measure(),
                            x.target() + y.target(), x.actual() + y.actual()));
        }

        List<Rollup.PeriodTotal> periodTotals() {
            List<Rollup.PeriodTotal> result = new ArrayList<>();
            for (ActivityView.TargetView t : indicatorNames.values()) {
                for (ReportPeriod p : ReportPeriod.values()) {
                    long[] v = periods.getOrDefault(p, Map.of()).getOrDefault(t.indicatorId(), new long[2]);
                    result.add(new Rollup.PeriodTotal(p, t.indicatorId(), t.name(), t.unit(), v[0], v[1]));
                }
            }
            return result;
        }
    }
}
