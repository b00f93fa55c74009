package vn.parcomms.report.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parcomms.organization.OrgNodeTransfer;

/**
 * An ended node's open reports (draft or returned) are finished and sent by its successor, unless
 * the successor already has its own report for that plan and period (then the predecessor's stays
 * where it is); the deadlines it set for its units from the effective year on become the
 * successor's where the successor set none. Submitted and accepted reports stay the predecessor's.
 */
@Component
class ReportNodeTransfer implements OrgNodeTransfer {

    static final String REPORTS = "report.succession.moved.reports";
    static final String DEADLINES = "report.succession.moved.deadlines";

    private static final String MOVABLE_REPORTS = """
            from unit_report r where r.unit_node_id = :from and r.status in ('DRAFT', 'RETURNED')
              and not exists (select 1 from unit_report o where o.unit_node_id = :to
                              and o.plan_lineage_id = r.plan_lineage_id and o.period = r.period)""";
    private static final String MOVABLE_DEADLINES = """
            from report_deadline d where d.node_id = :from and d.plan_year >= :year
              and not exists (select 1 from report_deadline o where o.node_id = :to
                              and o.plan_year = d.plan_year and o.period = d.period)""";

    private final JdbcClient jdbc;

    ReportNodeTransfer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Line> preview(long fromNodeId, long toNodeId, LocalDate effectiveDate) {
        long reports = jdbc.sql("select count(*) " + MOVABLE_REPORTS)
                .param("from", fromNodeId).param("to", toNodeId).query(Long.class).single();
        long deadlines = jdbc.sql("select count(*) " + MOVABLE_DEADLINES)
                .param("from", fromNodeId).param("to", toNodeId).param("year", effectiveDate.getYear())
                .query(Long.class).single();
        return List.of(new Line(REPORTS, reports), new Line(DEADLINES, deadlines));
    }

    @Override
    public List<Line> transfer(long fromNodeId, long toNodeId, LocalDate effectiveDate) {
        int reports = jdbc.sql("update unit_report set unit_node_id = :to, version = version + 1, updated_at = now()"
                        + " where id in (select r.id " + MOVABLE_REPORTS + ")")
                .param("from", fromNodeId).param("to", toNodeId).update();
        int deadlines = jdbc.sql("update report_deadline set node_id = :to, version = version + 1"
                        + " where id in (select d.id " + MOVABLE_DEADLINES + ")")
                .param("from", fromNodeId).param("to", toNodeId).param("year", effectiveDate.getYear()).update();
        return List.of(new Line(REPORTS, reports), new Line(DEADLINES, deadlines));
    }
}
