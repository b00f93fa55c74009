package vn.parcomms.api.web;

import java.time.LocalDate;
import java.util.List;
import vn.parcomms.report.ReportPeriod;

/**
 * The four reporting periods of a year with their data windows. {@code deadline} is the units'
 * deadline set by the user's node (office and leader); other roles do not set deadlines and get
 * null there, the default deadline rule still shown in {@code defaultDeadline}.
 */
public record ApiPeriods(int year, long nodeId, List<Period> periods) {

    public record Period(ReportPeriod period, int quarter, LocalDate cutOffStart, LocalDate incrementStart,
            LocalDate cutOffEnd, LocalDate deadline, LocalDate defaultDeadline) {
    }
}
