package vn.parcomms.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.ChannelView;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.internal.ActivityTarget;
import vn.parcomms.plan.internal.Plan;
import vn.parcomms.plan.internal.PlanActivity;
import vn.parcomms.plan.internal.PlanActivity.ActivityData;
import vn.parcomms.plan.internal.PlanActivityRepository;
import vn.parcomms.plan.internal.PlanEvent;
import vn.parcomms.plan.internal.PlanEventRepository;
import vn.parcomms.plan.internal.PlanItem;
import vn.parcomms.plan.internal.PlanRepository;
import vn.parcomms.plan.internal.PlanRepository.PlanRow;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.Like;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.VietnameseNumbering;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Annual communication plans. Who may do what:
 * <ul>
 * <li>read: plans of nodes in the user's scope, and issued plans of the nodes above the user's
 * own (the plans the user's unit implements); a REVIEWER reads the whole province;</li>
 * <li>draft, edit, submit, amend: OFFICE (or, for a unit's own plan, UNIT) of the issuing node;</li>
 * <li>issue or return: LEADER (or, for a unit's own plan, UNIT: the unit head) of the issuing node.</li>
 * </ul>
 * Every check is made here, where the plan is loaded, whatever the pages show.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    static final int MAX_TARGET = 10_000_000;

    /** Plans per page of the plan list. */
    public static final int PAGE_SIZE = 50;

    private final PlanRepository plans;
    private final PlanEventRepository events;
    private final PlanActivityRepository activities;
    private final OrganizationService organizations;
    private final CatalogService catalog;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanEventRepository events, PlanActivityRepository activities,
            OrganizationService organizations, CatalogService catalog, Clock clock) {
        this.plans = plans;
        this.events = events;
        this.activities = activities;
        this.organizations = organizations;
        this.catalog = catalog;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    public List<PlanSummary> list(CurrentUser user, PlanFilter filter) {
        return plans.list(organizations.scopePath(user), organizations.pathOf(user.orgNodeId()), filter.year(),
                filter.nodeId(), filter.status() == null ? null : filter.status().name(),
                filter.includeSuperseded() || filter.status() == PlanStatus.SUPERSEDED).stream()
                .map(PlanService::toSummary).toList();
    }

    /**
     * One page of the plan list page: the plans {@link #list} would show (the user's scope and
     * the issued plans above the user's node), optionally narrowed to a node's subtree and to
     * issuing nodes whose name or code contains {@code issuer}. The node must be one the user may
     * read plans of (in the scope, or above the user's own node): another is a 403, so the
     * parameter never widens what a user sees. A page past the last shows the last one.
     */
    public PlanPage page(CurrentUser user, PlanSearch search, int page) {
        return page(user, search, page, PAGE_SIZE);
    }

    /** As {@link #page(CurrentUser, PlanSearch, int)} with another page size (1–500). */
    public PlanPage page(CurrentUser user, PlanSearch search, int page, int pageSize) {
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        String scopePath = organizations.scopePath(user);
        String userPath = organizations.pathOf(user.orgNodeId());
        String nodePath = null;
        if (search.nodeId() != null) {
            nodePath = organizations.pathOf(search.nodeId());
            if (!nodePath.startsWith(scopePath) && !userPath.startsWith(nodePath)) {
                throw new ForbiddenException("node " + search.nodeId() + " is outside what " + user.username()
                        + " may list");
            }
        }
        String pattern = Like.containsIgnoringCase(search.issuer());
        String status = search.status() == null ? null : search.status().name();
        boolean superseded = search.includeSuperseded() || search.status() == PlanStatus.SUPERSEDED;
        long total = plans.countPage(scopePath, userPath, search.year(), nodePath, pattern, status, superseded);
        int lastPage = (int) Math.max(0, (total - 1) / pageSize);
        int shown = Math.min(Math.max(page, 0), lastPage);
        List<PlanSummary> rows = total == 0 ? List.of()
                : plans.page(scopePath, userPath, search.year(), nodePath, pattern, status, superseded, pageSize,
                        (long) shown * pageSize).stream().map(PlanService::toSummary).toList();
        return new PlanPage(rows, shown, pageSize, total);
    }

    public List<Integer> years(CurrentUser user) {
        List<Integer> years = new ArrayList<>(plans.yearsInScope(organizations.scopePath(user)));
        int current = LocalDate.now(clock).getYear();
        if (!years.contains(current)) {
            years.add(0, current);
        }
        return years;
    }

    public PlanDetails details(CurrentUser user, long id) {
        Plan plan = load(id);
        requireReadable(user, plan);
        return toDetails(user, plan);
    }

    /** A plan's header and activities for other modules (reports), with the same read check. */
    public PlanSummary summary(CurrentUser user, long id) {
        Plan plan = load(id);
        requireReadable(user, plan);
        return rowsById(List.of(id)).get(id);
    }

    /** Issued plans above the user's node that the user's node can implement. */
    public List<PlanSummary> plansToImplement(CurrentUser user) {
        List<Long> ids = plans.issuedPlansAbove(organizations.pathOf(user.orgNodeId()), user.orgNodeId());
        Map<Long, PlanSummary> rows = rowsById(ids);
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    /**
     * The activities of issued plans assigned to the user's node (as lead or cooperating unit):
     * what a unit sees on its home page and reports on.
     */
    public List<ActivityView> assignedActivities(CurrentUser user) {
        List<Long> ids = plans.assignedActivityIds(user.orgNodeId());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PlanActivity> byId = activities.findAllById(ids).stream()
                .collect(Collectors.toMap(PlanActivity::getId, a -> a));
        List<PlanActivity> ordered = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        return toActivityViews(ordered, PlanActivity::getPlan);
    }

    /**
     * A plan's identity and activities with the same read check as {@link #details}, without
     * loading its history, versions and implementing plans: for rollups computed on every request.
     */
    public PlanActivities planActivities(CurrentUser user, long id) {
        Plan plan = load(id);
        requireReadable(user, plan);
        return new PlanActivities(plan.getId(), plan.getLineageId(), plan.getStatus(), plan.getIssuingNodeId(),
                plan.header(), toActivityViews(plan.getActivities(), a -> plan));
    }

    /**
     * The issued plans of other bodies that assign the user's node work, each with when the
     * activities the node reports on are due: those of its own implementing plan in force, when it
     * has one, otherwise the plan's activities it leads (a plan where it only cooperates then has
     * none). What a unit's report list needs and nothing more: three statements after the
     * organisation look-ups, however many activities and items the plans hold.
     */
    public List<ReportingDuty> reportingDuties(CurrentUser user) {
        long nodeId = user.orgNodeId();
        List<PlanRepository.DutyRow> duties = plans.reportingDuties(nodeId, organizations.pathOf(nodeId),
                organizations.scopePath(user));
        if (duties.isEmpty()) {
            return List.of();
        }
        // The node's own implementing plan of each lineage: its latest version as the plan page
        // shows it; when that is a draft amendment, the version still in force counts.
        Map<UUID, Long> inForceByParentLineage = new HashMap<>();
        List<PlanRepository.ImplementationRow> implementations = plans.implementationsOf(nodeId,
                duties.stream().map(PlanRepository.DutyRow::getLineageId).distinct().toList());
        Map<UUID, PlanRepository.ImplementationRow> latest = new HashMap<>();
        implementations.forEach(row -> latest.putIfAbsent(row.getParentLineageId(), row));
        latest.forEach((parentLineage, row) -> {
            if (PlanStatus.valueOf(row.getStatus()).isIssued()) {
                inForceByParentLineage.put(parentLineage, row.getId());
                return;
            }
            implementations.stream()
                    .filter(v -> v.getLineageId().equals(row.getLineageId())
                            && PlanStatus.valueOf(v.getStatus()).isIssued())
                    .min(java.util.Comparator.comparingInt(PlanRepository.ImplementationRow::getVersionNo))
                    .ifPresent(v -> inForceByParentLineage.put(parentLineage, v.getId()));
        });
        Map<Long, Long> sourceByDuty = new HashMap<>();
        for (PlanRepository.DutyRow duty : duties) {
            sourceByDuty.put(duty.getId(), inForceByParentLineage.getOrDefault(duty.getLineageId(), duty.getId()));
        }
        Map<Long, List<PlanRepository.TimingRow>> timings = plans.timings(new HashSet<>(sourceByDuty.values()))
                .stream().collect(Collectors.groupingBy(PlanRepository.TimingRow::getPlanId));
        List<ReportingDuty> result = new ArrayList<>();
        for (PlanRepository.DutyRow duty : duties) {
            long source = sourceByDuty.get(duty.getId());
            boolean own = source != duty.getId();
            List<ReportingDuty.Timing> mine = timings.getOrDefault(source, List.of()).stream()
                    .filter(t -> own || t.getLeadNodeId() == nodeId)
                    .map(t -> new ReportingDuty.Timing(t.getQuarters().chars().mapToObj(ch -> ch - '0').toList(),
                            t.getDueDate()))
                    .toList();
            result.add(new ReportingDuty(duty.getId(), duty.getLineageId(), duty.getIssuingNodeId(),
                    duty.getDocNumber(), duty.getDocSymbol(), duty.getTitle(), duty.getYear(),
                    PlanStatus.valueOf(duty.getStatus()), mine));
        }
        return result;
    }

    /** The activities of one plan, for whoever may read it. */
    public List<ActivityView> activities(CurrentUser user, long planId) {
        Plan plan = load(planId);
        requireReadable(user, plan);
        return toActivityViews(plan.getActivities(), a -> plan);
    }

    // ---------------------------------------------------------------- drafting

    @Transactional
    public long create(CurrentUser user, PlanHeader header) {
        requireDrafter(user, user.orgNodeId());
        validateHeader(user, user.orgNodeId(), header);
        Plan plan = plans.save(new Plan(user.orgNodeId(), header, user.id()));
        record(plan, "CREATED", user, null, null);
        return plan.getId();
    }

    @Transactional
    public void updateHeader(CurrentUser user, long id, long expectedVersion, PlanHeader header) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        validateHeader(user, plan.getIssuingNodeId(), header);
        plan.changeHeader(header);
        record(plan, "HEADER_CHANGED", user, null, null);
    }

    @Transactional
    public long addItem(CurrentUser user, long id, long expectedVersion, ItemKind kind, String heading, String body) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        requireText(body);
        PlanItem item = plan.addItem(kind, heading, body);
        plans.flush();
        record(plan, "ITEM_ADDED", user, null, kind.name());
        return item.getId();
    }

    @Transactional
    public void changeItem(CurrentUser user, long id, long expectedVersion, long itemId, String heading, String body) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        requireText(body);
        plan.changeItem(itemId, heading, body);
        record(plan, "ITEM_CHANGED", user, null, kindOf(plan, itemId));
    }

    @Transactional
    public void removeItem(CurrentUser user, long id, long expectedVersion, long itemId) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        String kind = kindOf(plan, itemId);
        plan.removeItem(itemId);
        record(plan, "ITEM_REMOVED", user, null, kind);
    }

    @Transactional
    public void moveItem(CurrentUser user, long id, long expectedVersion, long itemId, int direction) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        plan.moveItem(itemId, direction);
        record(plan, "ITEM_MOVED", user, null, kindOf(plan, itemId));
    }

    /** Adds an activity ({@code activityId} null) or changes one. */
    @Transactional
    public long saveActivity(CurrentUser user, long id, long expectedVersion, Long activityId,
            ActivityCommand command) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        PlanActivity existing = activityId == null ? null : plan.activity(activityId);
        ActivityData data = validateActivity(user, plan, command,
                existing == null ? null : existing.getParentActivityKey(), existing == null ? null : existing.data());
        if (activityId == null) {
            PlanActivity added = plan.addActivity(data);
            plans.flush();
            record(plan, "ACTIVITY_ADDED", user, null, null);
            return added.getId();
        }
        plan.changeActivity(activityId, data);
        record(plan, "ACTIVITY_CHANGED", user, null, null);
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
            Plan parent = plan.getParentPlanId() == null ? null : load(plan.getParentPlanId());
            if (parent == null || parent.getActivities().stream()
                    .noneMatch(a -> parentActivityKey.equals(a.getActivityKey()))) {
                throw DomainException.onField("parentActivityKey", "plan.error.parentActivity");
            }
        }
        ActivityData d = activity.data();
        plan.changeActivity(activityId, new ActivityData(d.contentItemKey(), d.name(), d.leadNodeId(),
                d.cooperatorNodeIds(), d.audience(), d.outputProduct(), d.quarters(), d.dueDate(), d.channelIds(),
                d.targets(), parentActivityKey));
        record(plan, "ACTIVITY_CHANGED", user, null, null);
    }

    @Transactional
    public void removeActivity(CurrentUser user, long id, long expectedVersion, long activityId) {
        Plan plan = loadForEdit(user, id, expectedVersion);
        plan.removeActivity(activityId);
        record(plan, "ACTIVITY_REMOVED", user, null, null);
    }

    // ---------------------------------------------------------------- lifecycle

    /** Submits the draft; false when this user's same submission was done already (a repeated click). */
    @Transactional
    public boolean submit(CurrentUser user, long id, long expectedVersion) {
        if (alreadyDone(user, id, expectedVersion, "SUBMITTED")) {
            return false;
        }
        Plan plan = loadForChange(user, id, expectedVersion);
        requireDrafter(user, plan.getIssuingNodeId());
        plan.submit();
        record(plan, "SUBMITTED", user, null, null);
        return true;
    }

    /** Issues the plan; false when this user's same issue was done already (a repeated click). */
    @Transactional
    public boolean issue(CurrentUser user, long id, long expectedVersion) {
        if (alreadyDone(user, id, expectedVersion, "ISSUED")) {
            return false;
        }
        Plan plan = loadForChange(user, id, expectedVersion);
        requireApprover(user, plan.getIssuingNodeId());
        if (plan.getDocNumber() != null && plan.getIssueDate() != null
                && plans.countSameNumber(plan.getIssuingNodeId(), plan.getDocNumber(), plan.getIssueDate().getYear(),
                        plan.getLineageId()) > 0) {
            throw new DomainException("plan.error.numberTaken", plan.getDocNumber(), plan.getIssueDate().getYear());
        }
        plan.issue();
        String changes = null;
        if (plan.getVersionNo() > 1) {
            List<Long> versions = plans.versionIds(plan.getLineageId());
            for (Long otherId : versions) {
                Plan other = load(otherId);
                if (other.getId() != plan.getId() && other.getStatus() == PlanStatus.ISSUED) {
                    changes = PlanChanges.between(other, plan);
                    other.supersede();
                    record(other, "SUPERSEDED", user, null, "v" + plan.getVersionNo());
                }
            }
        }
        record(plan, "ISSUED", user, null, changes);
        return true;
    }

    /** Returns the plan to its drafters; false when this user's same return was done already. */
    @Transactional
    public boolean returnToDraft(CurrentUser user, long id, long expectedVersion, String reason) {
        if (alreadyDone(user, id, expectedVersion, "RETURNED")) {
            return false;
        }
        Plan plan = loadForChange(user, id, expectedVersion);
        requireApprover(user, plan.getIssuingNodeId());
        plan.returnForRevision(reason);
        record(plan, "RETURNED", user, reason == null ? null : reason.trim(), null);
        return true;
    }

    /** Closes the plan; false when this user's same closing was done already (a repeated click). */
    @Transactional
    public boolean close(CurrentUser user, long id, long expectedVersion) {
        if (alreadyDone(user, id, expectedVersion, "CLOSED")) {
            return false;
        }
        Plan plan = loadForChange(user, id, expectedVersion);
        if (plan.getIssuingNodeId() != user.orgNodeId()
                || !user.isAnyOf(Role.OFFICE, Role.LEADER, Role.UNIT)) {
            throw new ForbiddenException(user.username() + " may not close plan " + id);
        }
        plan.close();
        record(plan, "CLOSED", user, null, null);
        return true;
    }

    /** Starts the next version of an issued plan; the issued one stays in force until the new one is issued. */
    @Transactional
    public long amend(CurrentUser user, long id, long expectedVersion) {
        Plan plan = loadForChange(user, id, expectedVersion);
        requireDrafter(user, plan.getIssuingNodeId());
        for (Long versionId : plans.versionIds(plan.getLineageId())) {
            PlanStatus status = load(versionId).getStatus();
            if (status == PlanStatus.DRAFT || status == PlanStatus.SUBMITTED) {
                throw new DomainException("plan.error.amendmentOpen");
            }
        }
        Plan next = plans.save(plan.amendment(user.id()));
        record(next, "AMENDED", user, null, "v" + plan.getVersionNo());
        return next.getId();
    }

    /**
     * The draft of next year's plan copied from this one. A plan is copied forward once: when a
     * copy exists (a double click, a second tab, fifty parallel requests) its id is returned and
     * nothing is created; the lineage's row locks make parallel calls wait for each other, the
     * unique index of V75 holds if anything else tries.
     */
    @Transactional
    public long copyForward(CurrentUser user, long id) {
        Plan plan = load(id);
        requireReadable(user, plan);
        requireDrafter(user, plan.getIssuingNodeId());
        plans.lockLineage(plan.getLineageId());
        Optional<Long> existing = plans.copyForwardOf(plan.getLineageId());
        if (existing.isPresent()) {
            return existing.get();
        }
        Plan next = plans.save(plan.copyForward(user.id()));
        record(next, "COPIED_FORWARD", user, null, Integer.toString(plan.getYear()));
        return next.getId();
    }

    /** The next year's copy of a plan, if it was copied forward already (by anyone of its node). */
    public Optional<Long> nextYearCopy(CurrentUser user, long id) {
        Plan plan = load(id);
        requireReadable(user, plan);
        return plans.copyForwardOf(plan.getLineageId());
    }

    /**
     * A unit starts its own plan from the plan that assigns it work: the unit's activities come
     * pre-filled and stay linked to the parent's activities. Once per unit and parent plan:
     * parallel calls wait for each other on the parent's row locks and all but the first find
     * the plan the first made ({@code plan.error.alreadyImplementing}).
     */
    @Transactional
    public long startImplementingPlan(CurrentUser user, long parentId) {
        Plan parent = load(parentId);
        requireReadable(user, parent);
        requireDrafter(user, user.orgNodeId());
        if (!parent.getStatus().isIssued() || parent.getIssuingNodeId() == user.orgNodeId()) {
            throw new DomainException("plan.error.notImplementable");
        }
        List<PlanActivity> assigned = assignedIn(parent, user.orgNodeId());
        if (assigned.isEmpty()) {
            throw new DomainException("plan.error.nothingAssigned");
        }
        plans.lockLineage(parent.getLineageId());
        if (existingImplementation(parent, user.orgNodeId()) != null) {
            throw new DomainException("plan.error.alreadyImplementing");
        }
        OrgNodeView unit = organizations.find(user.orgNodeId());
        OrgNodeView parentNode = organizations.find(parent.getIssuingNodeId());
        PlanHeader p = parent.header();
        PlanHeader header = new PlanHeader(p.year(), parent.getId(), null, null, p.place(), null,
                p.title() + " — " + unit.name(), parentNode.name().toUpperCase(java.util.Locale.ROOT),
                unit.name().toUpperCase(java.util.Locale.ROOT), null, null, p.reportingDuty(), null, "Lưu: VT.",
                "THỦ TRƯỞNG ĐƠN VỊ", null);
        Plan child = plans.save(parent.implementingPlan(user.orgNodeId(), header, assigned, user.id()));
        record(child, "IMPLEMENTING_STARTED", user, null, parent.getDocNumber());
        return child.getId();
    }

    // ---------------------------------------------------------------- rules

    private static PlanPermissions permissions(CurrentUser user, Plan plan,
            List<PlanRepository.ChildRow> implementingPlans) {
        boolean own = plan.getIssuingNodeId() == user.orgNodeId();
        boolean drafter = own && user.isAnyOf(Role.OFFICE, Role.UNIT);
        boolean approver = own && user.isAnyOf(Role.LEADER, Role.UNIT);
        PlanStatus s = plan.getStatus();
        boolean canImplement = s.isIssued() && !own && user.isAnyOf(Role.OFFICE, Role.UNIT)
                && !assignedIn(plan, user.orgNodeId()).isEmpty()
                && implementingPlans.stream().noneMatch(c -> c.getNodeId() == user.orgNodeId());
        return new PlanPermissions(drafter && s == PlanStatus.DRAFT,
                drafter && s == PlanStatus.DRAFT, approver && s == PlanStatus.SUBMITTED,
                approver && s == PlanStatus.SUBMITTED, drafter && s == PlanStatus.ISSUED,
                own && user.isAnyOf(Role.OFFICE, Role.LEADER, Role.UNIT) && s == PlanStatus.ISSUED,
                drafter, canImplement);
    }

    private static List<PlanActivity> assignedIn(Plan plan, long nodeId) {
        return plan.getActivities().stream()
                .filter(a -> a.getLeadNodeId() == nodeId || a.getCooperatorNodeIds().contains(nodeId))
                .toList();
    }

    private Long existingImplementation(Plan plan, long nodeId) {
        return plans.implementingPlans(plan.getLineageId()).stream()
                .filter(c -> c.getNodeId() == nodeId).map(PlanRepository.ChildRow::getId).findFirst().orElse(null);
    }

    private void requireReadable(CurrentUser user, Plan plan) {
        if (organizations.isInScope(user, plan.getIssuingNodeId())) {
            return;
        }
        if (plan.getStatus().isIssued() || plan.getStatus() == PlanStatus.SUPERSEDED) {
            if (organizations.isWithin(user.orgNodeId(), plan.getIssuingNodeId())) {
                return;
            }
        }
        throw new ForbiddenException(user.username() + " may not read plan " + plan.getId());
    }

    private static void requireDrafter(CurrentUser user, long nodeId) {
        if (user.orgNodeId() != nodeId || !user.isAnyOf(Role.OFFICE, Role.UNIT)) {
            throw new ForbiddenException(user.username() + " may not draft plans of node " + nodeId);
        }
    }

    private static void requireApprover(CurrentUser user, long nodeId) {
        if (user.orgNodeId() != nodeId || !user.isAnyOf(Role.LEADER, Role.UNIT)) {
            throw new ForbiddenException(user.username() + " may not approve plans of node " + nodeId);
        }
    }

    private void validateHeader(CurrentUser user, long issuingNodeId, PlanHeader header) {
        if (header.year() < 2000 || header.year() > 2100) {
            throw DomainException.onField("year", "plan.error.year");
        }
        if (header.title() == null || header.title().isBlank()) {
            throw DomainException.onField("title", "NotBlank");
        }
        if (header.issueDate() != null && Math.abs(header.issueDate().getYear() - header.year()) > 1) {
            throw DomainException.onField("issueDate", "plan.error.issueDateYear");
        }
        if (header.parentPlanId() != null) {
            Plan parent = plans.findById(header.parentPlanId()).orElse(null);
            if (parent == null || !parent.getStatus().isIssued()
                    || parent.getIssuingNodeId() == issuingNodeId
                    || !organizations.isWithin(issuingNodeId, parent.getIssuingNodeId())) {
                throw DomainException.onField("parentPlanId", "plan.error.parentPlan");
            }
        }
    }

    private ActivityData validateActivity(CurrentUser user, Plan plan, ActivityCommand c, UUID parentKey,
            ActivityData existing) {
        if (c.name() == null || c.name().isBlank()) {
            throw DomainException.onField("name", "NotBlank");
        }
        if (c.contentItemKey() != null && plan.itemsOf(ItemKind.CONTENT).stream()
                .noneMatch(i -> i.getKey().equals(c.contentItemKey()))) {
            throw DomainException.onField("contentItemKey", "plan.error.contentItem");
        }
        if (!organizations.isWithin(c.leadNodeId(), plan.getIssuingNodeId())) {
            throw DomainException.onField("leadNodeId", "plan.error.leadOutside");
        }
        long province = organizations.provinceIdOf(plan.getIssuingNodeId());
        for (Long cooperator : c.cooperatorNodeIds()) {
            if (!organizations.isWithin(cooperator, province)) {
                throw DomainException.onField("cooperatorNodeIds", "plan.error.cooperatorOutside");
            }
        }
        for (Integer quarter : c.quarters()) {
            if (quarter == null || quarter < 1 || quarter > 4) {
                throw DomainException.onField("quarters", "plan.error.quarter");
            }
        }
        if (c.dueDate() != null && c.dueDate().getYear() != plan.getYear()) {
            throw DomainException.onField("dueDate", "plan.error.dueDateYear", plan.getYear());
        }
        // New choices must be active catalogue entries; an entry deactivated since the activity was
        // saved may stay on it, so that editing an old activity does not fail.
        Set<Long> visibleChannels = catalog.activeChannels(user).stream().map(ChannelView::id)
                .collect(Collectors.toSet());
        Set<Long> visibleIndicators = catalog.activeIndicators(user).stream().map(IndicatorView::id)
                .collect(Collectors.toSet());
        if (existing != null) {
            visibleChannels.addAll(existing.channelIds());
            existing.targets().forEach(t -> visibleIndicators.add(t.getIndicatorId()));
        }
        if (!visibleChannels.containsAll(c.channelIds())) {
            throw DomainException.onField("channelIds", "plan.error.channel");
        }
        List<ActivityTarget> targets = new ArrayList<>();
        for (Map.Entry<Long, Integer> t : c.targets().entrySet()) {
            if (!visibleIndicators.contains(t.getKey())) {
                throw DomainException.onField("targets", "plan.error.indicator");
            }
            if (t.getValue() == null || t.getValue() < 0 || t.getValue() > MAX_TARGET) {
                throw DomainException.onField("targets", "plan.error.target", MAX_TARGET);
            }
            targets.add(new ActivityTarget(t.getKey(), t.getValue()));
        }
        String quarters = c.quarters().stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining());
        return new ActivityData(c.contentItemKey(), c.name().trim(), c.leadNodeId(),
                c.cooperatorNodeIds().stream().filter(n -> n != c.leadNodeId()).distinct().toList(),
                blankToNull(c.audience()), blankToNull(c.outputProduct()), quarters, c.dueDate(),
                c.channelIds().stream().distinct().toList(), targets, parentKey);
    }

    private static void requireText(String body) {
        if (body == null || body.isBlank()) {
            throw DomainException.onField("body", "NotBlank");
        }
        if (body.length() > 20_000) {
            throw DomainException.onField("body", "plan.error.tooLong");
        }
    }

    private Plan loadForEdit(CurrentUser user, long id, long expectedVersion) {
        Plan plan = loadForChange(user, id, expectedVersion);
        requireDrafter(user, plan.getIssuingNodeId());
        return plan;
    }

    /**
     * A transition sent again from the same page: the plan has moved on from the version the page
     * showed and its latest step is this very user's same action. The caller changes nothing and
     * says so, instead of a 409 page for a double click. Anyone else's change still conflicts.
     */
    private boolean alreadyDone(CurrentUser user, long id, long expectedVersion, String action) {
        Plan plan = load(id);
        requireReadable(user, plan);
        if (plan.getVersion() == expectedVersion) {
            return false;
        }
        return events.findFirstByPlanIdOrderByAtDescIdDesc(id)
                .filter(e -> action.equals(e.getAction()) && Objects.equals(e.getActorId(), user.id()))
                .isPresent();
    }

    private Plan loadForChange(CurrentUser user, long id, long expectedVersion) {
        Plan plan = load(id);
        requireReadable(user, plan);
        if (plan.getVersion() != expectedVersion) {
            throw new ConflictException("plan", id);
        }
        return plan;
    }

    private Plan load(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    private void record(Plan plan, String action, CurrentUser user, String reason, String details) {
        events.save(new PlanEvent(plan.getId(), action, user.id() == 0 ? null : user.id(), user.fullName(),
                clock.instant(), reason, details));
    }

    private static String kindOf(Plan plan, long itemId) {
        return plan.getItems().stream().filter(i -> Objects.equals(i.getId(), itemId)).findFirst()
                .map(i -> i.getKind().name()).orElse(null);
    }

    // ---------------------------------------------------------------- views

    private PlanDetails toDetails(CurrentUser user, Plan plan) {
        Map<ItemKind, List<PlanItemView>> items = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            List<PlanItem> list = plan.itemsOf(kind);
            List<PlanItemView> views = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                PlanItem item = list.get(i);
                views.add(new PlanItemView(item.getId(), kind, i, label(kind, i), item.getHeading(), item.getBody(),
                        item.getKey()));
            }
            items.put(kind, views);
        }
        List<Long> versionIds = plans.versionIds(plan.getLineageId());
        Map<Long, PlanSummary> versionRows = rowsById(versionIds);
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
            parent = rowsById(List.of(plan.getParentPlanId())).get(plan.getParentPlanId());
        }
        return new PlanDetails(plan.getId(), plan.getLineageId(), plan.getVersionNo(), plan.getStatus(),
                plan.getIssuingNodeId(), organizations.find(plan.getIssuingNodeId()).name(), plan.header(), parent,
                items, toActivityViews(plan.getActivities(), a -> plan), history, versions,
                implementations(plan, implementingPlans), plan.getReturnReason(), plan.getVersion(),
                permissions(user, plan, implementingPlans));
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
        Map<Long, String> names = nodeNames(assignedNodes);
        return assignedNodes.stream()
                .map(nodeId -> {
                    PlanRepository.ChildRow row = latestByNode.get(nodeId);
                    return new ImplementationStatus(nodeId, names.get(nodeId), row == null ? null : row.getId(),
                            row == null ? null : PlanStatus.valueOf(row.getStatus()));
                })
                .sorted(java.util.Comparator.comparing(ImplementationStatus::nodeName))
                .toList();
    }

    private List<ActivityView> toActivityViews(Collection<PlanActivity> list, Function<PlanActivity, Plan> planOf) {
        Set<Long> nodeIds = new HashSet<>();
        Set<Long> channelIds = new HashSet<>();
        Set<Long> indicatorIds = new HashSet<>();
        for (PlanActivity a : list) {
            nodeIds.add(a.getLeadNodeId());
            nodeIds.addAll(a.getCooperatorNodeIds());
            channelIds.addAll(a.getChannelIds());
            a.getTargets().forEach(t -> indicatorIds.add(t.getIndicatorId()));
        }
        Map<Long, String> names = nodeNames(nodeIds);
        Map<Long, ChannelView> channels = catalog.channelsById(channelIds);
        Map<Long, IndicatorView> indicators = catalog.indicatorsById(indicatorIds);
        List<ActivityView> views = new ArrayList<>();
        for (PlanActivity a : list) {
            Plan plan = planOf.apply(a);
            List<PlanItem> contents = plan.itemsOf(ItemKind.CONTENT);
            String contentLabel = null;
            String contentText = null;
            for (int i = 0; i < contents.size(); i++) {
                if (contents.get(i).getKey().equals(a.getContentItemKey())) {
                    contentLabel = label(ItemKind.CONTENT, i);
                    contentText = contents.get(i).getBody();
                }
            }
            views.add(new ActivityView(a.getId(), a.getActivityKey(), a.getParentActivityKey(), plan.getId(),
                    a.getContentItemKey(), contentLabel, contentText, a.getPosition(), a.getName(), a.getLeadNodeId(),
                    names.get(a.getLeadNodeId()),
                    a.getCooperatorNodeIds().stream().map(n -> new ActivityView.NodeRef(n, names.get(n))).toList(),
                    a.getChannelIds().stream().map(channels::get).filter(Objects::nonNull)
                            .map(ch -> new ActivityView.ChannelRef(ch.id(), ch.name(), ch.nameEn())).toList(),
                    a.getAudience(), a.getOutputProduct(),
                    a.getQuarters().chars().mapToObj(ch -> ch - '0').toList(), a.getDueDate(),
                    a.getTargets().stream().map(t -> {
                        IndicatorView iv = indicators.get(t.getIndicatorId());
                        return new ActivityView.TargetView(t.getIndicatorId(), iv == null ? "?" : iv.name(),
                                iv == null ? null : iv.nameEn(), iv == null ? "" : iv.unit(), t.getTarget());
                    }).toList()));
        }
        return views;
    }

    private Map<Long, String> nodeNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        organizations.findAll(ids).forEach((id, node) -> names.put(id, node.name()));
        return names;
    }

    private Map<Long, PlanSummary> rowsById(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return plans.rows(ids).stream().map(PlanService::toSummary)
                .collect(Collectors.toMap(PlanSummary::id, Function.identity()));
    }

    /** The label of the item at {@code index}: lettered parts "a)", numbered parts "1.", others "-". */
    static String label(ItemKind kind, int index) {
        if (kind.isLettered()) {
            return VietnameseNumbering.letter(index) + ")";
        }
        if (kind == ItemKind.SOLUTION || kind == ItemKind.DUTY) {
            return (index + 1) + ".";
        }
        return "-";
    }

    private static PlanSummary toSummary(PlanRow r) {
        return new PlanSummary(r.getId(), r.getVersionNo(), r.getYear(), r.getDocNumber(), r.getDocSymbol(),
                r.getTitle(), PlanStatus.valueOf(r.getStatus()), r.getIssuingNodeId(), r.getIssuingNodeName(),
                r.getIssueDate(), r.getParentPlanId(), r.getActivityCount(), r.getUpdatedAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
