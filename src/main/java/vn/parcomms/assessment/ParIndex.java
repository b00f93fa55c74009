package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.report.ReportPeriod;

/**
 * The self-assessment of a node for a year: every criterion of the province's set with its
 * computed points ({@code scores}), and the facts behind the plan, carried-out and reports
 * criteria with their evidence (their {@code points} those of the set's first criterion of that
 * kind, null when the set has none). {@code included}: the predecessors whose reports up to their last
 * day the figures count (ADR 0023), as the year's dashboard lists them.
 */
public record ParIndex(long nodeId, String nodeName, int year, CriteriaSet criteria, List<CriterionScore> scores,
        PlanPoint plan, CarriedPoint carried, ReportsPoint reports, List<LineageLink> included) {

    public ParIndex {
        scores = List.copyOf(scores);
        included = List.copyOf(included);
    }

    /** An assessment that counts no predecessor's figures. */
    public ParIndex(long nodeId, String nodeName, int year, CriteriaSet criteria, List<CriterionScore> scores,
            PlanPoint plan, CarriedPoint carried, ReportsPoint reports) {
        this(nodeId, nodeName, year, criteria, scores, plan, carried, reports, List.of());
    }

    public BigDecimal total() {
        return CriteriaScoring.total(scores);
    }

    public BigDecimal maximum() {
        return criteria.maximum();
    }

    /** The node's issued plan for the year (null when none) against the deadline (null when no criterion has one). */
    public record PlanPoint(Long planId, String planLabel, LocalDate issued, LocalDate deadline, boolean onTime,
            BigDecimal points) {
    }

    /** Activities due in the year, dropped (left out), done; share = done / (due − dropped). */
    public record CarriedPoint(Long planId, int due, int dropped, int done, Double percent, BigDecimal points) {
    }

    /**
     * Every unit report of the four periods: how many are due, how many came in on time. For an
     * agency ({@code consolidated}) its own four consolidated reports to Home Affairs instead.
     */
    public record ReportsPoint(Long planId, List<ReportCell> cells, int expected, int onTime, boolean allOnTime,
            BigDecimal points, boolean consolidated) {
    }

    /**
     * One unit's report for one period: on time or not, with the report when it was opened
     * ({@code status} a FollowUpStatus name). For an agency's consolidated report: unitId and
     * unitName are the agency's, {@code status} a ConsolidationTimeliness name, reportId null and
     * {@code consolidationId} the report once it has been sent to Home Affairs.
     */
    public record ReportCell(long unitId, String unitName, ReportPeriod period, String status, Long reportId,
            boolean onTime, Long consolidationId) {
    }
}
