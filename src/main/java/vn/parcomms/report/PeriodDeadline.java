package vn.parcomms.report;

import java.time.LocalDate;

/** A period of a year for one issuing node: its data window and the units' deadline. */
public record PeriodDeadline(ReportPeriod period, int year, LocalDate cutOffStart, LocalDate incrementStart,
        LocalDate cutOffEnd, LocalDate deadline, LocalDate defaultDeadline) {

    public boolean custom() {
        return !deadline.equals(defaultDeadline);
    }
}
