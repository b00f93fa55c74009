package vn.parcomms.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.plan.internal.Plan;
import vn.parcomms.plan.internal.PlanAccess;
import vn.parcomms.plan.internal.PlanEventRepository;
import vn.parcomms.plan.internal.PlanRepository;
import vn.parcomms.register.NewRegistration;
import vn.parcomms.register.OutgoingRegister;
import vn.parcomms.register.RecordKind;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;

/**
 * A plan's status changes: submit and amend by its drafters (OFFICE, or UNIT for a unit's own
 * plan), issue and return by its approvers (the issuing node's LEADER: never the account that
 * drafted it), close by any of them.
 * Each is checked for access before the version, and each change writes its line of history
 * through the plan's own transition method.
 */
@Service
@Transactional(readOnly = true)
public class PlanLifecycle {

    private final PlanRepository plans;
    private final PlanEventRepository events;
    private final PlanAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final OutgoingRegister register;

    PlanLifecycle(PlanRepository plans, PlanEventRepository events, PlanAccess access, Clock clock,
            ApplicationEventPublisher publisher, OutgoingRegister register) {
        this.register = register;
        this.plans = plans;
        this.events = events;
        this.access = access;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Submits the draft; false when this user's same submission was done already (a repeated click). */
    @Transactional
    public boolean submit(CurrentUser user, long id, long expectedVersion) {
        Plan plan = forTransition(user, id, expectedVersion, "SUBMITTED", PlanAccess::requireDrafter);
        if (plan == null) {
            return false;
        }
        plan.submit(step(user));
        published(PlanStepTaken.SUBMITTED, plan, user);
        return true;
    }

    /** Issues the plan as drafted ({@link IssueCommand#AS_DRAFTED}); false for a repeated click. */
    @Transactional
    public boolean issue(CurrentUser user, long id, long expectedVersion) {
        return issue(user, id, expectedVersion, IssueCommand.AS_DRAFTED);
    }

    /**
     * Issues the plan under the number and date the issuer gives: typed, or the next of the node's
     * register of outgoing documents, taken in this transaction. False when this user's same issue
     * was done already (a repeated click). A later version supersedes the one in force, and its
     * history says what changed.
     */
    @Transactional
    public boolean issue(CurrentUser user, long id, long expectedVersion, IssueCommand command) {
        Plan plan = forTransition(user, id, expectedVersion, "ISSUED", PlanAccess::requireApprover);
        if (plan == null) {
            return false;
        }
        plan.requireIssuable();
        LocalDate date = command.issueDate() != null ? command.issueDate()
                : plan.getIssueDate() != null ? plan.getIssueDate() : LocalDate.now(clock);
        String typed = command.typedNumber(plan.getDocNumber());
        if (typed != null && typed.isEmpty()) {
            throw DomainException.onField("docNumber", "plan.error.numberRequired");
        }
        if (typed != null && plans.countSameNumber(plan.getIssuingNodeId(), typed, plan.getDocSymbol(), date.getYear(),
                plan.getLineageId()) > 0) {
            throw DomainException.onField("docNumber", "plan.error.numberTaken", typed, date.getYear());
        }
        List<Plan> inForce = new ArrayList<>();
        if (plan.getVersionNo() > 1) {
            for (Long otherId : plans.versionIds(plan.getLineageId())) {
                Plan other = access.load(otherId);
                if (!Objects.equals(other.getId(), plan.getId()) && other.getStatus() == PlanStatus.ISSUED) {
                    inForce.add(other);
                }
            }
        }
        NewRegistration registration = new NewRegistration(plan.getIssuingNodeId(), plan.getDocSymbol(), date,
                RecordKind.PLAN, plan.getId(), plan.getTitle(), plan.getSignerName(), user.id());
        String number;
        if (typed == null) {
            number = register.take(registration);
        } else {
            register.record(registration, typed);
            number = typed;
        }
        // Taken first so that the history lists the issue above the version it supersedes.
        Step superseding = step(user);
        String changes = inForce.isEmpty() ? null : PlanChanges.between(inForce.get(inForce.size() - 1), plan);
        plan.issue(number, date, step(user), changes);
        inForce.forEach(other -> other.supersede(plan, superseding));
        published(PlanStepTaken.ISSUED, plan, user);
        return true;
    }

    /** The number the register would give this plan if issued today (or on the draft's date), for the issue page. */
    public IssueDefaults issueDefaults(CurrentUser user, long id) {
        Plan plan = access.loadReadable(user, id);
        PlanAccess.requireApprover(user, plan);
        LocalDate date = plan.getIssueDate() != null ? plan.getIssueDate() : LocalDate.now(clock);
        Integer next = plan.getDocSymbol() == null || plan.getDocSymbol().isBlank() ? null
                : register.nextNumber(plan.getIssuingNodeId(), plan.getDocSymbol(), date.getYear());
        return new IssueDefaults(plan.getId(), plan.getVersion(), plan.getDocNumber(), plan.getDocSymbol(), date, next);
    }

    /** Returns the plan to its drafters; false when this user's same return was done already. */
    @Transactional
    public boolean returnToDraft(CurrentUser user, long id, long expectedVersion, String reason) {
        Plan plan = forTransition(user, id, expectedVersion, "RETURNED", PlanAccess::requireApprover);
        if (plan == null) {
            return false;
        }
        plan.returnForRevision(reason, step(user));
        published(PlanStepTaken.RETURNED, plan, user);
        return true;
    }

    /** Closes the plan; false when this user's same closing was done already (a repeated click). */
    @Transactional
    public boolean close(CurrentUser user, long id, long expectedVersion) {
        Plan plan = forTransition(user, id, expectedVersion, "CLOSED", PlanAccess::requireCloser);
        if (plan == null) {
            return false;
        }
        plan.close(step(user));
        return true;
    }

    /**
     * Writes into the plan's history what its issuing office decided about a period whose deadline
     * passed before the plan was issued (ADR 0032). The report module checks who decides and
     * stores the decision; this records it on the plan, as read by the user.
     */
    @Transactional
    public void recordPeriodDecision(CurrentUser user, long planId, boolean expected, String details) {
        access.loadReadable(user, planId).recordPeriodDecision(expected, details, step(user));
    }

    /** Starts the next version of an issued plan; the issued one stays in force until the new one is issued. */
    @Transactional
    public long amend(CurrentUser user, long id, long expectedVersion) {
        Plan plan = access.loadForChange(user, id, expectedVersion, PlanAccess::requireDrafter);
        for (Long versionId : plans.versionIds(plan.getLineageId())) {
            PlanStatus status = access.load(versionId).getStatus();
            if (status == PlanStatus.DRAFT || status == PlanStatus.SUBMITTED) {
                throw new DomainException("plan.error.amendmentOpen");
            }
        }
        return plans.save(plan.amendment(step(user))).getId();
    }

    /**
     * The plan for a transition: readable by the user, who may take the step ({@code mayTake},
     * before the version is looked at), at the version the page showed. Null when the step is
     * {@link #alreadyDone} by this user.
     */
    private Plan forTransition(CurrentUser user, long id, long expectedVersion, String action,
            BiConsumer<CurrentUser, Plan> mayTake) {
        Plan plan = access.loadReadable(user, id);
        mayTake.accept(user, plan);
        if (alreadyDone(user, plan, expectedVersion, action)) {
            return null;
        }
        PlanAccess.requireVersion(plan, expectedVersion);
        return plan;
    }

    /**
     * A transition sent again from the same page: the plan has moved on from the version the page
     * showed and its latest step is this very user's same action. The caller changes nothing and
     * says so, instead of a 409 page for a double click. Anyone else's change still conflicts.
     */
    private boolean alreadyDone(CurrentUser user, Plan plan, long expectedVersion, String action) {
        if (plan.getVersion() == expectedVersion) {
            return false;
        }
        return events.findFirstByPlanIdOrderByAtDescIdDesc(plan.getId())
                .filter(e -> action.equals(e.getAction()) && Objects.equals(e.getActorId(), user.id()))
                .isPresent();
    }

    /** Tells listeners (notifications) of the step, in this transaction: they commit or roll back with it. */
    private void published(String step, Plan plan, CurrentUser user) {
        String label = plan.getDocNumber() == null ? plan.getTitle()
                : plan.getDocNumber() + (plan.getDocSymbol() == null ? "" : "/" + plan.getDocSymbol());
        publisher.publishEvent(new PlanStepTaken(step, plan.getId(), plan.getIssuingNodeId(), label,
                PlanStepTaken.RETURNED.equals(step) ? plan.getReturnReason() : null,
                plan.getActivities().stream().map(a -> a.data().leadNodeId()).collect(Collectors.toSet()), user.id()));
    }

    private Step step(CurrentUser user) {
        return Step.of(user, clock);
    }
}
