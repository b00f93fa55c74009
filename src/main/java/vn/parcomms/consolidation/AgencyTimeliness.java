package vn.parcomms.consolidation;

import java.time.Instant;
import java.time.LocalDate;
import vn.parcomms.report.ReportPeriod;

/**
 * One agency (a child of the province node) for one period: its consolidated report (the latest
 * one of the year and period; null fields when it has none), when it was first and last sent to
 * Home Affairs, the deadline and the timeliness. {@code expected} is false for a deactivated
 * agency that sent nothing for the period (merged away): its timeliness is then null.
 */
public record AgencyTimeliness(long nodeId, String nodeName, boolean active, ReportPeriod period, LocalDate deadline,
        Long reportId, ConsolidationStatus status, Instant firstSentAt, Instant lastSentAt,
        ConsolidationTimeliness timeliness) {

    public boolean expected() {
        return timeliness != null;
    }

    public boolean sent() {
        return firstSentAt != null;
    }
}
