package vn.parcomms.consolidation.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parcomms.consolidation.ConsolidationDetails.EventView;
import vn.parcomms.consolidation.ConsolidationDetails.FigureRow;
import vn.parcomms.consolidation.ConsolidationDetails.UnitResult;
import vn.parcomms.consolidation.ConsolidationRow;
import vn.parcomms.consolidation.ConsolidationStatus;
import vn.parcomms.report.ReportPeriod;

/**
 * The consolidation's SQL over its own tables: which unit reports a report counts, the figures and
 * units stored when it was sent, its history, the list. Figures are never computed here: the
 * rollup module's rule computes them from the report and plan modules' facts.
 */
@Repository
public class ConsolidationQueries {

    private final JdbcClient jdbc;

    public ConsolidationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the unit reports a consolidated report counts. */
    public void replaceSources(long reportId, List<Long> unitReportIds) {
        jdbc.sql("delete from consolidated_source where report_id = :id").param("id", reportId).update();
        if (!unitReportIds.isEmpty()) {
            jdbc.sql("insert into consolidated_source (report_id, unit_report_id) select :id, unnest(:ids)")
                    .param("id", reportId).param("ids", unitReportIds.toArray(Long[]::new)).update();
        }
    }

    public List<Long> sources(long reportId) {
        return jdbc.sql("select unit_report_id from consolidated_source where report_id = :id order by 1")
                .param("id", reportId).query(Long.class).list();
    }

    /** Forgets the figures and units stored with a report (it was returned to be revised). */
    public void unfreeze(long reportId) {
        jdbc.sql("delete from consolidated_figure where report_id = :id").param("id", reportId).update();
        jdbc.sql("delete from consolidated_unit where report_id = :id").param("id", reportId).update();
    }

    /** Stores the figures of one table (INDICATOR, CONTENT, CHANNEL) as they are sent. */
    public void freezeFigures(long reportId, String dimension, List<FigureRow> rows, List<long[]> idsAndTargets) {
        for (int i = 0; i < rows.size(); i++) {
            FigureRow r = rows.get(i);
            jdbc.sql("""
                    insert into consolidated_figure (report_id, dimension, position, grp, unit_added, indicator_id,
                                                     indicator, measure, target, total)
                    values (:id, :dimension, :position, :grp, :added, :indicatorId, :indicator, :measure, :target, :total)""")
                    .param("id", reportId).param("dimension", dimension).param("position", i)
                    .param("grp", r.group()).param("added", r.unitAdded())
                    .param("indicatorId", idsAndTargets.get(i)[0]).param("indicator", r.indicator())
                    .param("measure", r.unit() == null ? "" : r.unit()).param("target", idsAndTargets.get(i)[1])
                    .param("total", r.total()).update();
        }
    }

    public List<FigureRow> frozenFigures(long reportId, String dimension) {
        return jdbc.sql("""
                select grp, unit_added, indicator, measure, total from consolidated_figure
                where report_id = :id and dimension = :dimension order by position""")
                .param("id", reportId).param("dimension", dimension)
                .query((rs, i) -> new FigureRow(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)))
                .list();
    }

    /** Stores the units counted, with their completion and texts, as they are sent. */
    public void freezeUnits(long reportId, List<UnitResult> units, List<long[]> nodeDueDropped) {
        for (int i = 0; i < units.size(); i++) {
            UnitResult u = units.get(i);
            long[] extra = nodeDueDropped.get(i);
            jdbc.sql("""
                    insert into consolidated_unit (report_id, position, unit_node_id, unit_name, unit_report_id, due,
                                                   dropped, done, results_summary, shortcomings, difficulties,
                                                   proposals, next_tasks)
                    values (:id, :position, :node, :name, :unitReport, :due, :dropped, :done, :results, :shortcomings,
                            :difficulties, :proposals, :nextTasks)""")
                    .param("id", reportId).param("position", i).param("node", extra[0]).param("name", u.unitName())
                    .param("unitReport", u.unitReportId()).param("due", (int) extra[1]).param("dropped", (int) extra[2])
                    .param("done", (int) u.activitiesDone()).param("results", u.resultsSummary())
                    .param("shortcomings", u.shortcomings()).param("difficulties", u.difficulties())
                    .param("proposals", u.proposals()).param("nextTasks", u.nextTasks()).update();
        }
    }

    public List<UnitResult> frozenUnits(long reportId) {
        return jdbc.sql("""
                select unit_report_id, unit_name, done, due - dropped, results_summary, shortcomings, difficulties,
                       proposals, next_tasks
                from consolidated_unit where report_id = :id order by position""")
                .param("id", reportId)
                .query((rs, i) -> new UnitResult((Long) rs.getObject(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    /** Whether the report's latest step is this action by this user. */
    public boolean latestEventIs(long reportId, String action, long actorId) {
        return jdbc.sql("""
                        select action = :action and actor_id is not distinct from :actor from consolidated_event
                        where report_id = :id order by at desc, id desc limit 1""")
                .param("id", reportId).param("action", action).param("actor", actorId == 0 ? null : actorId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** The report's history, which the report writes itself ({@link ConsolidatedReport}). */
    public List<EventView> history(long reportId) {
        return jdbc.sql("select action, actor_name, at, reason from consolidated_event where report_id = :id "
                        + "order by at, id")
                .param("id", reportId)
                .query((rs, i) -> new EventView(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4)))
                .list();
    }

    /** The consolidated reports under a path; {@code sentOnly} for Home Affairs. */
    public List<ConsolidationRow> list(String path, boolean sentOnly) {
        return jdbc.sql("""
                        select c.id, n.name, c.plan_label, c.plan_year, c.period, c.status,
                               (select count(distinct s.unit_report_id) from consolidated_source s
                                where s.report_id = c.id), c.version_no
                        from consolidated_report c
                        join org_node n on n.id = c.node_id
                        where n.path like :path || '%%' %s
                        order by c.plan_year desc, c.period desc, n.name, c.id desc""".formatted(
                        sentOnly ? "and c.sent_at is not null" : ""))
                .param("path", path)
                .query((rs, i) -> new ConsolidationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        ReportPeriod.valueOf(rs.getString(5)), ConsolidationStatus.valueOf(rs.getString(6)),
                        rs.getInt(7), rs.getInt(8)))
                .list();
    }

    /**
     * The sent consolidated reports of the node's predecessors (org_predecessors, ADR 0023). A
     * merged or split node keeps the name it ended with, the name these reports were sent under.
     */
    public List<ConsolidationRow> predecessorsSent(long nodeId) {
        return jdbc.sql("""
                        select c.id, n.name, c.plan_label, c.plan_year, c.period, c.status,
                               (select count(distinct s.unit_report_id) from consolidated_source s
                                where s.report_id = c.id), c.version_no
                        from org_predecessors(:node) p
                        join consolidated_report c on c.node_id = p.node_id and c.sent_at is not null
                        join org_node n on n.id = c.node_id
                        order by c.plan_year desc, c.period desc, n.name, c.id desc""")
                .param("node", nodeId)
                .query((rs, i) -> new ConsolidationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        ReportPeriod.valueOf(rs.getString(5)), ConsolidationStatus.valueOf(rs.getString(6)),
                        rs.getInt(7), rs.getInt(8)))
                .list();
    }

    /**
     * The to-do list's consolidated reports: those of one node in some statuses, or (with a path)
     * those sent by any node below it and not yet decided on. One statement.
     */
    public List<ConsolidationRow> toDo(Long nodeId, String path, List<String> statuses) {
        return jdbc.sql("""
                        select c.id, n.name, c.plan_label, c.plan_year, c.period, c.status, 0, c.version_no
                        from consolidated_report c
                        join org_node n on n.id = c.node_id
                        where c.status in (:statuses)
                          and (cast(:nodeId as bigint) is null or c.node_id = cast(:nodeId as bigint))
                          and (cast(:path as text) is null or n.path like cast(:path as text) || '%')
                        order by c.plan_year desc, c.period desc, n.name, c.id desc
                        limit 50""")
                .param("statuses", statuses).param("nodeId", nodeId).param("path", path)
                .query((rs, i) -> new ConsolidationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        ReportPeriod.valueOf(rs.getString(5)), ConsolidationStatus.valueOf(rs.getString(6)),
                        rs.getInt(7), rs.getInt(8)))
                .list();
    }
}
