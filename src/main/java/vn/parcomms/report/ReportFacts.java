package vn.parcomms.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.report.internal.LineageSql;

/**
 * The reporting facts that rollups, consolidated reports and the province view compute from, with
 * their SQL inside the report module: accepted figures and activity statuses, where every report
 * stands, the deadlines, the units' texts. Scoped by the organisation path (ADR 0003); the callers
 * check who may see them before they ask. A figure is what the unit typed for the period (an
 * increment); the cumulative figure is the sum of the increments of the periods it includes.
 */
@Service
@Transactional(readOnly = true)
public class ReportFacts {

    private final JdbcClient jdbc;

    ReportFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry of an accepted report: its status, and one of its figures (null indicator: none). */
    public record AcceptedEntry(long reportId, long unitId, ReportPeriod period, UUID activityKey,
            ActivityStatus status, Long indicatorId, long amount) {
    }

    /**
     * A report's place in its lifecycle, for the timeliness matrix, with its optimistic version:
     * a report whose status or content changes gets a new one.
     */
    public record ReportState(long reportId, long unitId, ReportPeriod period, ReportStatus status,
            Instant firstSubmittedAt, long version) {
    }

    /** The texts a unit wrote in a report. */
    public record UnitTexts(long reportId, long unitId, ReportPeriod period, String resultsSummary,
            String shortcomings, String difficulties, String proposals, String nextTasks) {
    }

    /** Accepted figures summed per activity key and indicator. */
    public record KeyTotal(UUID activityKey, long indicatorId, long amount) {
    }

    /**
     * Every entry and figure of the ACCEPTED reports on a plan lineage by units in the reporting scope of the node with the path (ADR 0016) or of its predecessors up to their last day (ADR 0023),
     * of every period; {@code onlyReports} (null: all) narrows them to a set of reports. One
     * statement.
     */
    public List<AcceptedEntry> acceptedEntries(UUID lineageId, String path, Collection<Long> onlyReports) {
        if (onlyReports != null && onlyReports.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.id, r.unit_node_id, r.period, e.activity_key, e.status, f.indicator_id, f.amount
                from unit_report r""" + LineageSql.IN_LINEAGE_SCOPE + """
                join unit_report_entry e on e.report_id = r.id
                left join unit_report_figure f on f.entry_id = e.id
                where r.plan_lineage_id = :lineage and r.status = 'ACCEPTED'
                """ + (onlyReports == null ? "" : " and r.id in (:reports)"))
                .param("lineage", lineageId).param("path", path)
                .params(onlyReports == null ? Map.of() : Map.of("reports", onlyReports))
                .query((rs, i) -> new AcceptedEntry(rs.getLong(1), rs.getLong(2), ReportPeriod.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class),
                        rs.getString(5) == null ? null : ActivityStatus.valueOf(rs.getString(5)),
                        (Long) rs.getObject(6), rs.getLong(7)))
                .list();
    }

    /** The ids of the ACCEPTED reports on a lineage by units in the reporting scope of the node with the path (ADR 0016) or of its predecessors up to their last day (ADR 0023), in the given periods. */
    public List<Long> acceptedReportIds(UUID lineageId, String path, Collection<ReportPeriod> periods) {
        return jdbc.sql("""
                select r.id from unit_report r""" + LineageSql.IN_LINEAGE_SCOPE + """
                where r.plan_lineage_id = :lineage and r.status = 'ACCEPTED'
                  and r.period in (:periods)
                order by r.id""")
                .param("lineage", lineageId).param("path", path)
                .param("periods", periods.stream().map(Enum::name).toList())
                .query(Long.class).list();
    }

    /** Accepted totals with the {@link #acceptedStamp} of the reports they were summed from. */
    public record KeyTotals(String stamp, List<KeyTotal> totals) {
    }

    /**
     * The accepted figures of the reports on the lineages in the periods, summed per activity key
     * and indicator, with the stamp of those reports: for the province's totals, one statement
     * however many agencies.
     */
    public KeyTotals acceptedTotals(Collection<UUID> lineageIds, int year, Collection<ReportPeriod> periods) {
        if (lineageIds.isEmpty() || periods.isEmpty()) {
            return new KeyTotals("", List.of());
        }
        String[] stamp = {""};
        List<KeyTotal> totals = new java.util.ArrayList<>();
        jdbc.sql("with " + ACCEPTED_STAMP + """
                , t as (
                    select e.activity_key, f.indicator_id, sum(f.amount) as amount
                    from unit_report r join unit_report_entry e on e.report_id = r.id
                    join unit_report_figure f on f.entry_id = e.id
                    where r.plan_lineage_id in (:lineages) and r.plan_year = :year and r.status = 'ACCEPTED'
                      and r.period in (:periods)
                    group by 1, 2)
                select stamp.s, t.activity_key, t.indicator_id, t.amount from stamp left join t on true""")
                .param("lineages", lineageIds).param("year", year)
                .param("periods", periods.stream().map(Enum::name).toList())
                .query(rs -> {
                    stamp[0] = rs.getString(1);
                    if (rs.getObject(2) != null) {
                        totals.add(new KeyTotal(rs.getObject(2, UUID.class), rs.getLong(3), rs.getLong(4)));
                    }
                });
        return new KeyTotals(stamp[0], List.copyOf(totals));
    }

    /**
     * What {@link #acceptedTotals} sums: the id and optimistic version of every ACCEPTED report on
     * the lineages in the year and periods, as one digest. A report accepted, reopened or changed
     * moves it; equal stamps mean equal totals. One short statement.
     */
    public String acceptedStamp(Collection<UUID> lineageIds, int year, Collection<ReportPeriod> periods) {
        if (lineageIds.isEmpty() || periods.isEmpty()) {
            return "";
        }
        return jdbc.sql("with " + ACCEPTED_STAMP + " select s from stamp")
                .param("lineages", lineageIds).param("year", year)
                .param("periods", periods.stream().map(Enum::name).toList())
                .query(String.class).single();
    }

    private static final String ACCEPTED_STAMP = """
            stamp as (select coalesce(md5(string_agg(r.id || ':' || r.version, ',' order by r.id)), '') as s
                      from unit_report r
                      where r.plan_lineage_id in (:lineages) and r.plan_year = :year and r.status = 'ACCEPTED'
                        and r.period in (:periods))
            """;

    /**
     * Every report on a lineage by units in the reporting scope of the node with the path (ADR 0016) or of its predecessors up to their last day (ADR 0023), whatever its status: the ACCEPTED ones
     * are exactly those whose entries {@link #acceptedEntries} reads (with no report set given), so
     * their ids and versions tell whether entries read before are still those.
     */
    public List<ReportState> states(UUID lineageId, String path) {
        return jdbc.sql("""
                select r.id, r.unit_node_id, r.period, r.status, r.first_submitted_at, r.version
                from unit_report r""" + LineageSql.IN_LINEAGE_SCOPE + """
                where r.plan_lineage_id = :lineage""")
                .param("lineage", lineageId).param("path", path)
                .query((rs, i) -> {
                    OffsetDateTime first = rs.getObject(5, OffsetDateTime.class);
                    return new ReportState(rs.getLong(1), rs.getLong(2), ReportPeriod.valueOf(rs.getString(3)),
                            ReportStatus.valueOf(rs.getString(4)), first == null ? null : first.toInstant(),
                            rs.getLong(6));
                })
                .list();
    }

    /**
     * Accepted figures of one year and indicator, {@code predecessorId} the node's predecessor they
     * came through (a report on its plan or by it), null when they are the node's own.
     */
    public record YearTotal(int year, long indicatorId, Long predecessorId, long amount) {
    }

    /**
     * The accepted figures of every year, summed per year, indicator and predecessor they came
     * through, counted as the node's dashboards count them (ADR 0023): for a body
     * ({@code ownReportsOnly} false) the reports on the plans it or one of its predecessors issued,
     * by units of its reporting scope or of its predecessors' scopes up to their last day; for a
     * unit its own reports and its predecessors' up to their last day. The increments of a year's
     * periods add up to the year. One statement, whatever the number of years, units or
     * predecessors.
     */
    public List<YearTotal> yearTotals(long nodeId, boolean ownReportsOnly) {
        String sql = """
                with pred as (select p.node_id from org_predecessors(:node) p)
                select r.plan_year, f.indicator_id, coalesce(pp.node_id, pu.node_id), sum(f.amount)
                from unit_report r""" + (ownReportsOnly ? " " : LineageSql.IN_NODE_LINEAGE_SCOPE) + """
                join unit_report_entry e on e.report_id = r.id
                join unit_report_figure f on f.entry_id = e.id
                left join pred pp on pp.node_id = r.plan_node_id
                left join pred pu on pu.node_id = r.unit_node_id
                where r.status = 'ACCEPTED' and """
                + (ownReportsOnly ? LineageSql.BY_UNIT_LINEAGE
                        : " r.plan_node_id in (select l.node_id from org_lineage(:node) l) ") + """
                group by 1, 2, 3
                order by 1, 2""";
        return jdbc.sql(sql).param("node", nodeId).param("unitId", nodeId)
                .query((rs, i) -> new YearTotal(rs.getInt(1), rs.getLong(2), (Long) rs.getObject(3), rs.getLong(4)))
                .list();
    }

    /** The units' deadlines a node set for a year, the default where it set none. */
    public Map<ReportPeriod, LocalDate> deadlines(long nodeId, int year) {
        Map<ReportPeriod, LocalDate> result = new EnumMap<>(ReportPeriod.class);
        for (ReportPeriod p : ReportPeriod.values()) {
            result.put(p, p.defaultDeadline(year));
        }
        jdbc.sql("select period, deadline from report_deadline where node_id = :node and plan_year = :year")
                .param("node", nodeId).param("year", year)
                .query((rs, i) -> Map.entry(ReportPeriod.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class)))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** The texts of the given reports. */
    public List<UnitTexts> texts(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.id, r.unit_node_id, r.period, r.results_summary, r.shortcomings, r.difficulties,
                       r.proposals, r.next_tasks
                from unit_report r where r.id in (:ids) order by r.id""")
                .param("ids", reportIds)
                .query((rs, i) -> new UnitTexts(rs.getLong(1), rs.getLong(2), ReportPeriod.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }
}
