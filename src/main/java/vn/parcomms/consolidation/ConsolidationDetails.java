package vn.parcomms.consolidation;

import java.time.Instant;
import java.util.List;
import vn.parcomms.report.ReportPeriod;

/**
 * A consolidated report with its figures, the units behind them and its history; {@code place} is
 * the plan's place line. Once sent, the figures and units are those stored at sending
 * ({@code frozenAt}); before, they are computed from the unit reports it was drafted from, by the
 * dashboard's rule.
 */
public record ConsolidationDetails(long id, long nodeId, String nodeName, String parentName, long planId,
        String planLabel, int year, ReportPeriod period, ConsolidationStatus status, String resultsSummary,
        String shortcomings, String difficulties, String proposals, String nextTasks, String returnReason,
        Instant figuresAt, long version, List<FigureRow> byIndicator, List<FigureRow> byContent,
        List<FigureRow> byChannel, List<UnitResult> units, List<EventView> history, Permissions can, String place,
        int versionNo, Long correctionOf, Long correctedBy, Instant frozenAt, String coverageNote,
        List<Difference> differences, Coverage coverage, Numbering numbering) {

    /**
     * The report's number as an outgoing document once sent ({@code docNumber} null: sent without
     * one, or not sent yet), and for the sending form the symbol suggested from the plan's ("KH-SYT"
     * gives "BC-SYT") with the register's next number for it this year.
     */
    public record Numbering(String docNumber, String docSymbol, java.time.LocalDate issuedOn, String suggestedSymbol,
            Integer nextNumber) {

        /** "15/BC-SYT", or null when the report has no number. */
        public String numberAndSymbol() {
            return docNumber == null ? null : docNumber + "/" + docSymbol;
        }
    }

    /**
     * One indicator under a content item or a channel (or, in the totals, alone: group empty): the
     * sum of the units' cumulative figures (increments of this and the earlier periods of the
     * year). {@code unitAdded}: activities a unit added to its own plan (group = the unit and its
     * own content text).
     */
    public record FigureRow(String group, boolean unitAdded, String indicator, String unit, long total) {
    }

    /** One unit counted, with its activities done of those due (dropped ones left out) and its own texts. */
    public record UnitResult(Long unitReportId, String unitName, long activitiesDone, long activities,
            String resultsSummary, String shortcomings, String difficulties, String proposals, String nextTasks) {
    }

    public record EventView(String action, String actorName, Instant at, String reason) {
    }

    public record Permissions(boolean edit, boolean submit, boolean approve, boolean send, boolean accept,
            boolean returnForRevision, boolean correct) {
    }

    /** A figure that the units' accepted reports now give otherwise than the report as sent. */
    public record Difference(String table, String group, boolean unitAdded, String indicator, String unit,
            long sent, long now) {
    }

    /**
     * Where the units' reports for the period stand, for the office before it sends: each unit's
     * name per group (accepted; submitted and waiting; returned; not filed), and the units the
     * office does not expect a report of for the period (ADR 0032), not counted in the total.
     */
    public record Coverage(List<String> accepted, List<String> pending, List<String> returned, List<String> missing,
            List<String> notExpected) {

        public int total() {
            return accepted.size() + pending.size() + returned.size() + missing.size();
        }

        public boolean complete() {
            return accepted.size() == total();
        }
    }
}
