package vn.parcomms.shared.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes page tables as XLSX (one sheet per table, bold header and totals, numbers as numbers
 * with a number format: "#,##0" for whole numbers, "#,##0.0#" otherwise, "0.0%" for a
 * {@link Percent}, so that Excel shows them grouped in the reader's locale) and CSV (UTF-8 with a BOM so Excel keeps the Vietnamese text), and serves them as downloads.
 *
 * <p>The workbook is streamed (POI's {@link SXSSFWorkbook}): at most {@link #ROW_WINDOW} rows of a
 * sheet are held in memory, earlier ones are written to a temporary file that is deleted when the
 * workbook is written, so a province-wide table costs the same heap as a small one. Widths are
 * sized from every row as it passes, by the number of characters each cell shows ({@link Widths}),
 * not by POI's auto-size: that lays out every cell's text with AWT's font metrics and took most of
 * a dashboard workbook's time (issue 15). {@link #xlsxTo} and {@link #csvTo} write straight to the
 * response instead of building the file in memory first.
 */
public final class TableExports {

    public static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private TableExports() {
    }

    /** The workbook as a download named {@code name}. */
    public static ResponseEntity<byte[]> xlsxDownload(List<ExportTable> tables, String name) {
        return download(xlsx(tables), XLSX, name);
    }

    /** One table as a CSV download named {@code name}. */
    public static ResponseEntity<byte[]> csvDownload(ExportTable table, String name) {
        return download(csv(table), CSV, name);
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(content);
    }

    /** Rows of a sheet kept in memory while the workbook is built; the rest are on disk. */
    public static final int ROW_WINDOW = 100;

    public static byte[] xlsx(List<ExportTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeXlsx(tables, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The workbook written to {@code out} (not closed); its temporary files are deleted afterwards. */
    public static void writeXlsx(List<ExportTable> tables, OutputStream out) throws IOException {
        SXSSFWorkbook book = workbook(tables);
        try {
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }

    /** The workbook as a download named {@code name}, written to the response as it is produced. */
    public static void xlsxTo(HttpServletResponse response, List<ExportTable> tables, String name) throws IOException {
        prepare(response, XLSX, name);
        writeXlsx(tables, response.getOutputStream());
        response.flushBuffer();
    }

    /** One table as a CSV download named {@code name}, written to the response line by line. */
    public static void csvTo(HttpServletResponse response, ExportTable table, String name) throws IOException {
        prepare(response, CSV, name);
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writeCsv(table, out);
        out.flush();
        response.flushBuffer();
    }

    private static void prepare(HttpServletResponse response, MediaType type, String name) {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
    }

    /**
     * The tables as a streaming workbook, every row written; the caller writes and disposes it.
     * Package-visible so a test can see the rows leave memory.
     */
    static SXSSFWorkbook workbook(List<ExportTable> tables) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(ROW_WINDOW);
        book.setCompressTempFiles(true);
        try {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            Styles plain = new Styles(book, null);
            Styles totals = new Styles(book, bold);
            for (ExportTable table : tables) {
                SXSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                Widths widths = new Widths(table.headers().size());
                int r = 0;
                write(sheet.createRow(r++), List.copyOf(table.headers()), new Styles(header), widths);
                for (List<Object> row : table.rows()) {
                    write(sheet.createRow(r++), row, plain, widths);
                }
                if (!table.totals().isEmpty()) {
                    write(sheet.createRow(r), table.totals(), totals, widths);
                }
                widths.apply(sheet);
                sheet.createFreezePane(0, 1);
            }
            return book;
        } catch (RuntimeException e) {
            book.close();
            book.dispose();
            throw e;
        }
    }

    private static void write(Row row, List<?> values, Styles styles, Widths widths) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            Object v = values.get(c);
            widths.see(c, v);
            if (v instanceof Percent p) {
                cell.setCellValue(p.fraction());
                cell.setCellStyle(styles.percent);
            } else if (v instanceof Number n) {
                double d = n.doubleValue();
                cell.setCellValue(d);
                cell.setCellStyle(d == Math.rint(d) ? styles.whole : styles.decimal);
            } else {
                cell.setCellValue(v == null ? "" : v.toString());
                if (styles.text != null) {
                    cell.setCellStyle(styles.text);
                }
            }
        }
    }

    /**
     * The widest cell of each column in characters as shown (a number with its group separators
     * and decimals, a share as "12.5%"), the header's included: the column is that wide plus two
     * characters, at most {@link #MAX_CHARS} (a long name wraps in Excel's cell instead of
     * making the column a page wide). Counting characters costs nothing per cell; POI's auto-size
     * measures each cell's laid-out text and was the workbook's main cost.
     */
    static final class Widths {

        static final int MAX_CHARS = 80;

        private final int[] chars;

        Widths(int columns) {
            chars = new int[columns];
        }

        void see(int column, Object value) {
            if (column < chars.length) {
                chars[column] = Math.max(chars[column], shown(value));
            }
        }

        static int shown(Object v) {
            if (v == null) {
                return 0;
            }
            if (v instanceof Percent p) {
                return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * p.fraction()).length();
            }
            if (v instanceof Number n) {
                double d = n.doubleValue();
                String digits = d == Math.rint(d) ? String.format(java.util.Locale.ROOT, "%,d", (long) d)
                        : String.format(java.util.Locale.ROOT, "%,.2f", d);
                return digits.length();
            }
            int longest = 0;
            for (String line : v.toString().split("\n", -1)) {
                longest = Math.max(longest, line.codePointCount(0, line.length()));
            }
            return longest;
        }

        void apply(org.apache.poi.ss.usermodel.Sheet sheet) {
            for (int c = 0; c < chars.length; c++) {
                sheet.setColumnWidth(c, Math.min(MAX_CHARS, chars[c] + 2) * 256);
            }
        }
    }

    /** The cell styles of one kind of row (plain or bold), one per number format. */
    private static final class Styles {

        static final String WHOLE = "#,##0";
        static final String DECIMAL = "#,##0.0#";
        static final String PERCENT = "0.0%";

        final CellStyle text;
        final CellStyle whole;
        final CellStyle decimal;
        final CellStyle percent;

        Styles(CellStyle header) {
            text = whole = decimal = percent = header;
        }

        Styles(Workbook book, Font font) {
            text = font == null ? null : styled(book, font, null);
            whole = styled(book, font, WHOLE);
            decimal = styled(book, font, DECIMAL);
            percent = styled(book, font, PERCENT);
        }

        private static CellStyle styled(Workbook book, Font font, String format) {
            CellStyle style = book.createCellStyle();
            if (font != null) {
                style.setFont(font);
            }
            if (format != null) {
                style.setDataFormat(book.createDataFormat().getFormat(format));
            }
            return style;
        }
    }

    public static byte[] csv(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try {
            writeCsv(table, out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeCsv(ExportTable table, Writer out) throws IOException {
        out.write('\uFEFF');
        line(out, List.copyOf(table.headers()));
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        if (!table.totals().isEmpty()) {
            line(out, table.totals());
        }
    }

    private static void line(Writer out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    private static String field(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d && d == Math.rint(d)) {
            return String.valueOf(d.longValue());
        }
        String s = v.toString();
        // A cell starting with = + - @ would be a formula in Excel: quote it as text.
        if (!(v instanceof Number) && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /**
     * "rollup-79a-KH-SYT-2025-H1.xlsx" from ("rollup", "79a/KH-SYT", 2025, "H1", ".xlsx"): ASCII
     * only, so every browser and mail client keeps it.
     */
    public static String fileName(String prefix, String label, int year, String period, String suffix) {
        return fileName(prefix, label, year, "-" + period + suffix);
    }

    /** "par-index-So-Y-te-2025.xlsx" from ("par-index", "Sở Y tế", 2025, ".xlsx"): the same without a period. */
    public static String fileName(String prefix, String label, int year, String suffix) {
        String base = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        return prefix + "-" + (base.isEmpty() ? "plan" : base) + "-" + year + suffix;
    }
}
