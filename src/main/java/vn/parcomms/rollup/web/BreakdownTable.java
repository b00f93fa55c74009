package vn.parcomms.rollup.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parcomms.rollup.Rollup;

/**
 * One breakdown table of the dashboard (by content item, channel or unit) as the page prints it:
 * each row's label and link made here once, so that the template only prints plain values.
 *
 * <p>The units' added activities are listed in the content table while there are few of them. A
 * merged province has hundreds ("Hoạt động do đơn vị bổ sung – …: …", one row per activity's content
 * text and indicator, most of the page): above {@link #INLINE_ADDED_ROWS} they are folded into one
 * row per indicator that sums them and links to their full list ({@code /rollups/added}), which
 * shows every row with its unit and content text, as the exports do. No figure leaves the table:
 * the folded rows carry the same totals.
 */
record BreakdownTable(String name, String dimension, List<Row> rows, Folded folded) {

    static final List<String> NAMES = List.of("content", "channel", "units");

    /** Up to this many rows of the units' added activities are shown in the content table itself. */
    static final int INLINE_ADDED_ROWS = 40;

    /** {@code href} already holds the context path. */
    record Row(String label, String indicator, long target, long actual, String href) {
    }

    /**
     * The units' added activities summed per indicator, with how many content texts and units
     * they come from and the link to their list; null when they are listed inline.
     */
    record Folded(int contents, int units, String href, List<Row> rows) {
    }

    /**
     * The three tables. {@code addedPrefix} marks a unit's own activity ("Hoạt động do đơn vị bổ
     * sung"); {@code addedHref} is the list of those activities, with the context path.
     */
    static List<BreakdownTable> of(Rollup rollup, RollupLinks links, String contextPath, String addedPrefix,
            String addedHref) {
        String accepted = contextPath + links.accepted();
        List<BreakdownTable> tables = new ArrayList<>(NAMES.size());
        for (String name : NAMES) {
            List<Rollup.Breakdown> breakdowns = switch (name) {
                case "content" -> rollup.byContent();
                case "channel" -> rollup.byChannel();
                default -> rollup.byUnit();
            };
            boolean fold = name.equals("content") && addedRows(breakdowns) > INLINE_ADDED_ROWS;
            List<Row> rows = new ArrayList<>(breakdowns.size());
            for (Rollup.Breakdown b : breakdowns) {
                if (fold && b.unitAdded()) {
                    continue;
                }
                String label = b.unitAdded() ? addedPrefix + " – " + b.label() : b.label();
                String href = name.equals("units") ? contextPath + links.unit(b.key(), b.label()) : accepted;
                rows.add(new Row(label, b.indicator(), b.target(), b.actual(), href));
            }
            String dimension = switch (name) {
                case "content" -> "rollup.content";
                case "channel" -> "rollup.channel";
                default -> "rollup.unit";
            };
            tables.add(new BreakdownTable(name, dimension, rows,
                    fold ? folded(breakdowns, addedPrefix, addedHref) : null));
        }
        return tables;
    }

    private static int addedRows(List<Rollup.Breakdown> breakdowns) {
        int added = 0;
        for (Rollup.Breakdown b : breakdowns) {
            if (b.unitAdded()) {
                added++;
            }
        }
        return added;
    }

    /** One row per indicator, in the order the indicators first appear among the added rows. */
    private static Folded folded(List<Rollup.Breakdown> breakdowns, String addedPrefix, String href) {
        record Sum(String indicator, long[] figures) {
        }
        Map<Long, Sum> sums = new LinkedHashMap<>();
        Set<Long> units = new HashSet<>();
        Set<String> contents = new HashSet<>();
        for (Rollup.Breakdown b : breakdowns) {
            if (!b.unitAdded()) {
                continue;
            }
            contents.add(b.key() + " " + b.label());
            units.add(b.key());
            long[] figures = sums.computeIfAbsent(b.indicatorId(), k -> new Sum(b.indicator(), new long[2])).figures();
            figures[0] += b.target();
            figures[1] += b.actual();
        }
        List<Row> rows = new ArrayList<>(sums.size());
        for (Sum sum : sums.values()) {
            rows.add(new Row(addedPrefix, sum.indicator(), sum.figures()[0], sum.figures()[1], href));
        }
        return new Folded(contents.size(), units.size(), href, rows);
    }
}
