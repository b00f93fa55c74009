package vn.parcomms.rollup;

import java.util.List;
import vn.parcomms.organization.LineageLink;

/**
 * A node's accepted figures year by year, per indicator as the dashboard totals them, along its
 * lineage (ADR 0023): a year before a merger is the predecessors' figures. {@code included}: every
 * predecessor whose figures some row holds, named as it was on its last day.
 */
public record YearComparison(long nodeId, List<Row> rows, List<LineageLink> included) {

    public YearComparison {
        rows = List.copyOf(rows);
        included = List.copyOf(included);
    }

    /**
     * One indicator in one year: its total, and the change against the previous calendar year when
     * that year has a total of the indicator too ({@code previous} null otherwise). {@code included}:
     * the predecessors whose figures the total holds, each with its last day.
     */
    public record Row(int year, long indicatorId, String indicator, String measure, long total, Long previous,
            List<LineageLink> included) {

        public Row {
            included = List.copyOf(included);
        }

        /** The change against the previous year, null when there is nothing to compare with. */
        public Long change() {
            return previous == null ? null : total - previous;
        }

        /** The change in percent of the previous year with one decimal, null when it was nothing or none. */
        public Double changePercent() {
            return previous == null || previous == 0 ? null : Math.round(1000.0 * (total - previous) / previous) / 10.0;
        }
    }

    /** The years that have a row, oldest first. */
    public List<Integer> years() {
        return rows.stream().map(Row::year).distinct().sorted().toList();
    }
}
