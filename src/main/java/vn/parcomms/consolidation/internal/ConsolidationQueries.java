package vn.parcomms.consolidation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parcomms.consolidation.ConsolidationDetails.EventView;
import vn.parcomms.consolidation.ConsolidationDetails.FigureRow;
import vn.parcomms.consolidation.ConsolidationDetails.UnitResult;
import vn.parcomms.consolidation.ConsolidationRow;
import vn.parcomms.consolidation.ConsolidationStatus;
import vn.parcomms.report.ReportPeriod;

/**
 * The consolidation's SQL over the report and plan tables (read only, the documented exception
 * to module boundaries): each method is one query whatever the number of units.
 */
@Repository
public class ConsolidationQueries {

    /** "79a/KH-SYT", or the title while the plan has no number. */
    private static final String PLAN_LABEL = "coalesce(p.doc_number || coalesce('/' || p.doc_symbol, ''), p.title)";

    private final JdbcClient jdbc;

    public ConsolidationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record PlanRef(long id, UUID lineageId, long issuingNodeId, int year, String status, String label,
            String place) {
    }

    public PlanRef plan(long planId) {
        return jdbc.sql("select p.id, p.lineage_id, p.issuing_node_id, p.plan_year, p.status, " + PLAN_LABEL
                        + " as label, coalesce(p.place, '') from plan p where p.id = :id")
                .param("id", planId)
                .query((rs, i) -> new PlanRef(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .optional().orElse(null);
    }

    /** Replaces the unit reports counted with the plan's accepted ones for the period under the node. */
    public void draftSources(long reportId, long planId, ReportPeriod period, String nodePath) {
        jdbc.sql("delete from consolidated_source where report_id = :id").param("id", reportId).update();
        jdbc.sql("""
                        insert into consolidated_source (report_id, unit_report_id)
                        select :id, r.id
                        from unit_report r
                        join org_node n on n.id = r.unit_node_id
                        where r.plan_lineage_id = (select lineage_id from plan where id = :plan)
                          and r.period = :period and r.status = 'ACCEPTED' and n.path like :path || '%'""")
                .param("id", reportId).param("plan", planId).param("period", period.name()).param("path", nodePath)
                .update();
    }

    /**
     * The units' cumulative figures summed per group (content item or channel) and indicator: for
     * each counted unit report, the increments of its unit in this and the earlier periods.
     */
    public List<FigureRow> figures(long reportId, long planId, ReportPeriod period, boolean byChannel) {
        String group = byChannel ? "c.name" : "coalesce(e.content_label || ' ', '') || coalesce(pi.body, '')";
        String order = byChannel ? "min(c.position), c.name" : "min(pi.position), 1";
        String channelJoin = byChannel ? """
                join plan_activity_channel ac on ac.activity_id = a.id
                join catalog_channel c on c.id = ac.channel_id""" : "";
        List<String> periods = Arrays.stream(ReportPeriod.values()).filter(period::includes).map(Enum::name).toList();
        return jdbc.sql("""
                        select %s as grp, i.name as indicator, i.unit as unit, sum(f.amount) as total
                        from consolidated_source s
                        join unit_report src on src.id = s.unit_report_id
                        join unit_report r on r.unit_node_id = src.unit_node_id
                             and r.plan_lineage_id = src.plan_lineage_id and r.period in (:periods)
                        join unit_report_entry e on e.report_id = r.id
                        join unit_report_figure f on f.entry_id = e.id
                        join catalog_indicator i on i.id = f.indicator_id
                        %s plan_activity a on a.plan_id = :plan and a.activity_key = e.activity_key
                        left join plan_item pi on pi.plan_id = :plan and pi.item_key = a.content_item_key
                        %s
                        where s.report_id = :id
                        group by 1, i.id, i.name, i.unit, i.position
                        order by %s, i.position, i.id""".formatted(group, byChannel ? "join" : "left join",
                        channelJoin, order))
                .param("id", reportId).param("plan", planId).param("periods", periods)
                .query((rs, i) -> new FigureRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    public List<UnitResult> units(long reportId) {
        return jdbc.sql("""
                        select r.id, coalesce(nullif(n.short_name, ''), n.name),
                               (select count(*) from unit_report_entry e where e.report_id = r.id and e.status = 'DONE'),
                               (select count(*) from unit_report_entry e where e.report_id = r.id),
                               r.results_summary, r.shortcomings, r.difficulties, r.proposals, r.next_tasks
                        from consolidated_source s
                        join unit_report r on r.id = s.unit_report_id
                        join org_node n on n.id = r.unit_node_id
                        where s.report_id = :id
                        order by n.name, r.id""")
                .param("id", reportId)
                .query((rs, i) -> new UnitResult(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    public void event(long reportId, String action, long actorId, String actorName, Instant at, String reason) {
        jdbc.sql("""
                        insert into consolidated_event (report_id, action, actor_id, actor_name, at, reason)
                        values (:id, :action, :actor, :name, :at, :reason)""")
                .param("id", reportId).param("action", action).param("actor", actorId).param("name", actorName)
                .param("at", Timestamp.from(at)).param("reason", reason).update();
    }

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
                        select c.id, n.name, %s, c.plan_year, c.period, c.status,
                               (select count(*) from consolidated_source s where s.report_id = c.id)
                        from consolidated_report c
                        join org_node n on n.id = c.node_id
                        join plan p on p.id = c.plan_id
                        where n.path like :path || '%%' %s
                        order by c.plan_year desc, c.period desc, n.name, c.id""".formatted(PLAN_LABEL,
                        sentOnly ? "and c.sent_at is not null" : ""))
                .param("path", path)
                .query((rs, i) -> new ConsolidationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        ReportPeriod.valueOf(rs.getString(5)), ConsolidationStatus.valueOf(rs.getString(6)),
                        rs.getInt(7)))
                .list();
    }
}
