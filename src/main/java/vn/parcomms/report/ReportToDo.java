package vn.parcomms.report;

import java.time.Instant;

/** A unit report waiting for someone: submitted (for the office) or returned with its reason. */
public record ReportToDo(long reportId, String unitName, long planId, int year, ReportPeriod period,
        ReportStatus status, String returnReason, Instant submittedAt) {
}
