package vn.parcomms.consolidation;

import vn.parcomms.report.ReportPeriod;

/**
 * A past-tense event of a consolidated report's lifecycle, published after the report recorded
 * the step in its history: {@code SUBMITTED}, {@code APPROVED}, {@code SENT}, {@code RETURNED}
 * (with the reason, by the leader or by Home Affairs) or {@code ACCEPTED}.
 */
public record ConsolidatedReportStepTaken(String step, long reportId, long nodeId, String planLabel, int year,
        ReportPeriod period, String reason, long actorId) {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String APPROVED = "APPROVED";
    public static final String SENT = "SENT";
    public static final String RETURNED = "RETURNED";
    public static final String ACCEPTED = "ACCEPTED";
}
