package vn.parcomms.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The workbook is built as a stream (issue 15): a sheet longer than the row window keeps only the
 * window in memory, the earlier rows are already on disk, and the file still has every row.
 */
class TableExportsStreamingTest {

    private static ExportTable table(int rows) {
        List<List<Object>> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            body.add(List.of("Cơ quan " + i, i, i / 4.0));
        }
        return new ExportTable("agencies", "Cơ quan", List.of("Tên", "Số", "Tỷ lệ"), body, List.of("Tổng", rows, 0.5));
    }

    @Test
    void aLongSheetKeepsOnlyTheRowWindowInMemory() throws Exception {
        int rows = TableExports.ROW_WINDOW * 5;
        SXSSFWorkbook book = TableExports.workbook(List.of(table(rows)));
        try {
            SXSSFSheet sheet = book.getSheetAt(0);
            // Header + rows + totals were created; all but the last window are flushed to disk.
            assertThat(sheet.getLastFlushedRowNum()).isEqualTo(rows + 1 - TableExports.ROW_WINDOW);
            assertThat(sheet.getRow(0) == null).as("the header row left memory").isTrue();
            assertThat(sheet.getRow(rows + 1) != null).as("the totals row still in the window").isTrue();
        } finally {
            book.close();
            book.dispose();
        }
    }

    @Test
    void theStreamedFileStillHoldsEveryRowAndTheTotals() throws Exception {
        int rows = TableExports.ROW_WINDOW * 3 + 7;

        byte[] file = TableExports.xlsx(List.of(table(rows)));

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = read.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows + 1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Cơ quan 1");
            assertThat(sheet.getRow(rows).getCell(1).getNumericCellValue()).isEqualTo(rows);
            assertThat(sheet.getRow(rows + 1).getCell(0).getStringCellValue()).isEqualTo("Tổng");
            assertThat(sheet.getRow(rows + 1).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(256 * 8);
        }
    }

    @Test
    void columnsAreAsWideAsTheirWidestCellInCharacters() throws Exception {
        String longName = "Ủy ban nhân dân ".repeat(10);
        ExportTable table = new ExportTable("agencies", "Cơ quan", List.of("Tên", "Số", "Tỷ lệ", "Ghi chú"),
                List.of(List.of("Sở Y tế", 1234567, new Percent(100.0), longName)), List.of());

        byte[] file = TableExports.xlsx(List.of(table));

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = read.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0)).as("\"Sở Y tế\", 7 characters + 2").isEqualTo(9 * 256);
            assertThat(sheet.getColumnWidth(1)).as("\"1,234,567\", 9 characters + 2").isEqualTo(11 * 256);
            assertThat(sheet.getColumnWidth(2)).as("\"100.0%\", 6 characters + 2").isEqualTo(8 * 256);
            assertThat(sheet.getColumnWidth(3)).as("a long text is capped")
                    .isEqualTo(TableExports.Widths.MAX_CHARS * 256);
        }
    }
}
