package vn.parcomms.plan;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.plan.internal.Plan;
import vn.parcomms.plan.internal.PlanAccess;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * A plan draft started by mistake is deleted by whoever started it, or by the OFFICE of its node,
 * while it is a draft that was never submitted and no plan implements it. Its parts, activities
 * and history go with it (the database cascades); the deletion itself is kept in
 * {@code plan_deletion} and in the log (ADR 0027). Once submitted a plan stays: a leader has seen it.
 */
@Service
@Transactional(readOnly = true)
public class PlanDraftRemoval {

    private static final Logger log = LoggerFactory.getLogger(PlanDraftRemoval.class);

    private final PlanAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanDraftRemoval(PlanAccess access, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the user may delete the plan now (to show the button; {@link #delete} checks again). */
    public boolean mayDelete(CurrentUser user, long id) {
        Plan plan = access.loadReadable(user, id);
        return mayRemove(user, plan) && refusal(plan) == null;
    }

    /** What the confirmation page needs before asking: the user's right, then the plan's state. */
    public void requireDeletable(CurrentUser user, long id) {
        Plan plan = access.loadReadable(user, id);
        requireRemover(user, plan);
        String refused = refusal(plan);
        if (refused != null) {
            throw new DomainException(refused);
        }
    }

    @Transactional
    public void delete(CurrentUser user, long id, long expectedVersion) {
        Plan plan = access.loadReadable(user, id);
        requireRemover(user, plan);
        PlanAccess.requireVersion(plan, expectedVersion);
        jdbc.sql("select id from plan where id = :id for update").param("id", id).query(Long.class).single();
        String refused = refusal(plan);
        if (refused != null) {
            throw new DomainException(refused);
        }
        Step step = Step.of(user, clock);
        jdbc.sql("""
                insert into plan_deletion (plan_id, lineage_id, issuing_node_id, plan_year, title, actor_id, actor_name, at)
                values (:plan, :lineage, :node, :year, :title, :actor, :name, :at)""")
                .param("plan", id).param("lineage", plan.getLineageId()).param("node", plan.getIssuingNodeId())
                .param("year", plan.getYear()).param("title", plan.getTitle()).param("actor", step.actorId())
                .param("name", step.actorName()).param("at", java.sql.Timestamp.from(step.at())).update();
        // Items, sections, activities (with their channels, cooperators and targets) and the
        // history are removed by the foreign keys' cascades of V11 and V95.
        jdbc.sql("delete from plan where id = :id").param("id", id).update();
        log.info("Plan draft {} ({} of node {}) deleted by {}", id, plan.getYear(), plan.getIssuingNodeId(),
                user.username());
    }

    private void requireRemover(CurrentUser user, Plan plan) {
        if (!mayRemove(user, plan)) {
            throw new ForbiddenException(user.username() + " may not delete plan " + plan.getId());
        }
    }

    /** The one who started it (still a drafter of its node), or the node's OFFICE. */
    private boolean mayRemove(CurrentUser user, Plan plan) {
        if (user.orgNodeId() != plan.getIssuingNodeId()) {
            return false;
        }
        if (user.is(Role.OFFICE)) {
            return true;
        }
        Long starter = jdbc.sql("select created_by from plan where id = :id").param("id", plan.getId())
                .query(Long.class).optional().orElse(null);
        return user.is(Role.UNIT) && starter != null && starter == user.id();
    }

    /** Why the plan must stay, as a message key; null when it may go. */
    private String refusal(Plan plan) {
        if (plan.getStatus() != PlanStatus.DRAFT) {
            return "plan.error.deleteSubmitted";
        }
        boolean submitted = jdbc.sql("select count(*) from plan_event where plan_id = :id and action = 'SUBMITTED'")
                .param("id", plan.getId()).query(Long.class).single() > 0;
        if (submitted) {
            return "plan.error.deleteSubmitted";
        }
        boolean implemented = jdbc.sql("select count(*) from plan where parent_plan_id = :id")
                .param("id", plan.getId()).query(Long.class).single() > 0;
        return implemented ? "plan.error.deleteImplemented" : null;
    }
}
