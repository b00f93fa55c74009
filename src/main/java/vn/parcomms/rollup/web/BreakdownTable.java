package vn.parcomms.rollup.web;

import java.util.ArrayList;
import java.util.HashMap;
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
 * row per indicator that sums them and links to their full list ({@code /rollups/added},
 * {@link #addedList}), which shows every row with its unit and content text, as the exports do. No
 * figure leaves the table: the folded rows carry the same totals.
 */
record BreakdownTable(String name, String dimension, List<Row> rows, Folded folded) {

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
     * The three tables: by content item, by channel, by unit. {@code addedPrefix} marks a unit's
     * own activity ("Hoạt động do đơn vị bổ sung").
     */
    static List<BreakdownTable> of(Rollup rollup, RollupLinks links, String contextPath, String addedPrefix,
            String language) {
        String accepted = contextPath + links.accepted();
        List<Rollup.Breakdown> content = rollup.byContent();
        boolean fold = addedRows(content) > INLINE_ADDED_ROWS;
        List<Row> contentRows = new ArrayList<>(content.size());
        for (Rollup.Breakdown b : content) {
            if (!b.unitAdded()) {
                contentRows.add(new Row(b.label(), b.indicatorIn(language), b.target(), b.actual(), accepted));
            } else if (!fold) {
                contentRows.add(new Row(addedPrefix + " – " + b.label(), b.indicatorIn(language), b.target(), b.actual(),
                        accepted));
            }
        }
        List<Row> channelRows = new ArrayList<>(rollup.byChannel().size());
        for (Rollup.Breakdown b : rollup.byChannel()) {
            channelRows.add(new Row(b.labelIn(language), b.indicatorIn(language), b.target(), b.actual(), accepted));
        }
        List<Row> unitRows = new ArrayList<>(rollup.byUnit().size());
        for (Rollup.Breakdown b : rollup.byUnit()) {
            unitRows.add(new Row(b.label(), b.indicatorIn(language), b.target(), b.actual(),
                    contextPath + links.unit(b.key(), b.label())));
        }
        return List.of(
                new BreakdownTable("content", "rollup.content", contentRows,
                        fold ? folded(content, addedPrefix, contextPath + links.added(), language) : null),
                new BreakdownTable("channel", "rollup.channel", channelRows, null),
                new BreakdownTable("units", "rollup.unit", unitRows, null));
    }

    /**
     * Every row of the units' added activities, labelled with the unit and its content text, each
     * linked to the unit's report (the page the folded rows lead to).
     */
    static List<Row> addedList(Rollup rollup, RollupLinks links, String contextPath, String language) {
        Map<Long, String> unitNames = new HashMap<>();
        rollup.timeliness().forEach(t -> unitNames.put(t.unitId(), t.unitName()));
        List<Row> rows = new ArrayList<>();
        for (Rollup.Breakdown b : rollup.byContent()) {
            if (b.unitAdded()) {
                rows.add(new Row(b.label(), b.indicatorIn(language), b.target(), b.actual(),
                        contextPath + links.unit(b.key(), unitNames.getOrDefault(b.key(), b.label()))));
            }
        }
        return rows;
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
    private static Folded folded(List<Rollup.Breakdown> breakdowns, String addedPrefix, String href,
            String language) {
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
            long[] figures = sums.computeIfAbsent(b.indicatorId(), k -> new Sum(b.indicatorIn(language), new long[2])).figures();
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
