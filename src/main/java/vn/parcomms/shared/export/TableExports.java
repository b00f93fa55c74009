package vn.parcomms.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes page tables as XLSX (one sheet per table, bold header and totals, numbers as numbers
 * with a number format: "#,##0" for whole numbers, "#,##0.0#" otherwise, "0.0%" for a
 * {@link Percent}, so that Excel shows them grouped in the reader's locale) and CSV (UTF-8 with a BOM so Excel keeps the Vietnamese text), and serves them as downloads.
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

    public static byte[] xlsx(List<ExportTable> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            Styles plain = new Styles(book, null);
            Styles totals = new Styles(book, bold);
            for (ExportTable table : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                int r = 0;
                write(sheet.createRow(r++), List.copyOf(table.headers()), new Styles(header));
                for (List<Object> row : table.rows()) {
                    write(sheet.createRow(r++), row, plain);
                }
                if (!table.totals().isEmpty()) {
                    write(sheet.createRow(r), table.totals(), totals);
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.autoSizeColumn(c);
                }
                sheet.createFreezePane(0, 1);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> values, Styles styles) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            Object v = values.get(c);
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

        Styles(XSSFWorkbook book, Font font) {
            text = font == null ? null : styled(book, font, null);
            whole = styled(book, font, WHOLE);
            decimal = styled(book, font, DECIMAL);
            percent = styled(book, font, PERCENT);
        }

        private static CellStyle styled(XSSFWorkbook book, Font font, String format) {
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
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.copyOf(table.headers()));
        table.rows().forEach(row -> line(out, row));
        if (!table.totals().isEmpty()) {
            line(out, table.totals());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append("\r\n");
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
