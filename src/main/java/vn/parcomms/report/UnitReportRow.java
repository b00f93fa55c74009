package vn.parcomms.report;

import java.time.LocalDate;

/** One period a unit has to report on, with its report if opened. */
public record UnitReportRow(long planId, String planLabel, int year, ReportPeriod period, LocalDate cutOffEnd,
        LocalDate deadline, Long reportId, FollowUpStatus status, boolean late) {
}
