package vn.parcomms.plan.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parcomms.organization.OrgNodeUsage;

/** A node that issued a plan or leads or cooperates on an activity is history: never deleted. */
@Component
class PlanNodeUsage implements OrgNodeUsage {

    private final JdbcClient jdbc;

    PlanNodeUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean references(long orgNodeId) {
        return jdbc.sql("""
                select exists (select 1 from plan where issuing_node_id = :id)
                    or exists (select 1 from plan_activity where lead_node_id = :id)
                    or exists (select 1 from plan_activity_cooperator where node_id = :id)""")
                .param("id", orgNodeId).query(Boolean.class).single();
    }
}
