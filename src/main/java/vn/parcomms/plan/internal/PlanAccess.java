package vn.parcomms.plan.internal;

import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Who may read and change a plan, checked where the plan is loaded. For a change the access is
 * checked before the version: a user who may not change a plan learns nothing from a 409 about
 * whether it changed.
 */
@Component
public class PlanAccess {

    private final PlanRepository plans;
    private final OrganizationService organizations;
    private final OrgSuccessionService successions;

    PlanAccess(PlanRepository plans, OrganizationService organizations, OrgSuccessionService successions) {
        this.plans = plans;
        this.organizations = organizations;
        this.successions = successions;
    }

    public Plan load(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    /** The plan, if the user may read it. */
    public Plan loadReadable(CurrentUser user, long id) {
        Plan plan = load(id);
        requireReadable(user, plan);
        return plan;
    }

    /**
     * The plan for a change: readable, {@code mayChange} passed, and only then still at the
     * version the user's page showed.
     */
    public Plan loadForChange(CurrentUser user, long id, long expectedVersion, BiConsumer<CurrentUser,
            Plan> mayChange) {
        Plan plan = loadReadable(user, id);
        mayChange.accept(user, plan);
        requireVersion(plan, expectedVersion);
        return plan;
    }

    public static void requireVersion(Plan plan, long expectedVersion) {
        if (plan.getVersion() != expectedVersion) {
            throw new ConflictException("plan", plan.getId());
        }
    }

    /**
     * Plans of nodes in the user's scope, and issued (or superseded) plans of the nodes above the
     * user's own: the plans the user's unit implements.
     */
    public void requireReadable(CurrentUser user, Plan plan) {
        if (organizations.isInScope(user, plan.getIssuingNodeId())) {
            return;
        }
        if (plan.getStatus().isIssued() || plan.getStatus() == PlanStatus.SUPERSEDED) {
            // Above the user's node in the tree, or on its line of reports (ADR 0016): a station
            // reads the issued plans of the centre it reports to, which it implements and reports on.
            if (organizations.isWithin(user.orgNodeId(), plan.getIssuingNodeId())
                    || organizations.reportsWithin(user.orgNodeId(), plan.getIssuingNodeId())) {
                return;
            }
            // A successor reads the issued plans its predecessors kept (ADR 0015): the plans their
            // sent reports were written against are part of the history it took over.
            if (successions.lineage(user.orgNodeId()).stream()
                    .anyMatch(l -> l.predecessorId() == plan.getIssuingNodeId())) {
                return;
            }
        }
        throw new ForbiddenException(user.username() + " may not read plan " + plan.getId());
    }

    public static void requireDrafter(CurrentUser user, Plan plan) {
        requireDrafter(user, plan.getIssuingNodeId());
    }

    public static void requireDrafter(CurrentUser user, long nodeId) {
        if (user.orgNodeId() != nodeId || !user.isAnyOf(Role.OFFICE, Role.UNIT)) {
            throw new ForbiddenException(user.username() + " may not draft plans of node " + nodeId);
        }
    }

    public static void requireApprover(CurrentUser user, Plan plan) {
        // Separation of duties: a unit's own plan is issued by the unit's LEADER (its head), never
        // by the UNIT account that drafted it.
        if (user.orgNodeId() != plan.getIssuingNodeId() || !user.is(Role.LEADER)) {
            throw new ForbiddenException(user.username() + " may not approve plans of node " + plan.getIssuingNodeId());
        }
    }

    public static void requireCloser(CurrentUser user, Plan plan) {
        if (plan.getIssuingNodeId() != user.orgNodeId() || !user.isAnyOf(Role.OFFICE, Role.LEADER, Role.UNIT)) {
            throw new ForbiddenException(user.username() + " may not close plan " + plan.getId());
        }
    }
}
