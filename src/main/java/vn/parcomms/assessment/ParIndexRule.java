package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The thresholds and points of the communication criterion for a province and year, read from
 * {@code par_index_rule}; {@code provinceNodeId} and {@code year} are null on the default rule.
 */
public record ParIndexRule(long id, Long provinceNodeId, Integer year, int planDeadlineMonth, int planDeadlineDay,
        BigDecimal planOnTimePoints, BigDecimal planLatePoints, BigDecimal planNonePoints,
        BigDecimal carriedHighPercent, BigDecimal carriedLowPercent, BigDecimal carriedHighPoints,
        BigDecimal carriedMidPoints, BigDecimal carriedLowPoints, BigDecimal reportsOnTimePoints,
        BigDecimal reportsLatePoints, long version) {

    public ParIndexRule {
        planOnTimePoints = plain(planOnTimePoints);
        planLatePoints = plain(planLatePoints);
        planNonePoints = plain(planNonePoints);
        carriedHighPercent = plain(carriedHighPercent);
        carriedLowPercent = plain(carriedLowPercent);
        carriedHighPoints = plain(carriedHighPoints);
        carriedMidPoints = plain(carriedMidPoints);
        carriedLowPoints = plain(carriedLowPoints);
        reportsOnTimePoints = plain(reportsOnTimePoints);
        reportsLatePoints = plain(reportsLatePoints);
    }

    /** 0.50 shows as 0.5 and 90.00 as 90 (never 9E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The last day a plan of the year counts as issued on time. */
    public LocalDate planDeadline(int forYear) {
        LocalDate first = LocalDate.of(forYear, planDeadlineMonth, 1);
        return first.withDayOfMonth(Math.min(planDeadlineDay, first.lengthOfMonth()));
    }

    /** Points for the plan: none issued, issued by the deadline, or after it. */
    public BigDecimal planPoints(LocalDate issued, int forYear) {
        if (issued == null) {
            return planNonePoints;
        }
        return issued.isAfter(planDeadline(forYear)) ? planLatePoints : planOnTimePoints;
    }

    /** Points for the share carried out: above the high threshold, from the low one up to it, below it. */
    public BigDecimal carriedPoints(Double percent) {
        if (percent == null) {
            return carriedLowPoints;
        }
        BigDecimal share = BigDecimal.valueOf(percent);
        if (share.compareTo(carriedHighPercent) > 0) {
            return carriedHighPoints;
        }
        return share.compareTo(carriedLowPercent) >= 0 ? carriedMidPoints : carriedLowPoints;
    }

    /** Points for the periodic reports: all on time, or not. */
    public BigDecimal reportsPoints(boolean allOnTime) {
        return allOnTime ? reportsOnTimePoints : reportsLatePoints;
    }

    /** The most a node can score under this rule. */
    public BigDecimal maximum() {
        return planMaximum().add(carriedMaximum()).add(reportsMaximum());
    }

    /** The most the plan point can give (a rule may reward lateness more; the larger counts). */
    public BigDecimal planMaximum() {
        return planOnTimePoints.max(planLatePoints).max(planNonePoints);
    }

    public BigDecimal carriedMaximum() {
        return carriedHighPoints.max(carriedMidPoints).max(carriedLowPoints);
    }

    public BigDecimal reportsMaximum() {
        return reportsOnTimePoints.max(reportsLatePoints);
    }
}
