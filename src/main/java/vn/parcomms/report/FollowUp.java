package vn.parcomms.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The office's view of one plan and period: every unit with work due and where its report stands,
 * and whether the period is expected of the units (ADR 0032).
 */
public record FollowUp(long planId, String planLabel, int year, ReportPeriod period, LocalDate deadline,
        List<Row> rows, Map<FollowUpStatus, Long> counts, PeriodExpectation expectation) {

    public record Row(long unitNodeId, String unitName, Long reportId, FollowUpStatus status, boolean late,
            Instant submittedAt) {
    }
}
