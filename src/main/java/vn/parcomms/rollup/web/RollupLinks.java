package vn.parcomms.rollup.web;

import org.springframework.web.util.UriComponentsBuilder;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.rollup.Rollup;

/**
 * Where each number of the dashboard drills down to: the unit's report when there is one, else
 * the follow-up page of the plan and period filtered to the reports behind the number (a unit
 * user, who has no follow-up page, gets its own report list).
 */
public final class RollupLinks {

    private final Rollup rollup;
    private final Long node;
    private final java.util.Map<UnitLink, String> unitLinks = new java.util.HashMap<>();

    /** {@code node} is the node parameter of the page (a reviewer's choice), null otherwise. */
    RollupLinks(Rollup rollup, Long node) {
        this.rollup = rollup;
        this.node = node;
    }

    /** The workbook of every table, with the page's filters. */
    public String xlsx() {
        return withFilters("/rollups/export.xlsx").build().toUriString();
    }

    /** One table as CSV, with the page's filters. */
    public String csv(String table) {
        return withFilters("/rollups/export.csv").queryParam("table", table).build().toUriString();
    }

    /** The list of the units' added activities, with the page's filters. */
    public String added() {
        return withFilters("/rollups/added").build().toUriString();
    }

    /** The dashboard itself, with its filters. */
    public String dashboard() {
        return withFilters("/rollups").build().toUriString();
    }

    private UriComponentsBuilder withFilters(String path) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (node != null) {
            b.queryParam("node", node);
        }
        return b.queryParam("plan", rollup.planId()).queryParam("period", rollup.period());
    }

    /** The reports behind a total: the accepted reports of the period. */
    public String accepted() {
        return followUp(rollup.period(), FollowUpStatus.ACCEPTED, null);
    }

    /** The reports behind a period's cumulative figures: the accepted reports of that period. */
    public String acceptedIn(ReportPeriod period) {
        return followUp(period, FollowUpStatus.ACCEPTED, null);
    }

    /** The units of a period in one follow-up status. */
    public String status(ReportPeriod period, FollowUpStatus status) {
        return followUp(period, status, null);
    }

    /** One cell of the timeliness matrix. */
    public String cell(Rollup.TimelinessRow row, ReportPeriod period) {
        Rollup.Cell cell = row.cell(period);
        if (cell != null && cell.reportId() != null) {
            return "/reports/" + cell.reportId();
        }
        return followUp(period, cell == null ? null : cell.status(), row.unitName());
    }

    /** A unit's figures for the chosen period: its report, or the follow-up row of the unit. */
    public String unit(long unitId, String unitName) {
        // The unit table has a row per unit and indicator: each unit's link is built once.
        return unitLinks.computeIfAbsent(new UnitLink(unitId, unitName), u -> unitLink(u.unitId(), u.unitName()));
    }

    private record UnitLink(long unitId, String unitName) {
    }

    private String unitLink(long unitId, String unitName) {
        Long report = rollup.reportOf(unitId);
        if (report != null) {
            return "/reports/" + report;
        }
        return followUp(rollup.period(), null, unitName);
    }

    private String followUp(ReportPeriod period, FollowUpStatus status, String unitName) {
        if (rollup.ownUnitOnly()) {
            return "/reports";
        }
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/reports").queryParam("plan", rollup.planId())
                .queryParam("period", period);
        if (status != null) {
            b.queryParam("status", status);
        }
        if (unitName != null) {
            b.queryParam("q", unitName);
        }
        return b.encode().build().toUriString();
    }
}
