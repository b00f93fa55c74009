package vn.parcomms.todo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import vn.parcomms.consolidation.AgencyTimeliness;
import vn.parcomms.consolidation.ConsolidationDeadlineService;
import vn.parcomms.consolidation.ConsolidationRow;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.consolidation.ConsolidationStatus;
import vn.parcomms.consolidation.ConsolidationTimeliness;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanToDo;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.UnitReportRow;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.ReportStatus;
import vn.parcomms.report.ReportToDo;
import vn.parcomms.report.ReportToDos;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The to-do list of the signed-in user's role and node. Each kind of entry is one call to its
 * owner's read API, which scopes it to the user's own node; nothing is stored.
 */
@Service
@Transactional(readOnly = true)
public class ToDoService {

    /** A unit's report shows from this many days before its deadline (and stays while overdue). */
    public static final int DUE_WITHIN_DAYS = 30;

    private final PlanListing plans;
    private final ReportToDos reportToDos;
    private final ReportListing reportListing;
    private final ConsolidationService consolidations;
    private final ConsolidationDeadlineService deadlines;
    private final Clock clock;

    ToDoService(PlanListing plans, ReportToDos reportToDos, ReportListing reportListing,
            ConsolidationService consolidations, ConsolidationDeadlineService deadlines, Clock clock) {
        this.plans = plans;
        this.reportToDos = reportToDos;
        this.reportListing = reportListing;
        this.consolidations = consolidations;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public List<ToDoItem> of(CurrentUser user) {
        return of(user, user.is(Role.UNIT) ? plans.assignedActivities(user) : List.of());
    }

    /**
     * The same, with the activities assigned to the user's unit that the caller has read already
     * ({@link PlanListing#assignedActivities}; the home page shows them too): not read twice.
     */
    public List<ToDoItem> of(CurrentUser user, List<ActivityView> assignedActivities) {
        List<ToDoItem> items = new ArrayList<>();
        switch (user.role()) {
            case OFFICE -> office(user, items);
            case LEADER -> leader(user, items);
            case UNIT -> unit(user, assignedActivities, items);
            case REVIEWER -> reviewer(user, items);
            case ADMIN -> {
            }
        }
        return items;
    }

    private void office(CurrentUser user, List<ToDoItem> items) {
        for (ReportToDo r : reportToDos.ofOffice(user)) {
            items.add(new ToDoItem(r.status() == ReportStatus.SUBMITTED ? ToDoKind.REPORT_TO_REVIEW
                    : ToDoKind.REPORT_RETURNED_TO_UNIT, r.unitName(), r.period().name(), r.year(), null, null,
                    "/reports/" + r.reportId(), null));
        }
        for (ReportToDos.Overdue o : reportToDos.overdueOfOffice(user)) {
            var link = UriComponentsBuilder.fromPath("/reports").queryParam("plan", o.planId())
                    .queryParam("period", o.period());
            items.add(o.toDecide()
                    ? new ToDoItem(ToDoKind.PERIOD_TO_DECIDE, o.planLabel(), o.period().name(), o.year(), o.units(),
                            null, link.fragment("period-decision").build().toUriString(), null)
                    : new ToDoItem(ToDoKind.UNITS_OVERDUE, o.planLabel(), o.period().name(), o.year(), o.units(),
                            null, link.queryParam("status", "OVERDUE").build().toUriString(), null));
        }
        for (PlanToDo p : plans.toDo(user)) {
            items.add(new ToDoItem(ToDoKind.PLAN_RETURNED, p.label(), null, p.year(), null, p.returnReason(),
                    "/plans/" + p.planId(), null));
        }
        for (ConsolidationRow c : consolidations.toDo(user)) {
            items.add(new ToDoItem(c.status() == ConsolidationStatus.APPROVED ? ToDoKind.CONSOLIDATION_TO_SEND
                    : ToDoKind.CONSOLIDATION_TO_PREPARE, c.planLabel(), c.period().name(), c.year(), null, null,
                    "/consolidations/" + c.id(), null));
        }
    }

    private void leader(CurrentUser user, List<ToDoItem> items) {
        for (PlanToDo p : plans.toDo(user)) {
            if (p.status() == PlanStatus.SUBMITTED) {
                items.add(new ToDoItem(ToDoKind.PLAN_TO_APPROVE, p.label(), null, p.year(), null, null,
                        "/plans/" + p.planId(), null));
            }
        }
        for (ConsolidationRow c : consolidations.toDo(user)) {
            items.add(new ToDoItem(ToDoKind.CONSOLIDATION_TO_APPROVE, c.planLabel(), c.period().name(), c.year(), null,
                    null, "/consolidations/" + c.id(), null));
        }
    }

    private void unit(CurrentUser user, List<ActivityView> assignedActivities, List<ToDoItem> items) {
        List<ReportToDo> returnedReports = reportToDos.returnedToUnit(user);
        Map<Long, String> reasons = returnedReports.stream()
                .collect(Collectors.toMap(ReportToDo::reportId, r -> r.returnReason() == null ? "" : r.returnReason(),
                        (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        List<UnitReportRow> rows = reportListing.myReports(user);
        Set<Long> listed = new java.util.HashSet<>();
        for (UnitReportRow r : rows) {
            long daysLeft = ChronoUnit.DAYS.between(today, r.deadline());
            if (!owed(r.status()) || daysLeft > DUE_WITHIN_DAYS) {
                continue;
            }
            boolean returned = r.reportId() != null && reasons.containsKey(r.reportId());
            items.add(new ToDoItem(returned ? ToDoKind.REPORT_RETURNED : ToDoKind.REPORT_DUE, r.planLabel(),
                    r.period().name(), r.year(), daysLeft, returned ? reasons.get(r.reportId()) : null,
                    r.reportId() == null ? null : "/reports/" + r.reportId(), r.reportId() == null ? r.planId() : null));
            if (r.reportId() != null) {
                listed.add(r.reportId());
            }
        }
        // Returned reports whose deadline is still far off are not among the reminders: listed too.
        for (ReportToDo r : returnedReports) {
            if (!listed.contains(r.reportId())) {
                items.add(new ToDoItem(ToDoKind.REPORT_RETURNED, r.unitName(), r.period().name(), r.year(), null,
                        r.returnReason(), "/reports/" + r.reportId(), null));
            }
        }
        int quarter = (today.getMonthValue() + 2) / 3;
        // The plans the unit reports on this year, from the rows read above (a plan with work due).
        Set<Long> thisYearsPlans = rows.stream().filter(r -> r.year() == today.getYear())
                .map(UnitReportRow::planId).collect(Collectors.toSet());
        for (ActivityView a : assignedActivities) {
            if (thisYearsPlans.contains(a.planId()) && dueIn(a, quarter) && a.leadNodeId() == user.orgNodeId()) {
                items.add(new ToDoItem(ToDoKind.ACTIVITY_DUE, a.name(), null, today.getYear(), (long) quarter, null,
                        "/plans/" + a.planId(), null));
            }
        }
    }

    private static boolean owed(FollowUpStatus status) {
        return status == FollowUpStatus.NOT_STARTED || status == FollowUpStatus.DRAFT
                || status == FollowUpStatus.RETURNED || status == FollowUpStatus.OVERDUE;
    }

    private static boolean dueIn(ActivityView a, int quarter) {
        if (a.dueDate() != null) {
            return (a.dueDate().getMonthValue() + 2) / 3 == quarter;
        }
        return a.quarters().isEmpty() || a.quarters().contains(quarter);
    }

    private void reviewer(CurrentUser user, List<ToDoItem> items) {
        for (ConsolidationRow c : consolidations.toDo(user)) {
            items.add(new ToDoItem(ToDoKind.CONSOLIDATION_RECEIVED, c.nodeName(), c.period().name(), c.year(), null,
                    null, "/consolidations/" + c.id(), null));
        }
        int year = LocalDate.now(clock).getYear();
        for (AgencyTimeliness a : deadlines.provinceTimeliness(user, year)) {
            if (a.timeliness() == ConsolidationTimeliness.OVERDUE) {
                items.add(new ToDoItem(ToDoKind.AGENCY_OVERDUE, a.nodeName(), a.period().name(), year,
                        ChronoUnit.DAYS.between(a.deadline(), LocalDate.now(clock)), null,
                        UriComponentsBuilder.fromPath("/rollups/province").queryParam("year", year)
                                .queryParam("period", a.period()).build().toUriString(), null));
            }
        }
    }
}
