package vn.parcomms.report;

/**
 * A past-tense event of a unit report's lifecycle, published after the report recorded the step
 * in its history: {@code SUBMITTED}, {@code RETURNED} (with the reason) or {@code ACCEPTED}.
 *
 * @param planNodeId the node that issued the plan: its office decides on the report
 */
public record UnitReportStepTaken(String step, long reportId, long unitNodeId, long planNodeId, long planId,
        String planLabel, int year, ReportPeriod period, String reason, long actorId) {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String RETURNED = "RETURNED";
    public static final String ACCEPTED = "ACCEPTED";
}
