package vn.parcomms.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.ReportingDuty;
import vn.parcomms.report.internal.PeriodDecisionStore;
import vn.parcomms.report.internal.ReportCalendar;
import vn.parcomms.report.internal.ReportPlans;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Which periods a plan's units are expected to report for, and by when (ADR 0032): the node's
 * deadlines, the day the plan was first issued and the office's decisions, put together by
 * {@link PeriodExpectation#of}. The follow-up, the unit's list, the report page, the rollups and
 * the reminders all read periods here.
 */
@Service
@Transactional(readOnly = true)
public class PeriodExpectations {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PeriodDecisionStore decisions;
    private final ReportCalendar calendar;
    private final PlanListing planListing;
    private final PlanLifecycle planLifecycle;
    private final ReportPlans reportPlans;
    private final Clock clock;

    PeriodExpectations(PeriodDecisionStore decisions, ReportCalendar calendar, PlanListing planListing,
            PlanLifecycle planLifecycle, ReportPlans reportPlans, Clock clock) {
        this.decisions = decisions;
        this.calendar = calendar;
        this.planListing = planListing;
        this.planLifecycle = planLifecycle;
        this.reportPlans = reportPlans;
        this.clock = clock;
    }

    /** The same, deciding as of another day (the demo's history of 2025). */
    public PeriodExpectations withClock(Clock other) {
        return new PeriodExpectations(decisions, calendar, planListing, planLifecycle, reportPlans, other);
    }

    /** The periods of a plan as read with its versions (two statements: deadlines, decisions). */
    public Map<ReportPeriod, PeriodExpectation> ofPlan(PlanDetails plan) {
        return periods(calendar.deadlinesOf(plan.issuingNodeId(), plan.header().year()), plan.firstIssueDate(),
                decisions.of(List.of(plan.lineageId())).get(plan.lineageId()));
    }

    /**
     * The periods of a plan read without its versions, for the rollups (three statements: the
     * deadlines, the day of first issue, the decisions).
     */
    public Map<ReportPeriod, PeriodExpectation> ofLineage(UUID lineage, long issuingNodeId, int year) {
        return periods(calendar.deadlinesOf(issuingNodeId, year), planListing.firstIssueDates(List.of(lineage))
                .get(lineage), decisions.of(List.of(lineage)).get(lineage));
    }

    /** The periods of every plan a unit reports on, keyed by lineage (two statements in all). */
    public Map<UUID, Map<ReportPeriod, PeriodExpectation>> ofDuties(List<ReportingDuty> duties) {
        Map<String, Map<ReportPeriod, LocalDate>> deadlines = calendar.deadlinesOf(duties);
        Map<UUID, Map<ReportPeriod, PeriodExpectation.Decision>> decided = decisions.of(
                duties.stream().map(ReportingDuty::lineageId).distinct().toList());
        Map<UUID, Map<ReportPeriod, PeriodExpectation>> result = new HashMap<>();
        for (ReportingDuty d : duties) {
            result.put(d.lineageId(), periods(deadlines.get(d.issuingNodeId() + "/" + d.year()), d.firstIssueDate(),
                    decided.get(d.lineageId())));
        }
        return result;
    }

    private static Map<ReportPeriod, PeriodExpectation> periods(Map<ReportPeriod, LocalDate> deadlines,
            LocalDate firstIssued, Map<ReportPeriod, PeriodExpectation.Decision> decided) {
        Map<ReportPeriod, PeriodExpectation> result = new EnumMap<>(ReportPeriod.class);
        for (ReportPeriod p : ReportPeriod.values()) {
            result.put(p, PeriodExpectation.of(p, deadlines.get(p), firstIssued,
                    decided == null ? null : decided.get(p)));
        }
        return result;
    }

    /**
     * The OFFICE of the plan's issuing node decides whether its units report for a period whose
     * deadline passed before the plan was issued: expected by a new deadline (from today, at most
     * 60 days after the year's cut-off, or after today for a past year), or not expected. Written into the plan's history too. It
     * may change its mind; each decision is a history line.
     */
    @Transactional
    public void decide(CurrentUser user, long planId, ReportPeriod period, boolean expected, LocalDate deadline) {
        if (!user.is(Role.OFFICE)) {
            throw new ForbiddenException(user.username() + " does not decide report periods");
        }
        PlanDetails plan = reportPlans.currentVersion(user, planId);
        if (plan.issuingNodeId() != user.orgNodeId() || !plan.status().isIssued()) {
            throw new ForbiddenException(user.username() + " does not decide periods of plan " + planId);
        }
        int year = plan.header().year();
        LocalDate set = calendar.deadlinesOf(plan.issuingNodeId(), year).get(period);
        if (!PeriodExpectation.passedBeforeIssue(set, plan.firstIssueDate())) {
            throw new DomainException("report.error.periodNotDecidable");
        }
        if (expected) {
            LocalDate today = LocalDate.now(clock);
            LocalDate earliest = period.cutOffEnd(year).plusDays(1);
            earliest = earliest.isAfter(today) ? earliest : today;
            LocalDate latest = ReportPeriod.YEAR.cutOffEnd(year).plusDays(60);
            latest = latest.isAfter(earliest.plusDays(60)) ? latest : earliest.plusDays(60);
            if (deadline == null) {
                throw DomainException.onField("deadline", "report.error.decisionDeadlineMissing");
            }
            if (deadline.isBefore(earliest) || deadline.isAfter(latest)) {
                throw DomainException.onField("deadline", "report.error.decisionDeadlineRange", DATE.format(earliest),
                        DATE.format(latest));
            }
        }
        decisions.decide(plan.lineageId(), period, expected, expected ? deadline : null, Step.of(user, clock));
        planLifecycle.recordPeriodDecision(user, plan.id(), expected,
                period.name() + (expected ? ":" + DATE.format(deadline) : ""));
    }
}
