package vn.parcomms.report;

import java.time.LocalDate;

/** A report the unit still owes whose deadline is near (3 days or less) or passed. */
public record Reminder(long planId, String planLabel, ReportPeriod period, int year, LocalDate deadline,
        long daysLeft, Long reportId) {

    public boolean overdue() {
        return daysLeft < 0;
    }
}
