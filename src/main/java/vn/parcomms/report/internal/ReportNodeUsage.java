package vn.parcomms.report.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parcomms.organization.OrgNodeUsage;

/** A node with reports or report deadlines is history: never deleted, only deactivated. */
@Component
class ReportNodeUsage implements OrgNodeUsage {

    private final JdbcClient jdbc;

    ReportNodeUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean references(long orgNodeId) {
        return jdbc.sql("""
                select exists (select 1 from unit_report where unit_node_id = :id or plan_node_id = :id)
                    or exists (select 1 from report_deadline where node_id = :id)""")
                .param("id", orgNodeId).query(Boolean.class).single();
    }
}
