package vn.parcomms.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A bordered table: a header row, body rows and an optional totals row. Figures stay numbers
 * ({@link Cell.Number}) so that they are right-aligned and formatted the Vietnamese way
 * (1.234,5) in one place.
 *
 * @param caption optional bold line above the table ("" for none)
 * @param header  column headings
 * @param widths  relative column widths, empty for equal columns
 * @param rows    body rows, each as wide as the header
 * @param totals  the totals row, empty for none
 */
public record Table(String caption, List<String> header, List<Integer> widths, List<List<Cell>> rows,
                    List<Cell> totals) {

    public Table {
        caption = caption == null ? "" : caption;
        header = List.copyOf(header);
        widths = List.copyOf(widths);
        rows = rows.stream().map(List::copyOf).toList();
        totals = List.copyOf(totals);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        if (!widths.isEmpty() && widths.size() != header.size()) {
            throw new IllegalArgumentException("widths must match the header: " + widths.size());
        }
        for (List<Cell> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size()
                        + " columns");
            }
        }
        if (!totals.isEmpty() && totals.size() != header.size()) {
            throw new IllegalArgumentException("totals row of " + totals.size() + " cells");
        }
    }

    /** A table cell: text, or a figure. */
    public sealed interface Cell {

        record Text(String value) implements Cell {
            public Text {
                Objects.requireNonNull(value, "value");
            }
        }

        record Number(BigDecimal value) implements Cell {
            public Number {
                Objects.requireNonNull(value, "value");
            }
        }

        static Cell text(String value) {
            return new Text(value);
        }

        static Cell number(long value) {
            return new Number(BigDecimal.valueOf(value));
        }

        static Cell number(BigDecimal value) {
            return new Number(value);
        }
    }
}
