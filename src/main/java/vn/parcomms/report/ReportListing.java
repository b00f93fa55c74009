package vn.parcomms.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.plan.ReportingDuty;
import vn.parcomms.report.internal.ReportAccess;
import vn.parcomms.report.internal.ReportPlans;
import vn.parcomms.report.internal.UnitReport;
import vn.parcomms.report.internal.UnitReportRepository;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The lists of unit reports: a unit's periods with its reports and reminders, and the office's
 * follow-up of every unit that owes a report. Lateness and overdue reports are computed on read
 * with the application clock, so nothing scheduled has to run (and two app instances cannot
 * disagree).
 */
@Service
@Transactional(readOnly = true)
public class ReportListing {


    private final UnitReportRepository reports;
    private final PlanListing planListing;
    private final ReportPlans reportPlans;
    private final PeriodExpectations expectations;
    private final OrganizationService organizations;
    private final OrgSuccessionService successions;
    private final Clock clock;

    ReportListing(UnitReportRepository reports, PlanListing planListing, ReportPlans reportPlans,
            PeriodExpectations expectations, OrganizationService organizations, OrgSuccessionService successions,
            Clock clock) {
        this.reports = reports;
        this.planListing = planListing;
        this.reportPlans = reportPlans;
        this.expectations = expectations;
        this.organizations = organizations;
        this.successions = successions;
        this.clock = clock;
    }

    /**
     * Every period the user's unit has work due in, per plan it implements, with its report if
     * opened. Reads the plans narrowly (when the unit's activities are due, not whole plans): a
     * fixed number of statements however large the plans are (ReportQueryCountTest).
     */
    public List<UnitReportRow> myReports(CurrentUser user) {
        if (!user.is(Role.UNIT)) {
            return List.of();
        }
        // The unit's own implementing plans are not among the duties: their activities come into
        // the report against the parent plan.
        List<ReportingDuty> duties = planListing.reportingDuties(user);
        if (duties.isEmpty()) {
            return List.of();
        }
        Map<String, UnitReportRepository.UnitRow> existing = new HashMap<>();
        reports.ofUnit(user.orgNodeId(), duties.stream().map(ReportingDuty::lineageId).toList())
                .forEach(r -> existing.put(r.getLineageId() + "/" + r.getPeriod(), r));
        Map<java.util.UUID, Map<ReportPeriod, PeriodExpectation>> periodsByPlan = expectations.ofDuties(duties);
        List<UnitReportRow> rows = new ArrayList<>();
        for (ReportingDuty plan : duties) {
            Map<ReportPeriod, PeriodExpectation> due = periodsByPlan.get(plan.lineageId());
            for (ReportPeriod period : ReportPeriod.values()) {
                if (!plan.hasWorkDueBy(period.quarter())) {
                    continue;
                }
                UnitReportRepository.UnitRow report = existing.get(plan.lineageId() + "/" + period.name());
                ReportStatus status = report == null ? null : ReportStatus.valueOf(report.getStatus());
                PeriodExpectation expected = due.get(period);
                var firstSubmitted = report == null ? null : report.getFirstSubmittedAt();
                rows.add(new UnitReportRow(plan.planId(), plan.label(), plan.year(), period,
                        period.cutOffEnd(plan.year()), expected.deadline(), report == null ? null : report.getReportId(),
                        FollowUpStatus.of(status, firstSubmitted, expected, clock.instant(), clock.getZone()),
                        FollowUpStatus.isLate(firstSubmitted, expected, clock.getZone())));
            }
        }
        return rows;
    }

    /** The id of the user's unit's report for a plan and period, if it was opened. */
    public Optional<Long> findReportId(CurrentUser user, long planId, ReportPeriod period) {
        PlanDetails plan = reportPlans.currentVersion(user, planId);
        return reports.findByUnitNodeIdAndPlanLineageIdAndPeriod(user.orgNodeId(), plan.lineageId(), period)
                .map(UnitReport::getId);
    }

    /** Whether the user follows up reports (office, leader, Home Affairs reviewer). */
    public static boolean followsUp(CurrentUser user) {
        return ReportAccess.followsUp(user);
    }

    /** Plans whose reports the user follows: the own node's issued plans, or the province's for a reviewer. */
    public List<PlanChoice> followUpPlans(CurrentUser user) {
        ReportAccess.requireFollower(user);
        Long node = user.is(Role.REVIEWER) ? null : user.orgNodeId();
        List<PlanSummary> list = new ArrayList<>(planListing.list(user, new PlanFilter(null, node, PlanStatus.ISSUED,
                false)));
        list.addAll(planListing.list(user, new PlanFilter(null, node, PlanStatus.CLOSED, false)));
        // Plans that implement another (a department's) come first: their units are the ones that file.
        return list.stream()
                .sorted(Comparator.comparing(PlanSummary::year).reversed()
                        .thenComparing(p -> p.parentPlanId() == null)
                        .thenComparing(PlanSummary::id))
                .map(p -> new PlanChoice(p.id(), p.numberAndSymbol() == null ? p.title() : p.numberAndSymbol()
                        + " — " + p.issuingNodeName(), p.year()))
                .toList();
    }

    /**
     * Every unit with work due by the period in the plan, with where its report stands; filtered
     * by status and by a part of the unit's name. The counts cover all units, before filtering.
     */
    public FollowUp followUp(CurrentUser user, long planId, ReportPeriod period, FollowUpStatus status,
            String unitQuery) {
        ReportAccess.requireFollower(user);
        PlanDetails plan = reportPlans.currentVersion(user, planId);
        if (!organizations.isInScope(user, plan.issuingNodeId())) {
            throw new ForbiddenException(user.username() + " does not follow reports of plan " + planId);
        }
        PeriodExpectation expected = expectations.ofPlan(plan).get(period);
        LocalDate deadline = expected.deadline();
        Set<Long> unitIds = plan.activities().stream()
                .filter(a -> a.dueByQuarter(period.quarter()) && a.leadNodeId() != plan.issuingNodeId())
                .map(ActivityView::leadNodeId).collect(Collectors.toCollection(LinkedHashSet::new));
        unitIds = owingUnits(unitIds, period.cutOffEnd(plan.header().year()));
        List<FollowUp.Row> rows = unitIds.isEmpty() ? List.of()
                : reports.followUp(plan.lineageId(), period.name(), unitIds).stream()
                        .map(r -> {
                            ReportStatus s = r.getStatus() == null ? null : ReportStatus.valueOf(r.getStatus());
                            return new FollowUp.Row(r.getUnitNodeId(), r.getUnitName(), r.getReportId(),
                                    FollowUpStatus.of(s, r.getFirstSubmittedAt(), expected, clock.instant(),
                                            clock.getZone()),
                                    FollowUpStatus.isLate(r.getFirstSubmittedAt(), expected, clock.getZone()),
                                    r.getSubmittedAt());
                        }).toList();
        Map<FollowUpStatus, Long> counts = new EnumMap<>(FollowUpStatus.class);
        Arrays.stream(FollowUpStatus.values()).forEach(s -> counts.put(s, 0L));
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        String q = unitQuery == null || unitQuery.isBlank() ? null : unitQuery.trim().toLowerCase(Locale.ROOT);
        List<FollowUp.Row> shown = rows.stream()
                .filter(r -> status == null || r.status() == status)
                .filter(r -> q == null || r.unitName().toLowerCase(Locale.ROOT).contains(q))
                .toList();
        return new FollowUp(plan.id(), ReportPlans.label(plan), plan.header().year(), period, deadline, shown, counts,
                expected);
    }

    /**
     * Who owes the period's report: an issued plan keeps the leads it was issued with, but for a
     * period ending after a lead's last day its work is its latest successor's (ADR 0023), so the
     * successor is followed up, once, and the dissolved predecessor is not.
     */
    private Set<Long> owingUnits(Set<Long> leads, LocalDate periodEnd) {
        if (leads.isEmpty()) {
            return leads;
        }
        Map<Long, LineageLink> successors = successions.successorsOf(leads);
        return leads.stream()
                .map(id -> {
                    LineageLink link = successors.get(id);
                    return link != null && periodEnd.isAfter(link.until()) ? link.successorId() : id;
                })
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
