package vn.parcomms.api.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanService;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.report.ReportService;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The read-only JSON API. Thin: the services check the user's scope exactly as for the pages;
 * errors become JSON in {@link ApiErrors}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ApiController {

    private final PlanService plans;
    private final ReportService reports;
    private final RollupService rollups;
    private final Clock clock;

    ApiController(PlanService plans, ReportService reports, RollupService rollups, Clock clock) {
        this.plans = plans;
        this.reports = reports;
        this.rollups = rollups;
        this.clock = clock;
    }

    /** The plans the user may read, as on the plan list page (superseded versions left out unless asked for). */
    @GetMapping("/plans")
    List<PlanSummary> plans(CurrentUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long node, @RequestParam(required = false) PlanStatus status) {
        if (year != null) {
            requireYear(year);
        }
        return plans.list(user, new PlanFilter(year, node, status, false));
    }

    /** One plan: header, parts with their labels, activities with targets. */
    @GetMapping("/plans/{id}")
    ApiPlan plan(CurrentUser user, @PathVariable long id) {
        return ApiPlan.of(plans.details(user, id));
    }

    /** The four periods of a year (default: this year) with data windows and the user's node's deadlines. */
    @GetMapping("/periods")
    ApiPeriods periods(CurrentUser user, @RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        requireYear(y);
        List<ApiPeriods.Period> periods;
        if (user.isAnyOf(Role.OFFICE, Role.LEADER)) {
            periods = reports.deadlines(user, y).stream()
                    .map(d -> new ApiPeriods.Period(d.period(), d.period().quarter(), d.cutOffStart(),
                            d.incrementStart(), d.cutOffEnd(), d.deadline(), d.defaultDeadline()))
                    .toList();
        } else {
            periods = Arrays.stream(ReportPeriod.values())
                    .map(p -> new ApiPeriods.Period(p, p.quarter(), p.cutOffStart(y), p.incrementStart(y),
                            p.cutOffEnd(y), null, p.defaultDeadline(y)))
                    .toList();
        }
        return new ApiPeriods(y, user.orgNodeId(), periods);
    }

    /**
     * The rollup tables of a plan and period for a node (a reviewer may choose any node of the
     * province; others get their own node). An unknown plan is 404, one the user may not roll up 403.
     */
    @GetMapping("/rollups")
    Rollup rollup(CurrentUser user, @RequestParam long plan, @RequestParam ReportPeriod period,
            @RequestParam(required = false) Long node) {
        plans.summary(user, plan);
        return rollups.rollup(user, node, plan, period);
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new ApiBadRequest("year must be between 2000 and 2100");
        }
    }
}
