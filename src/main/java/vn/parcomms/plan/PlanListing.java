package vn.parcomms.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.internal.PlanActivity;
import vn.parcomms.plan.internal.PlanActivityRepository;
import vn.parcomms.plan.internal.PlanRepository;
import vn.parcomms.plan.internal.PlanViews;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.SearchText;
import vn.parcomms.shared.security.CurrentUser;

/**
 * The lists of plans a user may see: the plans of the nodes in the user's scope and the issued
 * plans above the user's node (the plans the user's unit implements), what is assigned to the
 * user's node and what it reports on. A REVIEWER's scope is the whole province.
 */
@Service
@Transactional(readOnly = true)
public class PlanListing {

    /** Plans per page of the plan list. */
    public static final int PAGE_SIZE = 50;

    private final PlanRepository plans;
    private final PlanActivityRepository activities;
    private final OrganizationService organizations;
    private final PlanViews views;
    private final Clock clock;

    PlanListing(PlanRepository plans, PlanActivityRepository activities, OrganizationService organizations,
            PlanViews views, Clock clock) {
        this.plans = plans;
        this.activities = activities;
        this.organizations = organizations;
        this.views = views;
        this.clock = clock;
    }

    public List<PlanSummary> list(CurrentUser user, PlanFilter filter) {
        return plans.list(organizations.scopePath(user), organizations.pathOf(user.orgNodeId()), filter.year(),
                filter.nodeId(), filter.status() == null ? null : filter.status().name(),
                filter.includeSuperseded() || filter.status() == PlanStatus.SUPERSEDED).stream()
                .map(PlanViews::summary).toList();
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
        String text = SearchText.of(search.issuer());
        String status = search.status() == null ? null : search.status().name();
        boolean superseded = search.includeSuperseded() || search.status() == PlanStatus.SUPERSEDED;
        long total = plans.countPage(scopePath, userPath, search.year(), nodePath, text, status, superseded);
        int lastPage = (int) Math.max(0, (total - 1) / pageSize);
        int shown = Math.min(Math.max(page, 0), lastPage);
        List<PlanSummary> rows = total == 0 ? List.of()
                : plans.page(scopePath, userPath, search.year(), nodePath, text, status, superseded, pageSize,
                        (long) shown * pageSize).stream().map(PlanViews::summary).toList();
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

    /**
     * The plans of the user's own node waiting for the user: for a LEADER those submitted for
     * approval, for an OFFICE those returned with a reason. One statement; other roles none.
     */
    public List<PlanToDo> toDo(CurrentUser user) {
        boolean leader = user.is(vn.parcomms.shared.security.Role.LEADER);
        boolean office = user.isAnyOf(vn.parcomms.shared.security.Role.OFFICE, vn.parcomms.shared.security.Role.UNIT);
        if (!leader && !office) {
            return List.of();
        }
        return plans.toDo(user.orgNodeId(), leader, office).stream()
                .map(r -> new PlanToDo(r.getId(), r.getDocNumber() == null ? r.getTitle()
                        : r.getDocNumber() + (r.getDocSymbol() == null ? "" : "/" + r.getDocSymbol()), r.getYear(),
                        PlanStatus.valueOf(r.getStatus()), r.getReturnReason()))
                .toList();
    }

    /** Issued plans above the user's node that the user's node can implement. */
    public List<PlanSummary> plansToImplement(CurrentUser user) {
        List<Long> ids = plans.issuedPlansAbove(organizations.pathOf(user.orgNodeId()), user.orgNodeId());
        Map<Long, PlanSummary> rows = views.rowsById(ids);
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
        return views.activities(ordered, PlanActivity::getPlan);
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
                    .min(Comparator.comparingInt(PlanRepository.ImplementationRow::getVersionNo))
                    .ifPresent(v -> inForceByParentLineage.put(parentLineage, v.getId()));
        });
        Map<Long, Long> sourceByDuty = new HashMap<>();
        for (PlanRepository.DutyRow duty : duties) {
            sourceByDuty.put(duty.getId(), inForceByParentLineage.getOrDefault(duty.getLineageId(), duty.getId()));
        }
        Map<Long, List<PlanRepository.TimingRow>> timings = plans.timings(new HashSet<>(sourceByDuty.values()), nodeId)
                .stream().collect(Collectors.groupingBy(PlanRepository.TimingRow::getPlanId));
        List<ReportingDuty> result = new ArrayList<>();
        for (PlanRepository.DutyRow duty : duties) {
            long source = sourceByDuty.get(duty.getId());
            boolean own = source != duty.getId();
            List<ReportingDuty.Timing> mine = timings.getOrDefault(source, List.of()).stream()
                    // the unit's own work and the work its predecessors led (ADR 0023)
                    .filter(t -> own || t.getLedByNode())
                    .map(t -> new ReportingDuty.Timing(t.getQuarters().chars().mapToObj(ch -> ch - '0').toList(),
                            t.getDueDate()))
                    .toList();
            result.add(new ReportingDuty(duty.getId(), duty.getLineageId(), duty.getIssuingNodeId(),
                    duty.getDocNumber(), duty.getDocSymbol(), duty.getTitle(), duty.getYear(),
                    PlanStatus.valueOf(duty.getStatus()), duty.getFirstIssueDate(), mine));
        }
        return result;
    }

    /**
     * The day the first version of each plan lineage was issued (ADR 0032: a period whose deadline
     * passed before then waits for the office's decision). One statement; lineages never issued
     * are absent. Plans are scoped where they are read; a date alone tells nothing.
     */
    public Map<UUID, java.time.LocalDate> firstIssueDates(java.util.Collection<UUID> lineages) {
        if (lineages.isEmpty()) {
            return Map.of();
        }
        Map<UUID, java.time.LocalDate> result = new HashMap<>();
        plans.firstIssueDates(lineages).forEach(r -> result.put(r.getLineageId(), r.getFirstIssueDate()));
        return result;
    }
}
