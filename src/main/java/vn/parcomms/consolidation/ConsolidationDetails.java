package vn.parcomms.consolidation;

import java.time.Instant;
import java.util.List;
import vn.parcomms.report.ReportPeriod;

/**
 * A consolidated report with its figures, the units behind them and its history; {@code place} is
 * the plan's place line.
 */
public record ConsolidationDetails(long id, long nodeId, String nodeName, String parentName, long planId,
        String planLabel, int year, ReportPeriod period, ConsolidationStatus status, String resultsSummary,
        String shortcomings, String difficulties, String proposals, String nextTasks, String returnReason,
        Instant figuresAt, long version, List<FigureRow> byContent, List<FigureRow> byChannel, List<UnitResult> units,
        List<EventView> history, Permissions can, String place) {

    /**
     * One indicator under a content item or a channel: the sum of the units' cumulative figures
     * (increments of this and the earlier periods of the year).
     */
    public record FigureRow(String group, String indicator, String unit, long total) {
    }

    /** One unit whose accepted report is counted, with its activities done and its own texts. */
    public record UnitResult(long unitReportId, String unitName, long activitiesDone, long activities,
            String resultsSummary, String shortcomings, String difficulties, String proposals, String nextTasks) {
    }

    public record EventView(String action, String actorName, Instant at, String reason) {
    }

    public record Permissions(boolean edit, boolean submit, boolean approve, boolean send, boolean accept,
            boolean returnForRevision) {
    }
}
