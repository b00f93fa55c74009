package vn.parcomms.consolidation;

import vn.parcomms.report.ReportPeriod;

/** One line of the consolidated reports list. */
public record ConsolidationRow(long id, String nodeName, String planLabel, int year, ReportPeriod period,
        ConsolidationStatus status, int unitCount, int versionNo) {
}
