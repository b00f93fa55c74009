package vn.parcomms.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.organization.Letterhead;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.internal.OutlineTemplates;
import vn.parcomms.plan.internal.Plan;
import vn.parcomms.plan.internal.PastedLines;
import vn.parcomms.plan.internal.PlanAccess;
import vn.parcomms.plan.internal.PlanActivity;
import vn.parcomms.plan.internal.PlanActivity.ActivityData;
import vn.parcomms.plan.internal.PlanItem;
import vn.parcomms.plan.internal.PlanRepository;
import vn.parcomms.plan.internal.PlanValidation;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;

/**
 * Writing plans: a new draft, its header, parts and activities, next year's copy, a unit's own
 * implementing plan. Only OFFICE (or, for a unit's own plan, UNIT) of the issuing node drafts;
 * only a draft changes. Each change writes its line of history through the plan itself.
 */
@Service
@Transactional(readOnly = true)
public class PlanDrafting {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PlanRepository plans;
    private final OrganizationService organizations;
    private final PlanAccess access;
    private final PlanValidation validation;
    private final Clock clock;
    private final OutlineTemplates templates;

    PlanDrafting(PlanRepository plans, OrganizationService organizations, PlanAccess access,
            PlanValidation validation, Clock clock, OutlineTemplates templates) {
        this.templates = templates;
        this.plans = plans;
        this.organizations = organizations;
        this.access = access;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    public long create(CurrentUser user, PlanHeader header) {
        PlanAccess.requireDrafter(user, user.orgNodeId());
        validation.validateHeader(user.orgNodeId(), header);
        Plan plan = new Plan(user.orgNodeId(), header, step(user));
        plan.applyOutline(templates.forNode(user.orgNodeId()));
        return plans.save(plan).getId();
    }

    @Transactional
    public void updateHeader(CurrentUser user, long id, long expectedVersion, PlanHeader header) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        validation.validateHeader(plan.getIssuingNodeId(), header);
        if (plan.getStatus() == PlanStatus.DRAFT && header.equals(plan.header())) {
            // A background save of an unchanged form (ADR 0027) writes no history line.
            return;
        }
        plan.changeHeader(header, step(user));
    }

    @Transactional
    public long addItem(CurrentUser user, long id, long expectedVersion, ItemKind kind, String heading, String body) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        PlanValidation.requireText(body);
        PlanItem item = plan.addItem(kind, heading, body, step(user));
        plans.flush();
        return item.getId();
    }

    /**
     * Adds what a clerk typed or pasted into a part's form: one item per line or paragraph, each
     * without the marker Word showed ({@link PastedLines}), since the document letters and numbers
     * items itself. A unit's duties stay one item, a duty a line; pasted recipients keep their
     * purpose "(báo cáo)", and a pasted "- Lưu: VT, VP." becomes the plan's archive line.
     *
     * @return the ids of the items added, in order
     */
    @Transactional
    public List<Long> addPastedItems(CurrentUser user, long id, long expectedVersion, ItemKind kind, String heading,
            String body) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        PlanValidation.requireText(body);
        Step step = step(user);
        List<PlanItem> added = new ArrayList<>();
        if (kind == ItemKind.DUTY) {
            String duties = PastedLines.lines(body);
            PlanValidation.requireText(duties);
            added.add(plan.addItem(kind, PastedLines.withoutMarker(heading), duties, step));
        } else if (kind == ItemKind.RECIPIENT) {
            PastedLines.Recipients pasted = PastedLines.recipients(body);
            if (pasted.recipients().isEmpty() && pasted.archive() == null) {
                PlanValidation.requireText("");
            }
            for (PastedLines.Recipient recipient : pasted.recipients()) {
                String purpose = heading == null || heading.isBlank() ? recipient.purpose() : heading;
                added.add(plan.addItem(kind, purpose, recipient.name(), step));
            }
            if (pasted.archive() != null && !pasted.archive().isEmpty()) {
                plan.changeHeader(plan.header().withArchiveLine("Lưu: " + pasted.archive() + "."), step);
            }
        } else {
            List<String> items = PastedLines.items(body);
            PlanValidation.requireText(String.join("", items));
            for (String item : items) {
                added.add(plan.addItem(kind, heading, item, step));
            }
        }
        plans.flush();
        return added.stream().map(PlanItem::getId).toList();
    }

    /**
     * Changes an item; as when adding, the markers pasted with the text are taken off (each line's,
     * the item stays one item).
     */
    @Transactional
    public void changeItem(CurrentUser user, long id, long expectedVersion, long itemId, String heading, String body) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        PlanValidation.requireText(body);
        ItemKind kind = plan.getItems().stream().filter(i -> i.getId() != null && i.getId() == itemId)
                .map(PlanItem::getKind).findFirst().orElse(null);
        String text = PastedLines.lines(body);
        String newHeading = heading;
        if (kind == ItemKind.DUTY) {
            newHeading = PastedLines.withoutMarker(heading);
        } else if (kind == ItemKind.RECIPIENT) {
            PastedLines.Recipient recipient = PastedLines.recipient(text);
            text = recipient.name();
            newHeading = heading == null || heading.isBlank() ? recipient.purpose() : heading;
        }
        PlanValidation.requireText(text);
        plan.changeItem(itemId, newHeading, text, step(user));
    }

    @Transactional
    public void removeItem(CurrentUser user, long id, long expectedVersion, long itemId) {
        loadForEdit(user, id, expectedVersion).removeItem(itemId, step(user));
    }

    @Transactional
    public void moveItem(CurrentUser user, long id, long expectedVersion, long itemId, int direction) {
        loadForEdit(user, id, expectedVersion).moveItem(itemId, direction, step(user));
    }

    /** Adds an activity ({@code activityId} null) or changes one. */
    @Transactional
    public long saveActivity(CurrentUser user, long id, long expectedVersion, Long activityId,
            ActivityCommand command) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        PlanActivity existing = activityId == null ? null : plan.activity(activityId);
        ActivityData data = validation.validateActivity(user, plan, command,
                existing == null ? null : existing.getParentActivityKey(), existing == null ? null : existing.data());
        if (activityId == null) {
            PlanActivity added = plan.addActivity(data, step(user));
            plans.flush();
            return added.getId();
        }
        plan.changeActivity(activityId, data, step(user));
        return activityId;
    }

    /**
     * Links an activity of a plan that implements another to the parent plan's activity it carries
     * out ({@code parentActivityKey} null unlinks it): the link a unit's implementing plan gets when
     * pre-filled, for a plan whose activities were written rather than pre-filled. Keys are shared by
     * all versions of the parent plan, so any version's activity key names the same activity.
     */
    @Transactional
    public void linkActivity(CurrentUser user, long id, long expectedVersion, long activityId,
            UUID parentActivityKey) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        PlanActivity activity = plan.activity(activityId);
        if (parentActivityKey != null) {
            Plan parent = plan.getParentPlanId() == null ? null : access.load(plan.getParentPlanId());
            if (parent == null || parent.getActivities().stream()
                    .noneMatch(a -> parentActivityKey.equals(a.getActivityKey()))) {
                throw DomainException.onField("parentActivityKey", "plan.error.parentActivity");
            }
        }
        ActivityData d = activity.data();
        plan.changeActivity(activityId, new ActivityData(d.contentItemKey(), d.name(), d.leadNodeId(),
                d.cooperatorNodeIds(), d.audience(), d.outputProduct(), d.quarters(), d.dueDate(), d.channelIds(),
                d.targets(), parentActivityKey), step(user));
    }

    @Transactional
    public void removeActivity(CurrentUser user, long id, long expectedVersion, long activityId) {
        loadForEdit(user, id, expectedVersion).removeActivity(activityId, step(user));
    }

    /**
     * The draft of next year's plan copied from this one. A plan is copied forward once: when a
     * copy exists (a double click, a second tab, fifty parallel requests) its id is returned and
     * nothing is created; the lineage's row locks make parallel calls wait for each other, the
     * unique index of V75 holds if anything else tries.
     */
    @Transactional
    public long copyForward(CurrentUser user, long id) {
        Plan plan = access.loadReadable(user, id);
        PlanAccess.requireDrafter(user, plan);
        plans.lockLineage(plan.getLineageId());
        Optional<Long> existing = plans.copyForwardOf(plan.getLineageId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Plan next = plan.copyForward(step(user));
        next.applyOutline(templates.forNode(plan.getIssuingNodeId()));
        return plans.save(next).getId();
    }

    /**
     * A unit starts its own plan from the plan that assigns it work: the unit's activities come
     * pre-filled and stay linked to the parent's activities. Once per unit and parent plan:
     * parallel calls wait for each other on the parent's row locks and all but the first find
     * the plan the first made ({@code plan.error.alreadyImplementing}).
     */
    @Transactional
    public long startImplementingPlan(CurrentUser user, long parentId) {
        Plan parent = access.loadReadable(user, parentId);
        PlanAccess.requireDrafter(user, user.orgNodeId());
        if (!parent.getStatus().isIssued() || parent.getIssuingNodeId() == user.orgNodeId()) {
            throw new DomainException("plan.error.notImplementable");
        }
        List<PlanActivity> assigned = parent.activitiesAssignedTo(user.orgNodeId());
        if (assigned.isEmpty()) {
            throw new DomainException("plan.error.nothingAssigned");
        }
        plans.lockLineage(parent.getLineageId());
        if (plans.implementingPlans(parent.getLineageId()).stream().anyMatch(c -> c.getNodeId() == user.orgNodeId())) {
            throw new DomainException("plan.error.alreadyImplementing");
        }
        PlanHeader p = parent.header();
        PlanHeader letterhead = letterhead(user.orgNodeId());
        // The title refers to the plan carried out rather than repeating its title for the clerk to delete.
        String title = p.numberAndSymbol() == null ? "" : "Triển khai thực hiện Kế hoạch số " + p.numberAndSymbol();
        PlanHeader header = new PlanHeader(p.year(), parent.getId(), null, null, letterhead.place(), null,
                title, letterhead.parentBody(), letterhead.issuingBody(), null, null, p.reportingDuty(), null,
                "Lưu: VT.", "THỦ TRƯỞNG ĐƠN VỊ", null);
        Plan child = parent.implementingPlan(user.orgNodeId(), header, assigned, step(user));
        child.applyOutline(templates.forNode(user.orgNodeId()));
        return plans.save(child).getId();
    }

    /**
     * A new plan's header as far as the organisation tree knows it: issuing body and parent body
     * (upper case, as printed) and the node's own place; everything else empty.
     */
    public PlanHeader letterhead(long nodeId) {
        Letterhead l = organizations.letterhead(nodeId);
        return new PlanHeader(0, null, null, null, blankToNull(l.place()), null, null,
                blankToNull(l.parentBody().toUpperCase(VIETNAMESE)), blankToNull(l.issuingBody().toUpperCase(VIETNAMESE)),
                null, null, null, null, null, null, null);
    }

    /**
     * Copies one section of the plan this draft implements into it, on the clerk's request (the
     * unit's plan starts with its activities only).
     *
     * @return how many items were copied; none when the section already held them all
     */
    @Transactional
    public int copyItemsFromParent(CurrentUser user, long id, long expectedVersion, ItemKind kind) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        if (plan.getParentPlanId() == null) {
            throw new DomainException("plan.error.noParentPlan");
        }
        Plan parent = access.loadReadable(user, plan.getParentPlanId());
        return plan.copyItemsFrom(parent, kind, step(user));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private Plan loadForEdit(CurrentUser user, long id, long expectedVersion) {
        return access.loadForChange(user, id, expectedVersion, PlanAccess::requireDrafter);
    }

    private Step step(CurrentUser user) {
        return Step.of(user, clock);
    }
}
