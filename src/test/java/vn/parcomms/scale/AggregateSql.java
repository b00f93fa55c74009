package vn.parcomms.scale;

import java.util.List;
import vn.parcomms.scale.Benchmark.Sql;

/**
 * The aggregate of each rollup page written as plain SQL, for {@link Benchmark} to compare the page
 * with: the statements a hand-written report over the same tables needs to produce every number
 * the page shows (no access checks, no entities, no rendering). They mirror the statements of the
 * services; when a service's SQL changes, change it here too.
 */
final class AggregateSql {

    private AggregateSql() {
    }

    /**
     * The office dashboard (and the JSON rollup): the plan's activities with lead unit, content
     * item, channels and targets (targets by content item, channel, unit and period); the
     * deadlines and every report's status (the timeliness matrix); the accepted figures and
     * activity statuses of every unit under the agency in one pass (actuals and completion).
     */
    static List<Sql> dashboard(long planId, long nodeId, int year, Object lineage, String nodePath) {
        List<Sql> list = new java.util.ArrayList<>(dashboardOnly(planId, nodeId, year, lineage, nodePath));
        list.add(yearTotals(nodeId));
        list.add(lineageOf(nodeId));
        return list;
    }

    /**
     * Which units' reports count under the node since issue 13 (ADR 0023): its reporting scope
     * and its predecessors' up to their last day, the condition the services join.
     */
    private static final String LINEAGE_SCOPE = " join org_lineage_scope(?) ls on ls.node_id = r.unit_node_id"
            + " and (ls.until is null or make_date(r.plan_year, case r.period when 'Q1' then 3 when 'H1' then 6"
            + " when 'M9' then 9 else 12 end, 14) <= ls.until)\n";

    /**
     * The dashboard's year-over-year section (ReportFacts.yearTotals): the accepted figures of
     * every year per indicator in the node's lineage scope, on plans of the node or a predecessor.
     */
    static Sql yearTotals(long nodeId) {
        return new Sql("""
                with pred as (select p.node_id from org_predecessors(?) p)
                select r.plan_year, f.indicator_id, coalesce(pp.node_id, pu.node_id), sum(f.amount)
                from unit_report r""" + LINEAGE_SCOPE.replace("org_lineage_scope(?)",
                        "org_lineage_scope((select n.path from org_node n where n.id = ?))") + """
                join unit_report_entry e on e.report_id = r.id
                join unit_report_figure f on f.entry_id = e.id
                left join pred pp on pp.node_id = r.plan_node_id
                left join pred pu on pu.node_id = r.unit_node_id
                where r.status = 'ACCEPTED' and r.plan_node_id in (select l.node_id from org_lineage(?) l)
                group by 1, 2, 3 order by 1, 2""", List.of(nodeId, nodeId, nodeId));
    }

    /** The node's predecessors with their names on their last day (the lineage note). */
    static Sql lineageOf(long nodeId) {
        return new Sql("""
                select p.node_id, coalesce((select h.name from org_node_name h where h.node_id = p.node_id
                                            and h.valid_to >= p.until order by h.valid_to limit 1), n.name), p.until
                from org_predecessors(?) p join org_node n on n.id = p.node_id""", List.of(nodeId));
    }

    private static List<Sql> dashboardOnly(long planId, long nodeId, int year, Object lineage, String nodePath) {
        return List.of(
                new Sql("""
                        select a.activity_key, a.lead_node_id, ln.name as lead_name, a.quarters, a.due_date,
                               ci.position as content_position, ci.body as content_text,
                               t.indicator_id, i.name as indicator, i.unit, t.target, c.channel_id, ch.name as channel
                        from plan_activity a
                        join org_node ln on ln.id = a.lead_node_id
                        left join plan_item ci on ci.plan_id = a.plan_id and ci.item_key = a.content_item_key
                        left join plan_activity_target t on t.activity_id = a.id
                        left join catalog_indicator i on i.id = t.indicator_id
                        left join plan_activity_channel c on c.activity_id = a.id
                        left join catalog_channel ch on ch.id = c.channel_id
                        where a.plan_id = ? order by a.position""", List.of(planId)),
                new Sql("select period, deadline from report_deadline where node_id = ? and plan_year = ?",
                        List.of(nodeId, year)),
                new Sql("""
                        select r.id, r.unit_node_id, r.period, r.status, r.first_submitted_at
                        from unit_report r""" + LINEAGE_SCOPE + """
                        where r.plan_lineage_id = ?""", List.of(nodePath, lineage)),
                // What every key reported on the lineage counts for (PlanFacts.counting), then the
                // accepted entries and figures (ReportFacts.acceptedEntries): the counting is Java's.
                new Sql("""
                        with given as (select p.id, p.lineage_id from plan p where p.id = ?),
                        lin as (select p.id, p.version_no from plan p join given g on g.lineage_id = p.lineage_id),
                        own as (select distinct on (a.activity_key) a.id, a.activity_key from plan_activity a
                                join lin l on l.id = a.plan_id order by a.activity_key, l.version_no desc),
                        child as (select c.id, c.activity_key, c.parent_activity_key from plan_activity c
                                  join plan p on p.id = c.plan_id where p.parent_plan_id in (select id from lin))
                        select o.activity_key, o.activity_key from own o
                        union all
                        select c.activity_key, coalesce(o.activity_key, c.activity_key)
                        from child c left join own o on o.activity_key = c.parent_activity_key""", List.of(planId)),
                new Sql("""
                        select r.id, r.unit_node_id, r.period, e.activity_key, e.status, f.indicator_id, f.amount
                        from unit_report r""" + LINEAGE_SCOPE + """
                        join unit_report_entry e on e.report_id = r.id
                        left join unit_report_figure f on f.entry_id = e.id
                        where r.plan_lineage_id = ? and r.status = 'ACCEPTED'""",
                        List.of(nodePath, lineage)));
    }

    /**
     * The PAR INDEX page of an agency: the node's plan of the year (issued on time?), the criteria
     * set of the province and year (V82), the agency's consolidated reports with their deadlines (reports on
     * time) and the dashboard's aggregate for the year (share carried out).
     */
    static List<Sql> parIndex(long planId, long nodeId, long provinceId, int year, Object lineage, String nodePath) {
        List<Sql> list = new java.util.ArrayList<>(List.of(
                new Sql("""
                        select p.id, p.status, p.doc_number, p.doc_symbol, p.issue_date from plan p
                        where p.issuing_node_id = ? and p.plan_year = ? and p.status in ('ISSUED', 'CLOSED')
                        order by p.version_no desc""", List.of(nodeId, year)),
                new Sql("""
                        select c.*, p.name, p.value from par_index_criterion c
                        left join par_index_criterion_param p on p.criterion_id = c.id
                        where c.set_id = (select s.id from par_index_criteria_set s
                            where (s.province_node_id = ? or s.province_node_id is null) and (s.year = ? or s.year is null)
                            order by s.province_node_id nulls last, s.year nulls last limit 1)
                        order by c.position, c.id""", List.of(provinceId, year))));
        // An agency's reports point: its own consolidated reports to Home Affairs and their deadlines.
        list.add(new Sql("""
                select a.id, p.period, d.deadline, r.id as report_id, r.status, r.sent_at, f.first_sent_at
                from org_node a
                cross join (values ('Q1', 1), ('H1', 2), ('M9', 3), ('YEAR', 4)) as p (period, ord)
                left join consolidation_deadline d
                       on d.province_node_id = a.parent_id and d.plan_year = ? and d.period = p.period
                left join lateral (select c.id, c.status, c.sent_at from consolidated_report c
                                   where c.node_id = a.id and c.plan_year = ? and c.period = p.period
                                   order by c.id desc limit 1) r on true
                left join lateral (select min(c.first_sent_at) as first_sent_at from consolidated_report c
                                   where c.node_id = a.id and c.plan_year = ? and c.period = p.period) f on true
                where a.id = ? order by p.ord""", List.of(year, year, year, nodeId)));
        list.addAll(dashboardOnly(planId, nodeId, year, lineage, nodePath));
        list.add(lineageOf(nodeId));
        return list;
    }

    /**
     * The Home Affairs view: the years, every agency's plan of the year and its consolidated reports
     * with their deadlines (timeliness),
     * province totals per indicator and per channel and indicator up to the period, and the
     * province plan's content items with the agencies carrying each.
     */
    static List<Sql> province(long provinceId, String provincePath, int year, List<String> periods) {
        String in = String.join(", ", periods.stream().map(x -> "'" + x + "'").toList());
        int quarter = periods.size();
        String provincePlan = """
                with prov as (
                    select p.id, p.lineage_id, p.doc_number, p.doc_symbol from plan p
                    where p.issuing_node_id = ? and p.plan_year = ? and p.status in ('ISSUED', 'CLOSED')
                    order by (p.status = 'ISSUED') desc, p.version_no desc limit 1),
                agency_plans as (
                    select p.id, p.issuing_node_id, n.name from plan p join org_node n on n.id = p.issuing_node_id
                    where n.parent_id = ? and p.plan_year = ? and p.status in ('ISSUED', 'CLOSED')
                      and p.parent_plan_id in (select pp.id from plan pp
                                               where pp.lineage_id = (select lineage_id from prov)))
                """;
        return List.of(
                new Sql("""
                        select distinct p.plan_year from plan p join org_node n on n.id = p.issuing_node_id
                        where n.path like ? || '%' order by p.plan_year desc""", List.of(provincePath)),
                new Sql("""
                        select n.id, n.name, p.id as plan_id, p.status, p.doc_number, p.doc_symbol, p.issue_date
                        from org_node n left join lateral (
                            select p.* from plan p where p.issuing_node_id = n.id and p.plan_year = ?
                              and p.status <> 'SUPERSEDED'
                            order by case p.status when 'ISSUED' then 0 when 'CLOSED' then 1 when 'SUBMITTED' then 2
                                     else 3 end, p.version_no desc, p.id desc limit 1) p on true
                        where n.parent_id = ? order by n.name""", List.of(year, provinceId)),
                new Sql("""
                        select a.id, a.name, a.active, p.period, d.deadline, r.id as report_id, r.status, r.sent_at,
                               f.first_sent_at
                        from org_node a
                        cross join (values ('Q1', 1), ('H1', 2), ('M9', 3), ('YEAR', 4)) as p (period, ord)
                        left join consolidation_deadline d
                               on d.province_node_id = a.parent_id and d.plan_year = ? and d.period = p.period
                        left join lateral (select c.id, c.status, c.sent_at from consolidated_report c
                                           where c.node_id = a.id and c.plan_year = ? and c.period = p.period
                                           order by c.id desc limit 1) r on true
                        left join lateral (select min(c.first_sent_at) as first_sent_at from consolidated_report c
                                           where c.node_id = a.id and c.plan_year = ? and c.period = p.period) f on true
                        where a.parent_id = ?
                        order by a.name, a.id, p.ord""", List.of(year, year, year, provinceId)),
                // Totals by the counting rule of ADR 0010: every accepted figure once, under the agency
                // activity it carries out or, for an activity a unit added, under itself; targets of the
                // agency activities due by the period that the agency's units lead.
                new Sql("""
                        with plans as (
                            select p.id, p.lineage_id, p.issuing_node_id from plan p
                            join org_node n on n.id = p.issuing_node_id
                            where n.parent_id = ? and p.plan_year = ? and p.status in ('ISSUED', 'CLOSED')),
                        acts as (
                            select a.id, a.activity_key, a.lead_node_id, a.quarters, a.due_date, p.issuing_node_id
                            from plan_activity a join plans p on p.id = a.plan_id),
                        children as (
                            select c.id, c.activity_key, c.parent_activity_key from plan_activity c
                            join plan cp on cp.id = c.plan_id
                            where cp.parent_plan_id in (select pp.id from plan pp
                                                        where pp.lineage_id in (select lineage_id from plans))),
                        keys as (
                            select a.activity_key as key, a.id from acts a
                            union
                            select c.activity_key, coalesce(a.id, c.id) from children c
                            left join acts a on a.activity_key = c.parent_activity_key),
                        figures as materialized (
                            select k.id as activity_id, f.indicator_id, sum(f.amount) as amount
                            from unit_report r join unit_report_entry e on e.report_id = r.id
                            join keys k on k.key = e.activity_key
                            join unit_report_figure f on f.entry_id = e.id
                            where r.plan_lineage_id in (select lineage_id from plans) and r.plan_year = ?
                              and r.status = 'ACCEPTED' and r.period in (PERIODS)
                            group by 1, 2),
                        targets as materialized (
                            select t.activity_id, t.indicator_id, t.target from plan_activity_target t
                            join acts a on a.id = t.activity_id
                            where a.lead_node_id <> a.issuing_node_id
                              and (case when a.due_date is not null then (extract(month from a.due_date)::int + 2) / 3 <= QUARTER
                                        else a.quarters = '' or a.quarters ~ '[1-QUARTER]' end)),
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
                        select t.channel_id, ch.name as channel_name, i.id as indicator_id, i.name, i.unit,
                               t.target, t.actual
                        from totals t join catalog_indicator i on i.id = t.indicator_id
                        left join catalog_channel ch on ch.id = t.channel_id
                        order by t.channel_id nulls first, ch.position, ch.name, i.name, i.id"""
                        .replace("PERIODS", in).replace("QUARTER", Integer.toString(quarter)),
                        List.of(provinceId, year, year)),
                new Sql(provincePlan + """
                        select prov.id as prov_id, prov.doc_number, prov.doc_symbol, ap.issuing_node_id, ap.name
                        from prov left join agency_plans ap on true order by ap.name, ap.issuing_node_id""",
                        List.of(provinceId, year, provinceId, year)),
                new Sql(provincePlan + """
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
                        order by items.position, carried.name, carried.issuing_node_id""",
                        List.of(provinceId, year, provinceId, year)));
    }
}
