package vn.parcomms.plan.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parcomms.organization.Letterhead;
import vn.parcomms.organization.OrgNodeTransfer;
import vn.parcomms.organization.OrganizationService;

/**
 * The open plans of an ended node (draft or submitted, not yet issued) become its successor's,
 * with the successor's names on top; activities of open plans that the ended node was to lead go to
 * the successor. Its issued plans still in force, of the effective year or later, are carried on by
 * the successor: the successor's office follows them up, accepts their reports and consolidates
 * them from then on, while their header keeps the names they were issued with. Plans of earlier
 * years and closed plans stay with the ended node. Each plan changed gets a new version, so a form
 * opened before the change is a 409 and the plan's read stamp moves.
 */
@Component
class PlanNodeTransfer implements OrgNodeTransfer {

    static final String PLANS = "plan.succession.moved.plans";
    static final String ACTIVITIES = "plan.succession.moved.activities";
    static final String IN_FORCE = "plan.succession.moved.inForce";

    /**
     * The lineages of the node's issued plans of the year or later, every version of them: what the
     * successor carries on. A lineage implementing a plan the successor already implements stays
     * (one implementing plan per node and parent plan).
     */
    private static final String IN_FORCE_LINEAGES = """
            select p.lineage_id from plan p
            where p.issuing_node_id = :from and p.status = 'ISSUED' and p.plan_year >= :year
              and not exists (select 1 from plan o join plan v on v.lineage_id = p.lineage_id
                              where o.issuing_node_id = :to and o.implements_lineage_id is not null
                                and o.implements_lineage_id = v.implements_lineage_id)""";

    private final JdbcClient jdbc;
    private final OrganizationService organizations;

    PlanNodeTransfer(JdbcClient jdbc, OrganizationService organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    @Override
    public List<Line> preview(long fromNodeId, long toNodeId, LocalDate effectiveDate) {
        long plans = jdbc.sql("select count(*) from plan where issuing_node_id = :from and status in ('DRAFT', 'SUBMITTED')")
                .param("from", fromNodeId).query(Long.class).single();
        long activities = jdbc.sql("""
                select count(*) from plan_activity a join plan p on p.id = a.plan_id
                where a.lead_node_id = :from and p.status in ('DRAFT', 'SUBMITTED')""")
                .param("from", fromNodeId).query(Long.class).single();
        long inForce = jdbc.sql("select count(*) from (" + IN_FORCE_LINEAGES + ") l")
                .param("from", fromNodeId).param("to", toNodeId).param("year", effectiveDate.getYear())
                .query(Long.class).single();
        return List.of(new Line(PLANS, plans), new Line(ACTIVITIES, activities), new Line(IN_FORCE, inForce));
    }

    @Override
    public List<Line> transfer(long fromNodeId, long toNodeId, LocalDate effectiveDate) {
        int activities = jdbc.sql("""
                update plan_activity a set lead_node_id = :to from plan p
                where p.id = a.plan_id and a.lead_node_id = :from and p.status in ('DRAFT', 'SUBMITTED')""")
                .param("from", fromNodeId).param("to", toNodeId).update();
        jdbc.sql("""
                update plan set version = version + 1, updated_at = now()
                where status in ('DRAFT', 'SUBMITTED') and issuing_node_id <> :from
                  and id in (select plan_id from plan_activity where lead_node_id = :to)""")
                .param("from", fromNodeId).param("to", toNodeId).update();
        Letterhead successor = organizations.letterhead(toNodeId);
        int plans = jdbc.sql("""
                update plan set issuing_node_id = :to, issuing_body = :body, parent_body = :parentBody,
                    version = version + 1, updated_at = now()
                where issuing_node_id = :from and status in ('DRAFT', 'SUBMITTED')""")
                .param("from", fromNodeId).param("to", toNodeId).param("body", successor.issuingBody())
                .param("parentBody", successor.parentBody()).update();
        // Carried on, not re-issued: the issuing and parent bodies stay those printed when it was issued.
        List<Object> lineages = jdbc.sql(IN_FORCE_LINEAGES).param("from", fromNodeId).param("to", toNodeId)
                .param("year", effectiveDate.getYear()).query((rs, i) -> rs.getObject(1)).list();
        if (!lineages.isEmpty()) {
            jdbc.sql("""
                    update plan set issuing_node_id = :to, version = version + 1, updated_at = now()
                    where issuing_node_id = :from and lineage_id in (:lineages) and status in ('ISSUED', 'SUPERSEDED')""")
                    .param("from", fromNodeId).param("to", toNodeId).param("lineages", lineages).update();
        }
        return List.of(new Line(PLANS, plans), new Line(ACTIVITIES, activities), new Line(IN_FORCE, lineages.size()));
    }
}
