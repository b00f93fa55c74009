package vn.parcomms.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.report.internal.ReportCalendar;
import vn.parcomms.report.internal.UnitReportRepository;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * What unit reports wait for, for the home page's to-do list: the office's reports to review and
 * those it returned, its units overdue per plan and period; a unit's returned reports with the
 * reason. Scoped here by the user's own node, whatever the caller asks.
 */
@Service
@Transactional(readOnly = true)
public class ReportToDos {

    private final UnitReportRepository reports;
    private final ReportListing listing;
    private final ReportCalendar calendar;
    private final Clock clock;

    ReportToDos(UnitReportRepository reports, ReportListing listing, ReportCalendar calendar, Clock clock) {
        this.reports = reports;
        this.listing = listing;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** OFFICE: the submitted reports of the node's plans waiting for review, and those returned. One statement. */
    public List<ReportToDo> ofOffice(CurrentUser user) {
        if (!user.is(Role.OFFICE)) {
            return List.of();
        }
        return rows(reports.toDo(List.of("SUBMITTED", "RETURNED"), user.orgNodeId(), null));
    }

    /** UNIT: its own reports returned for revision, with the reason. One statement. */
    public List<ReportToDo> returnedToUnit(CurrentUser user) {
        if (!user.is(Role.UNIT)) {
            return List.of();
        }
        return rows(reports.toDo(List.of("RETURNED"), null, user.orgNodeId()));
    }

    /** A plan and period where the user has work waiting. */
    public record PendingWork(long planId, ReportPeriod period) {

        /** The page's plan: this one if the page lists it, else the page's first (its newest), or null. */
        public static <P> P planOf(Optional<PendingWork> pending, List<P> plans, ToLongFunction<P> id) {
            return pending.flatMap(w -> plans.stream().filter(p -> id.applyAsLong(p) == w.planId()).findFirst())
                    .orElse(plans.isEmpty() ? null : plans.get(0));
        }

        /** The page's period when none is asked for: the pending one on its plan, else {@code otherwise}. */
        public static ReportPeriod periodOf(Optional<PendingWork> pending, long planId, ReportPeriod otherwise) {
            return pending.filter(w -> w.planId() == planId).map(PendingWork::period).orElse(otherwise);
        }
    }

    /**
     * Where the pages that list by plan and period open when none is asked for: for the OFFICE the
     * plan and period of the longest waiting report to review among its node's plans; for a UNIT
     * its report returned for revision, else its draft. Empty for the other roles and when nothing
     * waits (the pages then open on the newest plan). One statement, scoped to the user's node.
     */
    public Optional<PendingWork> pendingWork(CurrentUser user) {
        List<UnitReportRepository.PendingRow> rows;
        if (user.is(Role.OFFICE)) {
            rows = reports.pending(List.of("SUBMITTED"), "SUBMITTED", user.orgNodeId(), null);
        } else if (user.is(Role.UNIT)) {
            rows = reports.pending(List.of("RETURNED", "DRAFT"), "RETURNED", null, user.orgNodeId());
        } else {
            return Optional.empty();
        }
        return rows.stream().findFirst()
                .map(r -> new PendingWork(r.getPlanId(), ReportPeriod.valueOf(r.getPeriod())));
    }

    /**
     * Units overdue on one plan and period; or, with {@code toDecide}, a period due before the
     * plan was issued that waits for the office to say whether it is expected (ADR 0032).
     */
    public record Overdue(long planId, String planLabel, int year, ReportPeriod period, long units,
            boolean toDecide) {
    }

    /**
     * OFFICE: per issued plan of the node for this year and per period whose deadline has passed,
     * how many units are overdue (the follow-up page's own rule), or that the period waits for its
     * decision (ADR 0032). One follow-up per such plan and period: at most five per plan, and a
     * node has one or two plans a year.
     */
    public List<Overdue> overdueOfOffice(CurrentUser user) {
        if (!user.is(Role.OFFICE)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Overdue> result = new ArrayList<>();
        for (PlanChoice plan : listing.followUpPlans(user)) {
            if (plan.year() != today.getYear()) {
                continue;
            }
            Map<ReportPeriod, LocalDate> deadlines = calendar.deadlinesOf(user.orgNodeId(), plan.year());
            for (ReportPeriod period : ReportPeriod.values()) {
                if (!FollowUpStatus.isPast(deadlines.get(period), clock.instant(), clock.getZone())) {
                    continue;
                }
                FollowUp followUp = listing.followUp(user, plan.id(), period, FollowUpStatus.OVERDUE, null);
                long overdue = followUp.counts().getOrDefault(FollowUpStatus.OVERDUE, 0L);
                long waiting = followUp.counts().getOrDefault(FollowUpStatus.AWAITING_DECISION, 0L);
                if (overdue > 0) {
                    result.add(new Overdue(plan.id(), plan.label(), plan.year(), period, overdue, false));
                } else if (followUp.expectation().state() == PeriodExpectation.State.UNDECIDED && waiting > 0) {
                    result.add(new Overdue(plan.id(), plan.label(), plan.year(), period, waiting, true));
                }
            }
        }
        return result;
    }

    private static List<ReportToDo> rows(List<UnitReportRepository.ToDoRow> rows) {
        return rows.stream().map(r -> new ReportToDo(r.getReportId(), r.getUnitName(), r.getPlanId(), r.getYear(),
                ReportPeriod.valueOf(r.getPeriod()), ReportStatus.valueOf(r.getStatus()), r.getReturnReason(),
                r.getSubmittedAt())).toList();
    }
}
