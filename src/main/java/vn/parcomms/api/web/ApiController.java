package vn.parcomms.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanPage;
import vn.parcomms.plan.PlanSearch;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.ReportDeadlines;
import vn.parcomms.report.ReportPeriod;
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

    private final PlanListing planListing;
    private final PlanDetailsReader planReader;
    private final ReportDeadlines reportDeadlines;
    private final RollupService rollups;
    private final Clock clock;

    ApiController(PlanListing planListing, PlanDetailsReader planReader, ReportDeadlines reportDeadlines,
            RollupService rollups,
            Clock clock) {
        this.planListing = planListing;
        this.planReader = planReader;
        this.reportDeadlines = reportDeadlines;
        this.rollups = rollups;
        this.clock = clock;
    }

    /**
     * The plans the user may read, as on the plan list page (superseded versions left out), a page
     * at a time: {@code X-Total-Count} says how many there are and {@code Link} points to the next
     * page while there is one. A page past the end is empty.
     */
    @GetMapping("/plans")
    ResponseEntity<List<PlanSummary>> plans(CurrentUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long node, @RequestParam(required = false) PlanStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
            HttpServletRequest request) {
        if (year != null) {
            requireYear(year);
        }
        if (page < 0 || size < 1 || size > 500) {
            throw new ApiBadRequest("page must be 0 or more and size between 1 and 500");
        }
        PlanPage result = planListing.page(user, new PlanSearch(year, node, null, status, false), page, size);
        List<PlanSummary> rows = result.page() == page ? result.rows() : List.of();
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Total-Count", String.valueOf(result.total()));
        if ((long) (page + 1) * size < result.total()) {
            String next = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page", page + 1)
                    .replaceQueryParam("size", size).build().toUriString();
            headers.add(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return ResponseEntity.ok().headers(headers).body(rows);
    }

    /** One plan: header, parts with their labels, activities with targets. */
    @GetMapping("/plans/{id}")
    ApiPlan plan(CurrentUser user, @PathVariable long id) {
        return ApiPlan.of(planReader.details(user, id));
    }

    /** The four periods of a year (default: this year) with data windows and the user's node's deadlines. */
    @GetMapping("/periods")
    ApiPeriods periods(CurrentUser user, @RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        requireYear(y);
        List<ApiPeriods.Period> periods;
        if (user.isAnyOf(Role.OFFICE, Role.LEADER)) {
            periods = reportDeadlines.deadlines(user, y).stream()
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
        planReader.summary(user, plan);
        return rollups.rollup(user, node, plan, period);
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new ApiBadRequest("year must be between 2000 and 2100");
        }
    }
}
