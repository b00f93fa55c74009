package vn.parcomms.consolidation;

import java.time.LocalDate;
import vn.parcomms.report.ReportPeriod;

/**
 * The agencies' deadline for sending their consolidated report of a period to Home Affairs, in a
 * province and year; {@code version} is that of the province's own row, null while the default applies.
 */
public record ConsolidationDeadline(ReportPeriod period, int year, LocalDate cutOffEnd, LocalDate deadline,
        LocalDate defaultDeadline, Long version) {

    public boolean custom() {
        return version != null;
    }
}
