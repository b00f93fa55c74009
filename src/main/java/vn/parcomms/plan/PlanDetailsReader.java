package vn.parcomms.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.internal.Plan;
import vn.parcomms.plan.internal.PlanAccess;
import vn.parcomms.plan.internal.PlanActivity;
import vn.parcomms.plan.internal.PlanEventRepository;
import vn.parcomms.plan.internal.PlanItem;
import vn.parcomms.plan.internal.PlanRepository;
import vn.parcomms.plan.internal.PlanViews;
import vn.parcomms.shared.VietnameseOrder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * One plan as its pages and other modules read it: its parts and activities, the history of all
 * its versions, its implementing plans and what the user may do with it. Every method checks that
 * the user may read the plan (see {@link PlanAccess#requireReadable}).
 */
@Service
@Transactional(readOnly = true)
public class PlanDetailsReader {

    private final PlanRepository plans;
    private final PlanEventRepository events;
    private final OrganizationService organizations;
    private final PlanAccess access;
    private final PlanViews views;

    PlanDetailsReader(PlanRepository plans, PlanEventRepository events, OrganizationService organizations,
            PlanAccess access, PlanViews views) {
        this.plans = plans;
        this.events = events;
        this.organizations = organizations;
        this.access = access;
        this.views = views;
    }

    public PlanDetails details(CurrentUser user, long id) {
        Plan plan = access.loadReadable(user, id);
        Map<ItemKind, List<PlanItemView>> items = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            List<PlanItem> list = plan.itemsOf(kind);
            List<PlanItemView> itemViews = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                PlanItem item = list.get(i);
                itemViews.add(new PlanItemView(item.getId(), kind, i, kind.label(i), item.getHeading(), item.getBody(),
                        item.getKey()));
            }
            items.put(kind, itemViews);
        }
        List<Long> versionIds = plans.versionIds(plan.getLineageId());
        Map<Long, PlanSummary> versionRows = views.rowsById(versionIds);
        List<PlanSummary> versions = versionIds.stream().map(versionRows::get).filter(Objects::nonNull).toList();
        Map<Long, Integer> versionNoById = versions.stream()
                .collect(Collectors.toMap(PlanSummary::id, PlanSummary::versionNo));
        List<PlanEventView> history = events.findByPlanIds(versionIds).stream()
                .map(e -> new PlanEventView(e.getPlanId(), versionNoById.getOrDefault(e.getPlanId(), 1), e.getAction(),
                        e.getActorName(), e.getAt(), e.getReason(), e.getDetails()))
                .toList();
        List<PlanRepository.ChildRow> implementingPlans = plans.implementingPlans(plan.getLineageId());
        PlanSummary parent = null;
        if (plan.getParentPlanId() != null) {
            parent = views.rowsById(List.of(plan.getParentPlanId())).get(plan.getParentPlanId());
        }
        return new PlanDetails(plan.getId(), plan.getLineageId(), plan.getVersionNo(), plan.getStatus(),
                plan.getIssuingNodeId(), organizations.find(plan.getIssuingNodeId()).name(), plan.header(), parent,
                items, views.activities(plan.getActivities(), a -> plan), history, versions,
                implementations(plan, implementingPlans), plan.getReturnReason(), plan.getVersion(),
                permissions(user, plan, implementingPlans), outline(plan, items));
    }

    /** The outline's sections in order, numbered I. II. and 1. 2. under each, with their items. */
    private static List<OutlineSectionView> outline(Plan plan, Map<ItemKind, List<PlanItemView>> items) {
        Map<Long, PlanItemView> byId = new java.util.HashMap<>();
        items.values().forEach(list -> list.forEach(view -> byId.put(view.id(), view)));
        List<OutlineSectionView> outline = new ArrayList<>();
        int section = 0;
        int sub = 0;
        for (vn.parcomms.plan.internal.PlanSection s : plan.sections()) {
            String number;
            if (s.getLevel() == 1) {
                number = vn.parcomms.shared.VietnameseNumbering.roman(++section) + ".";
                sub = 0;
            } else {
                number = (++sub) + ".";
            }
            List<PlanItemView> in = plan.itemsIn(s.getKey()).stream().map(i -> byId.get(i.getId()))
                    .filter(Objects::nonNull).toList();
            outline.add(new OutlineSectionView(s.getId() == null ? 0 : s.getId(), s.getKey(), s.getLevel(), number,
                    s.getHeading(), s.getListStyle(), s.getRole(), in));
        }
        return outline;
    }

    /** A plan's header and activities for other modules (reports), with the same read check. */
    public PlanSummary summary(CurrentUser user, long id) {
        access.loadReadable(user, id);
        return views.rowsById(List.of(id)).get(id);
    }

    /**
     * A plan's identity and activities with the same read check as {@link #details}, without
     * loading its history, versions and implementing plans: for rollups computed on every request.
     */
    public PlanActivities planActivities(CurrentUser user, long id) {
        Plan plan = access.loadReadable(user, id);
        return new PlanActivities(plan.getId(), plan.getLineageId(), plan.getStatus(), plan.getIssuingNodeId(),
                plan.header(), views.activities(plan.getActivities(), a -> plan));
    }

    /** The activities of one plan, for whoever may read it. */
    public List<ActivityView> activities(CurrentUser user, long planId) {
        Plan plan = access.loadReadable(user, planId);
        return views.activities(plan.getActivities(), a -> plan);
    }

    /** The next year's copy of a plan, if it was copied forward already (by anyone of its node). */
    public Optional<Long> nextYearCopy(CurrentUser user, long id) {
        Plan plan = access.loadReadable(user, id);
        return plans.copyForwardOf(plan.getLineageId());
    }

    private List<ImplementationStatus> implementations(Plan plan, List<PlanRepository.ChildRow> implementingPlans) {
        Set<Long> assignedNodes = new HashSet<>();
        for (PlanActivity a : plan.getActivities()) {
            assignedNodes.add(a.getLeadNodeId());
        }
        assignedNodes.remove(plan.getIssuingNodeId());
        Map<Long, PlanRepository.ChildRow> latestByNode = new LinkedHashMap<>();
        for (PlanRepository.ChildRow row : implementingPlans) {
            latestByNode.putIfAbsent(row.getNodeId(), row);
            assignedNodes.add(row.getNodeId());
        }
        Map<Long, String> names = views.nodeNames(assignedNodes);
        return assignedNodes.stream()
                .map(nodeId -> {
                    PlanRepository.ChildRow row = latestByNode.get(nodeId);
                    return new ImplementationStatus(nodeId, names.get(nodeId), row == null ? null : row.getId(),
                            row == null ? null : PlanStatus.valueOf(row.getStatus()));
                })
                .sorted(VietnameseOrder.byName(ImplementationStatus::nodeName))
                .toList();
    }

    /** What the pages offer; the same rules as {@link PlanAccess}, which the changes themselves check. */
    private static PlanPermissions permissions(CurrentUser user, Plan plan,
            List<PlanRepository.ChildRow> implementingPlans) {
        boolean own = plan.getIssuingNodeId() == user.orgNodeId();
        boolean drafter = own && user.isAnyOf(Role.OFFICE, Role.UNIT);
        boolean approver = own && user.is(Role.LEADER);
        PlanStatus s = plan.getStatus();
        boolean canImplement = s.isIssued() && !own && user.isAnyOf(Role.OFFICE, Role.UNIT)
                && !plan.activitiesAssignedTo(user.orgNodeId()).isEmpty()
                && implementingPlans.stream().noneMatch(c -> c.getNodeId() == user.orgNodeId());
        return new PlanPermissions(drafter && s == PlanStatus.DRAFT,
                drafter && s == PlanStatus.DRAFT, approver && s == PlanStatus.SUBMITTED,
                approver && s == PlanStatus.SUBMITTED, drafter && s == PlanStatus.ISSUED,
                own && user.isAnyOf(Role.OFFICE, Role.LEADER, Role.UNIT) && s == PlanStatus.ISSUED,
                drafter, canImplement);
    }
}
