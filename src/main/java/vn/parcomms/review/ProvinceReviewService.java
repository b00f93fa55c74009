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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.consolidation.AgencyTimeliness;
import vn.parcomms.consolidation.ConsolidationDeadlineService;
import vn.parcomms.consolidation.ConsolidationTimeliness;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The Home Affairs view of the reviewer's own province, always current. Only a REVIEWER may open
 * it, and only for the province of their own node. Reads the plan, consolidated report and unit
 * report tables in plain SQL (the accepted exception for heavy aggregation).
 *
 * <p>Rules: an agency is a child of the province node. Its plan of the year is its ISSUED or CLOSED
 * plan, else the one SUBMITTED, else a DRAFT (superseded versions never count). Province totals:
 * target = targets of the activities of the agencies' issued (or closed) plans of the year;
 * actual = figures of ACCEPTED unit reports on those plans for every period up to the chosen one
 * (figures are typed as increments, so their sum is the cumulative figure), counted for the
 * agency activity they report on, directly or through a unit's implementing plan (as on the
 * office dashboard: an activity a unit added without a link to the agency's is not counted). The province plan is
 * the ISSUED (else CLOSED) plan of the province node for the year; an agency implements it when its
 * issued plan has {@code parent_plan_id} in the province plan's lineage, and carries a content item
 * when one of its activities has {@code parent_activity_key} = the key of one of that item's
 * activities in the province plan. The consolidated reports, their deadlines and timeliness per agency
 * and period come from {@link ConsolidationDeadlineService#provinceTimeliness} (one statement; rules in
 * ADR 0007). Indicator and channel totals come from one statement. A fixed number of statements
 * whatever the number of agencies (ProvinceReviewQueryCountTest).
 */
@Service
@Transactional(readOnly = true)
public class ProvinceReviewService {

    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final OrganizationService organizations;
    private final ConsolidationDeadlineService consolidationDeadlines;
    private final JdbcClient jdbc;

    ProvinceReviewService(OrganizationService organizations, ConsolidationDeadlineService consolidationDeadlines,
            JdbcClient jdbc) {
        this.organizations = organizations;
        this.consolidationDeadlines = consolidationDeadlines;
        this.jdbc = jdbc;
    }

    /**
     * The same view with timeliness judged by another clock, for tests that fix the day. The copy
     * is not a Spring proxy: callers run it inside their own transaction.
     */
    public ProvinceReviewService withClock(java.time.Clock clock) {
        return new ProvinceReviewService(organizations, consolidationDeadlines.withClock(clock), jdbc);
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
        List<Integer> years = jdbc.sql("""
                select distinct p.plan_year from plan p join org_node n on n.id = p.issuing_node_id
                where n.path like :path || '%' order by p.plan_year desc""")
                .param("path", path).query(Integer.class).list();
        int chosenYear = year != null ? year : years.isEmpty() ? java.time.Year.now(VIETNAM).getValue() : years.get(0);
        ReportPeriod chosenPeriod = period != null ? period : ReportPeriod.YEAR;

        record PlanRow(long nodeId, long id, String status, String number, java.time.LocalDate issueDate) {
        }
        Map<Long, PlanRow> planByNode = new HashMap<>();
        jdbc.sql("""
                select distinct on (p.issuing_node_id) p.issuing_node_id, p.id, p.status, p.doc_number,
                       p.doc_symbol, p.issue_date
                from plan p join org_node n on n.id = p.issuing_node_id
                where n.parent_id = :province and p.plan_year = :year and p.status <> 'SUPERSEDED'
                order by p.issuing_node_id,
                         case p.status when 'ISSUED' then 0 when 'CLOSED' then 1 when 'SUBMITTED' then 2 else 3 end,
                         p.version_no desc, p.id desc""")
                .param("province", provinceId).param("year", chosenYear)
                .query((rs, i) -> {
                    String number = rs.getString("doc_number") == null ? null
                            : rs.getString("doc_number") + (rs.getString("doc_symbol") == null ? ""
                                    : "/" + rs.getString("doc_symbol"));
                    Date date = rs.getDate("issue_date");
                    return new PlanRow(rs.getLong("issuing_node_id"), rs.getLong("id"), rs.getString("status"),
                            number, date == null ? null : date.toLocalDate());
                }).list().forEach(p -> planByNode.put(p.nodeId(), p));

        Map<Long, Map<ReportPeriod, ProvinceReview.Consolidated>> consolidated = new HashMap<>();
        Map<Long, Map<ReportPeriod, ConsolidationTimeliness>> timeliness = new HashMap<>();
        Map<ReportPeriod, LocalDate> deadlines = new EnumMap<>(ReportPeriod.class);
        Map<ReportPeriod, int[]> counts = new EnumMap<>(ReportPeriod.class);
        for (AgencyTimeliness t : consolidationDeadlines.provinceTimeliness(user, chosenYear)) {
            deadlines.put(t.period(), t.deadline());
            if (t.reportId() != null) {
                consolidated.computeIfAbsent(t.nodeId(), k -> new EnumMap<>(ReportPeriod.class)).put(t.period(),
                        new ProvinceReview.Consolidated(t.reportId(), t.status(),
                                t.lastSentAt() == null ? null : t.lastSentAt().atZone(VIETNAM).toLocalDate(),
                                t.firstSentAt() == null ? null : t.firstSentAt().atZone(VIETNAM).toLocalDate()));
            }
            if (t.expected()) {
                timeliness.computeIfAbsent(t.nodeId(), k -> new EnumMap<>(ReportPeriod.class))
                        .put(t.period(), t.timeliness());
                int[] c = counts.computeIfAbsent(t.period(), k -> new int[6]);
                c[0]++;
                c[1] += t.sent() ? 1 : 0;
                c[2 + t.timeliness().ordinal()]++;
            }
        }
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

        List<ProvinceReview.Agency> rows = new ArrayList<>();
        for (OrgNodeView agency : agencies) {
            PlanRow plan = planByNode.get(agency.id());
            rows.add(new ProvinceReview.Agency(agency.id(), agency.name(), plan == null ? null : plan.id(),
                    plan == null ? null : PlanStatus.valueOf(plan.status()), plan == null ? null : plan.number(),
                    plan == null ? null : plan.issueDate(),
                    consolidated.getOrDefault(agency.id(), Map.of()),
                    timeliness.getOrDefault(agency.id(), Map.of())));
        }

        List<String> periods = new ArrayList<>();
        for (ReportPeriod p : ReportPeriod.values()) {
            if (p.ordinal() <= chosenPeriod.ordinal()) {
                periods.add(p.name());
            }
        }
        // Both totals in one statement: the figures are read once per agency activity and indicator,
        // then summed per indicator (channel_id null) and per channel and indicator.
        List<ProvinceReview.IndicatorTotal> indicators = new ArrayList<>();
        List<ProvinceReview.ChannelTotal> channels = new ArrayList<>();
        jdbc.sql("""
                with plans as (
                    select p.id, p.lineage_id from plan p join org_node n on n.id = p.issuing_node_id
                    where n.parent_id = :province and p.plan_year = :year and p.status in ('ISSUED', 'CLOSED')),
                acts as (
                    select a.id, a.activity_key from plan_activity a where a.plan_id in (select id from plans)),
                -- A unit with its own implementing plan reports under its own activity keys, which
                -- point to the agency's activity by parent_activity_key (as RollupService maps them):
                -- every key an entry may carry, with the agency activity it counts for. One index
                -- walk from the agency activities instead of a look-up per report entry.
                keys as (
                    select a.activity_key as key, a.id from acts a
                    union
                    select c.activity_key, a.id from acts a join plan_activity c on c.parent_activity_key = a.activity_key),
                figures as materialized (
                    select k.id as activity_id, f.indicator_id, sum(f.amount) as amount
                    from unit_report r join unit_report_entry e on e.report_id = r.id
                    join keys k on k.key = e.activity_key
                    join unit_report_figure f on f.entry_id = e.id
                    where r.plan_lineage_id in (select lineage_id from plans) and r.plan_year = :year
                      and r.status = 'ACCEPTED' and r.period in (:periods)
                    group by 1, 2),
                targets as materialized (
                    select t.activity_id, t.indicator_id, t.target from plan_activity_target t
                    where t.activity_id in (select id from acts)),
                totals as (
                    select null::bigint as channel_id, x.indicator_id, sum(x.target) as target, sum(x.actual) as actual
                    from (select indicator_id, target, 0 as actual from targets
                          union all select indicator_id, 0, amount from figures) x
                    group by x.indicator_id
                    union all
                    select c.channel_id, x.indicator_id, sum(x.target), sum(x.actual)
                    from (select activity_id, indicator_id, target, 0 as actual from targets
                          union all select activity_id, indicator_id, 0, amount from figures) x
                    join plan_activity_channel c on c.activity_id = x.activity_id
                    group by c.channel_id, x.indicator_id)
                select t.channel_id, ch.name as channel_name, ch.name_en as channel_name_en, i.id as indicator_id,
                       i.name, i.name_en, i.unit, t.target, t.actual
                from totals t join catalog_indicator i on i.id = t.indicator_id
                left join catalog_channel ch on ch.id = t.channel_id
                order by t.channel_id nulls first, ch.position, ch.name, i.name, i.id""")
                .param("province", provinceId).param("year", chosenYear).param("periods", periods)
                .query(rs -> {
                    Long channel = (Long) rs.getObject("channel_id");
                    if (channel == null) {
                        indicators.add(new ProvinceReview.IndicatorTotal(rs.getLong("indicator_id"),
                                rs.getString("name"), rs.getString("name_en"), rs.getString("unit"),
                                rs.getLong("target"), rs.getLong("actual")));
                    } else {
                        channels.add(new ProvinceReview.ChannelTotal(channel, rs.getString("channel_name"),
                                rs.getString("channel_name_en"), rs.getLong("indicator_id"), rs.getString("name"),
                                rs.getString("name_en"), rs.getString("unit"), rs.getLong("target"),
                                rs.getLong("actual")));
                    }
                });
        return new ProvinceReview(provinceId, provinceNode.name(), chosenYear, chosenPeriod, years, rows, indicators,
                channels, provincePlan(provinceId, chosenYear), deadlines, summaries);
    }

    /** Two statements: the implementing agencies, then the content items with the agencies carrying each. */
    private ProvinceReview.ProvincePlan provincePlan(long provinceId, int year) {
        String provincePlan = """
                with prov as (
                    select p.id, p.lineage_id, p.doc_number, p.doc_symbol from plan p
                    where p.issuing_node_id = :province and p.plan_year = :year and p.status in ('ISSUED', 'CLOSED')
                    order by (p.status = 'ISSUED') desc, p.version_no desc limit 1),
                agency_plans as (
                    select p.id, p.issuing_node_id, n.name from plan p join org_node n on n.id = p.issuing_node_id
                    where n.parent_id = :province and p.plan_year = :year and p.status in ('ISSUED', 'CLOSED')
                      and p.parent_plan_id in (select pp.id from plan pp
                                               where pp.lineage_id = (select lineage_id from prov)))
                """;
        record Implementing(long planId, String number, Long nodeId, String name) {
        }
        List<Implementing> implementing = jdbc.sql(provincePlan + """
                select prov.id as prov_id, prov.doc_number, prov.doc_symbol, ap.issuing_node_id, ap.name
                from prov left join agency_plans ap on true order by ap.name, ap.issuing_node_id""")
                .param("province", provinceId).param("year", year)
                .query((rs, i) -> new Implementing(rs.getLong("prov_id"),
                        rs.getString("doc_number") == null ? null : rs.getString("doc_number")
                                + (rs.getString("doc_symbol") == null ? "" : "/" + rs.getString("doc_symbol")),
                        (Long) rs.getObject("issuing_node_id"), rs.getString("name")))
                .list();
        if (implementing.isEmpty()) {
            return new ProvinceReview.ProvincePlan(null, null, List.of(), List.of());
        }
        List<ProvinceReview.AgencyRef> agencies = implementing.stream().filter(r -> r.nodeId() != null)
                .map(r -> new ProvinceReview.AgencyRef(r.nodeId(), r.name())).distinct().toList();
        Map<UUID, ProvinceReview.ContentCoverage> contents = new LinkedHashMap<>();
        jdbc.sql(provincePlan + """
                , items as (
                    select i.item_key, i.position, coalesce(nullif(i.heading, ''), i.body) as label
                    from plan_item i where i.plan_id = (select id from prov) and i.kind = 'CONTENT'),
                carried as (
                    select distinct pa.content_item_key, ap.issuing_node_id, ap.name
                    from plan_activity pa
                    join plan_activity a on a.parent_activity_key = pa.activity_key
                    join agency_plans ap on ap.id = a.plan_id
                    where pa.plan_id = (select id from prov))
                select items.item_key, items.label, carried.issuing_node_id, carried.name
                from items left join carried on carried.content_item_key = items.item_key
                order by items.position, carried.name, carried.issuing_node_id""")
                .param("province", provinceId).param("year", year)
                .query((rs, i) -> {
                    UUID key = rs.getObject("item_key", UUID.class);
                    ProvinceReview.ContentCoverage item = contents.get(key);
                    if (item == null) {
                        item = new ProvinceReview.ContentCoverage(contents.size() + 1, rs.getString("label").strip(),
                                new ArrayList<>());
                        contents.put(key, item);
                    }
                    Long node = (Long) rs.getObject("issuing_node_id");
                    if (node != null) {
                        item.agencies().add(new ProvinceReview.AgencyRef(node, rs.getString("name")));
                    }
                    return key;
                }).list();
        return new ProvinceReview.ProvincePlan(implementing.get(0).planId(), implementing.get(0).number(), agencies,
                List.copyOf(contents.values()));
    }
}
