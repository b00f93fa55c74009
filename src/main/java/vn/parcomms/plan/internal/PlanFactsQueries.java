package vn.parcomms.plan.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plan module's SQL behind {@code PlanFacts}: plain projections over the plan tables, one
 * statement each whatever the number of plans or activities.
 */
@Repository
public class PlanFactsQueries {

    private final JdbcClient jdbc;

    public PlanFactsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How an entry key of a report on a lineage maps: OWN (in force), REMOVED, LINKED or ADDED;
     * {@code activity} is the activity row's projection where it was asked for (every kind but
     * LINKED, and OWN only when {@code withOwn}), else null.
     */
    public record KeyRow(long planId, String kind, long activityId, UUID key, UUID countsFor, ActivityRow activity) {
    }

    /** The keys of {@link #keys} with the {@link #stamp} of what they were read from, in the same statement. */
    public record Keys(String stamp, List<KeyRow> rows) {
    }

    /**
     * What the keys of the plans' lineages are read from, in one short statement: every version of
     * the lineages and every plan implementing one of them, each with its optimistic version. Any
     * edit of a plan, of its items or activities, and any change of status moves its version
     * ({@code Plan#requireDraft} touches the plan), a new or deleted implementing plan changes the
     * set: so equal stamps mean equal keys.
     */
    public String stamp(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return "";
        }
        return jdbc.sql("with " + STAMP + " select s from stamp").param("plans", planIds).query(String.class).single();
    }

    private static final String STAMP = """
            stamp_lin as (select p.id, p.version from plan p
                          where p.lineage_id in (select g.lineage_id from plan g where g.id in (:plans))),
            stamp as (select coalesce(md5(string_agg(x.id || ':' || x.version, ',' order by x.id)), '') as s
                      from (select id, version from stamp_lin
                            union all
                            select c.id, c.version from plan c where c.parent_plan_id in (select id from stamp_lin)) x)
            """;

    /**
     * Every key a report on the plans' lineages may carry, in one statement. For each lineage: its
     * own keys (the activity row of the version given, else of the latest version holding the key:
     * REMOVED), and the keys of the activities of the plans implementing any version of it (the
     * row of the implementing plan in force, else its latest version), LINKED to the parent key
     * they carry out when it is one of the lineage's own keys, else ADDED.
     */
    public Keys keys(Collection<Long> planIds, boolean withOwn) {
        if (planIds.isEmpty()) {
            return new Keys("", List.of());
        }
        String[] stamp = {""};
        List<KeyRow> rows = jdbc.sql("""
                with given as (select p.id, p.lineage_id from plan p where p.id in (:plans)),
                """ + STAMP + """
                ,
                lin as (select p.id, p.version_no, g.id as given_id from plan p join given g on g.lineage_id = p.lineage_id),
                own as (
                    select distinct on (l.given_id, a.activity_key) l.given_id, a.id, a.activity_key,
                           l.id = l.given_id as in_force
                    from plan_activity a join lin l on l.id = a.plan_id
                    order by l.given_id, a.activity_key, (l.id = l.given_id) desc, l.version_no desc),
                impl as (
                    select p.id, p.version_no, p.status, l.given_id from plan p join lin l on l.id = p.parent_plan_id),
                child as (
                    select distinct on (i.given_id, c.activity_key) i.given_id, c.id, c.activity_key,
                           c.parent_activity_key
                    from plan_activity c join impl i on i.id = c.plan_id
                    order by i.given_id, c.activity_key, (i.status in ('ISSUED', 'CLOSED')) desc, i.version_no desc),
                k as (
                    select o.given_id, case when o.in_force then 'OWN' else 'REMOVED' end as kind, o.id,
                           o.activity_key, o.activity_key as counts_for
                    from own o
                    union all
                    select c.given_id, case when o.activity_key is null then 'ADDED' else 'LINKED' end, c.id,
                           c.activity_key, coalesce(o.activity_key, c.activity_key)
                    from child c left join own o on o.given_id = c.given_id and o.activity_key = c.parent_activity_key)
                select (select s from stamp) as stamp, k.given_id, k.kind, k.id as key_activity_id,
                       k.activity_key as key, k.counts_for,
                """ + ACTIVITY_COLUMNS + """
                from k
                left join plan_activity a on a.id = k.id and k.kind <> 'LINKED' and (:withOwn or k.kind <> 'OWN')
                left join plan_item ci on ci.plan_id = a.plan_id and ci.item_key = a.content_item_key
                     and ci.kind = 'CONTENT' and not (:withOwn and k.kind = 'ADDED')""")
                .param("plans", planIds).param("withOwn", withOwn)
                .query((rs, i) -> {
                    stamp[0] = rs.getString("stamp");
                    return new KeyRow(rs.getLong("given_id"), rs.getString("kind"), rs.getLong("key_activity_id"),
                            rs.getObject("key", UUID.class), rs.getObject("counts_for", UUID.class),
                            rs.getObject("id") == null ? null : activity(rs));
                })
                .list();
        return new Keys(stamp[0], rows);
    }

    // An added activity brings figures, never targets (ADR 0010): its targets are not read. Its
    // content item is read only where a content breakdown shows it (not for the province's totals).
    private static final String ACTIVITY_COLUMNS = """
                   a.id, a.activity_key, a.parent_activity_key, a.plan_id, a.content_item_key,
                   case when ci.position is null then 0
                        else (select count(*) from plan_item x where x.plan_id = a.plan_id and x.kind = 'CONTENT'
                              and x.position < ci.position) end as content_index,
                   ci.body as content_text, a.position, a.name, a.lead_node_id, a.audience, a.output_product,
                   a.quarters, a.due_date,
                   array(select c.channel_id from plan_activity_channel c where c.activity_id = a.id
                         order by c.channel_id) as channels,
                   case when k.kind = 'ADDED' then '{}'::bigint[]
                        else array(select t.indicator_id from plan_activity_target t where t.activity_id = a.id
                                   order by t.indicator_id) end as indicators,
                   case when k.kind = 'ADDED' then '{}'::int[]
                        else array(select t.target from plan_activity_target t where t.activity_id = a.id
                                   order by t.indicator_id) end as targets
            """;

    private static ActivityRow activity(java.sql.ResultSet rs) throws SQLException {
        return new ActivityRow(rs.getLong("id"), rs.getObject("activity_key", UUID.class),
                rs.getObject("parent_activity_key", UUID.class), rs.getLong("plan_id"),
                rs.getObject("content_item_key", UUID.class),
                rs.getString("content_text") == null ? null : rs.getInt("content_index"),
                rs.getString("content_text"), rs.getInt("position"), rs.getString("name"),
                rs.getLong("lead_node_id"), rs.getString("audience"), rs.getString("output_product"),
                rs.getString("quarters"), rs.getObject("due_date", LocalDate.class),
                longs(rs.getArray("channels")), longs(rs.getArray("indicators")), ints(rs.getArray("targets")));
    }

    /** An activity row with its content item's text and index among the plan's content items. */
    public record ActivityRow(long id, UUID key, UUID parentKey, long planId, UUID contentItemKey, Integer contentIndex,
            String contentText, int position, String name, long leadNodeId, String audience, String outputProduct,
            String quarters, LocalDate dueDate, List<Long> channelIds, List<Long> indicatorIds, List<Integer> targets) {
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.stream((Long[]) array.getArray()).toList();
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return Arrays.stream((Integer[]) array.getArray()).toList();
    }

    /**
     * One row of the province overview: kind 'Y' a year with plans under the path; 'P' a child's
     * plan of the chosen year; 'I' a child implementing the province plan (node null when none);
     * 'C' a content item of the province plan with a child carrying it (node null when none).
     */
    public record OverviewRow(String kind, int year, Long nodeId, Long planId, UUID lineageId, String status,
            String docNumber, String docSymbol, LocalDate issueDate, UUID itemKey, String label) {
    }

    /**
     * Everything the province view needs of the plans, in one statement: the years of the plans
     * under the path; per child of the province node its plan of the year (ISSUED or CLOSED, else
     * SUBMITTED, else a DRAFT; never a superseded version); the province node's plan in force with
     * the children whose issued plans implement it, and its content items with the children whose
     * implementing plans carry each (an activity linked to one of the item's activities). The year
     * is the one given, else the newest with plans, else {@code fallbackYear}.
     */
    public List<OverviewRow> provinceOverview(long provinceId, String path, Integer year, int fallbackYear) {
        return jdbc.sql("""
                with years as (
                    select distinct p.plan_year from plan p join org_node n on n.id = p.issuing_node_id
                    where n.path like :path || '%'),
                chosen as (select coalesce(cast(:year as int), (select max(plan_year) from years), :fallback) as y),
                child_plans as (
                    select distinct on (p.issuing_node_id) p.issuing_node_id, p.id, p.lineage_id, p.status,
                           p.doc_number, p.doc_symbol, p.issue_date
                    from plan p join org_node n on n.id = p.issuing_node_id
                    where n.parent_id = :province and p.plan_year = (select y from chosen) and p.status <> 'SUPERSEDED'
                    order by p.issuing_node_id,
                             case p.status when 'ISSUED' then 0 when 'CLOSED' then 1 when 'SUBMITTED' then 2 else 3 end,
                             p.version_no desc, p.id desc),
                prov as (
                    select p.id, p.lineage_id, p.doc_number, p.doc_symbol from plan p
                    where p.issuing_node_id = :province and p.plan_year = (select y from chosen)
                      and p.status in ('ISSUED', 'CLOSED')
                    order by (p.status = 'ISSUED') desc, p.version_no desc limit 1),
                agency_plans as (
                    select p.id, p.issuing_node_id from plan p join org_node n on n.id = p.issuing_node_id
                    where n.parent_id = :province and p.plan_year = (select y from chosen)
                      and p.status in ('ISSUED', 'CLOSED')
                      and p.parent_plan_id in (select pp.id from plan pp
                                               where pp.lineage_id = (select lineage_id from prov))),
                items as (
                    select i.item_key, i.position, coalesce(nullif(i.heading, ''), i.body) as label
                    from plan_item i where i.plan_id = (select id from prov) and i.kind = 'CONTENT'),
                carried as (
                    select distinct pa.content_item_key, ap.issuing_node_id
                    from plan_activity pa
                    join plan_activity a on a.parent_activity_key = pa.activity_key
                    join agency_plans ap on ap.id = a.plan_id
                    where pa.plan_id = (select id from prov))
                select 'Y' as kind, plan_year as year, null::bigint as node_id, null::bigint as plan_id,
                       null::uuid as lineage_id, null as status, null as doc_number, null as doc_symbol,
                       null::date as issue_date, null::uuid as item_key, null as label, 0 as position
                from years
                union all
                select 'P', (select y from chosen), cp.issuing_node_id, cp.id, cp.lineage_id, cp.status, cp.doc_number,
                       cp.doc_symbol, cp.issue_date, null, null, 0
                from child_plans cp
                union all
                select 'I', (select y from chosen), ap.issuing_node_id, prov.id, prov.lineage_id, null, prov.doc_number,
                       prov.doc_symbol, null, null, null, 0
                from prov left join agency_plans ap on true
                union all
                select 'C', (select y from chosen), carried.issuing_node_id, null, null, null, null, null, null,
                       items.item_key, items.label, items.position
                from items left join carried on carried.content_item_key = items.item_key
                order by 1, 2 desc, 12, 3""")
                .param("province", provinceId).param("path", path).param("year", year).param("fallback", fallbackYear)
                .query((rs, i) -> new OverviewRow(rs.getString("kind"), rs.getInt("year"), (Long) rs.getObject("node_id"),
                        (Long) rs.getObject("plan_id"), rs.getObject("lineage_id", UUID.class), rs.getString("status"),
                        rs.getString("doc_number"), rs.getString("doc_symbol"),
                        rs.getObject("issue_date", LocalDate.class), rs.getObject("item_key", UUID.class),
                        rs.getString("label")))
                .list();
    }
}
