package vn.parcomms.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.organization.NodeChoice;
import vn.parcomms.organization.NodeChoices;
import vn.parcomms.plan.internal.Plan;
import vn.parcomms.plan.internal.PlanAccess;
import vn.parcomms.shared.security.CurrentUser;

/**
 * The units the activity form offers, found by what the drafter types: as lead, the units that
 * report to the plan's body (ADR 0016, the rule {@code PlanValidation} checks); as cooperators,
 * the body's own units and the other agencies of the province. Only the plan's drafters ask:
 * anyone else gets a 403, so the search shows no one another body's units.
 */
@Service
@Transactional(readOnly = true)
public class ActivityUnits {

    /** At most this many units a search; the form asks to type more beyond. */
    public static final int LIMIT = 20;

    /** What the unit is to the activity. */
    public enum Part {
        LEAD, COOPERATOR
    }

    private final PlanAccess access;
    private final NodeChoices choices;

    ActivityUnits(PlanAccess access, NodeChoices choices) {
        this.access = access;
        this.choices = choices;
    }

    public NodeChoices.Found search(CurrentUser user, long planId, Part part, String typed) {
        Plan plan = drafted(user, planId);
        return part == Part.LEAD
                ? choices.inReportingScope(plan.getIssuingNodeId(), typed, LIMIT)
                : choices.inBodyAndAgencies(plan.getIssuingNodeId(), typed, LIMIT);
    }

    /** The units already on the form, named by their paths (whatever they are: the service checks them on saving). */
    public List<NodeChoice> named(CurrentUser user, long planId, Collection<Long> ids) {
        drafted(user, planId);
        return choices.named(ids);
    }

    /** 403 unless the user drafts the plan's body's plans (its OFFICE or UNIT account). */
    public void requireDrafter(CurrentUser user, long planId) {
        drafted(user, planId);
    }

    private Plan drafted(CurrentUser user, long planId) {
        Plan plan = access.loadReadable(user, planId);
        PlanAccess.requireDrafter(user, plan);
        return plan;
    }
}
