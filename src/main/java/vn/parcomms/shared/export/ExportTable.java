package vn.parcomms.shared.export;

import java.util.List;

/**
 * One table of a page as the exports write it: headers, rows and a totals row (may be empty),
 * the same numbers as the page. Cells are String or Number, so numbers stay numbers in the XLSX.
 *
 * @param name the table's name in URLs ({@code ?table=indicators})
 * @param title the sheet title, in the user's language
 */
public record ExportTable(String name, String title, List<String> headers, List<List<Object>> rows,
        List<Object> totals) {

    public ExportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        totals = totals == null ? List.of() : totals;
    }
}
