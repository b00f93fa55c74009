package vn.parcomms.rollup;

import java.util.List;
import java.util.Map;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.DisplayFormat;

/**
 * The dashboard of one plan (all its versions) and period for one organisation node, as the user
 * may see it. Actual figures are the cumulative figures of ACCEPTED unit reports up to the period;
 * targets are the targets of the plan's activities (version in force) due by the period.
 * {@code included}: the predecessors whose reports up to their last day the figures include, each
 * with the successor they count under (ADR 0023).
 */
public record Rollup(long nodeId, String nodeName, long planId, String planLabel, int year, ReportPeriod period,
        boolean ownUnitOnly, List<TimelinessRow> timeliness, List<IndicatorTotal> indicators,
        List<Breakdown> byContent, List<Breakdown> byChannel, List<Breakdown> byUnit, List<PeriodTotal> byPeriod,
        List<CompletionRow> completion, CompletionRow overall, List<LineageLink> included) {

    /** One unit's standing in every period; a period without work due for the unit has no cell. */
    public record TimelinessRow(long unitId, String unitName, Map<ReportPeriod, Cell> cells) {

        public Cell cell(ReportPeriod p) {
            return cells.get(p);
        }
    }

    /** The follow-up status of one unit's report for one period, with the report when it was opened. */
    public record Cell(FollowUpStatus status, Long reportId, boolean late) {
    }

    /** One indicator over the whole scope for the chosen period. */
    public record IndicatorTotal(long indicatorId, String indicator, String indicatorEn, String measure,
            String measureEn, long target, long actual) {

        public String indicatorIn(String language) {
            return DisplayFormat.named(language, indicator, indicatorEn);
        }

        public String measureIn(String language) {
            return DisplayFormat.named(language, measure, measureEn);
        }

        public Double percent() {
            return RollupService.percent(actual, target);
        }
    }

    /**
     * One indicator under one content item, channel or unit. {@code key} is the unit id for the
     * unit breakdown (drill-down to its report) and for a content row of activities a unit added to
     * its own plan ({@code unitAdded}: the label is the unit's name and its own content text), 0
     * otherwise.
     */
    public record Breakdown(long key, String label, String labelEn, boolean unitAdded, long indicatorId,
            String indicator, String indicatorEn, String measure, String measureEn, long target, long actual) {

        /** A row without English names. */
        public Breakdown(long key, String label, boolean unitAdded, long indicatorId, String indicator,
                String measure, long target, long actual) {
            this(key, label, null, unitAdded, indicatorId, indicator, null, measure, null, target, actual);
        }

        /** The row's label in the page's language: a channel has an English name, content and units do not. */
        public String labelIn(String language) {
            return DisplayFormat.named(language, label, labelEn);
        }

        public String indicatorIn(String language) {
            return DisplayFormat.named(language, indicator, indicatorEn);
        }

        public String measureIn(String language) {
            return DisplayFormat.named(language, measure, measureEn);
        }

        public Double percent() {
            return RollupService.percent(actual, target);
        }
    }

    /** One indicator at the end of one period (cumulative actual, targets due by then). */
    public record PeriodTotal(ReportPeriod period, long indicatorId, String indicator, String indicatorEn,
            String measure, String measureEn, long target, long actual) {

        public String indicatorIn(String language) {
            return DisplayFormat.named(language, indicator, indicatorEn);
        }

        public String measureIn(String language) {
            return DisplayFormat.named(language, measure, measureEn);
        }

        public Double percent() {
            return RollupService.percent(actual, target);
        }
    }

    /**
     * Plan completion of one unit (or overall, unitId 0): activities due by the period, those
     * dropped (left out of the share), those done; share = done / (due − dropped).
     */
    public record CompletionRow(long unitId, String unitName, int due, int dropped, int done) {

        public Double percent() {
            return RollupService.percent(done, due - dropped);
        }
    }

    /** How many units stand in each follow-up status for a period (units without work due not counted). */
    public Map<FollowUpStatus, Long> counts(ReportPeriod p) {
        Map<FollowUpStatus, Long> counts = new java.util.EnumMap<>(FollowUpStatus.class);
        for (FollowUpStatus s : FollowUpStatus.values()) {
            counts.put(s, 0L);
        }
        timeliness.stream().map(t -> t.cell(p)).filter(java.util.Objects::nonNull)
                .forEach(c -> counts.merge(c.status(), 1L, Long::sum));
        return counts;
    }

    /** Report id of a unit's report for the chosen period, if opened: where its numbers drill down to. */
    public Long reportOf(long unitId) {
        return timeliness.stream().filter(t -> t.unitId() == unitId).findFirst()
                .map(t -> t.cell(period)).map(Cell::reportId).orElse(null);
    }
}
