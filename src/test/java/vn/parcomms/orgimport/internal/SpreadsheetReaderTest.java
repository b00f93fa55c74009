package vn.parcomms.orgimport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parcomms.shared.DomainException;

class SpreadsheetReaderTest {

    @Test
    void csvWithCommasKeepsQuotedSeparatorsQuotesAndLineBreaks() {
        String csv = "Mã,Tên\r\nA1,\"Khoa Nội, tầng 2\"\r\nA2,\"Phòng \"\"Một\"\"\nhai dòng\"\r\n";
        List<List<String>> rows = only(read(csv));
        assertThat(rows).containsExactly(List.of("Mã", "Tên"), List.of("A1", "Khoa Nội, tầng 2"),
                List.of("A2", "Phòng \"Một\"\nhai dòng"));
    }

    @Test
    void csvWithSemicolonsAndAByteOrderMarkAsExcelSavesIt() {
        List<List<String>> rows = only(read("\uFEFFMã;Tên;Loại\nA1;Sở Y tế, Bà Rịa;AGENCY"));
        assertThat(rows).containsExactly(List.of("Mã", "Tên", "Loại"), List.of("A1", "Sở Y tế, Bà Rịa", "AGENCY"));
    }

    @Test
    void csvWithTabs() {
        assertThat(only(read("Mã\tTên\nA1\tB, C\n"))).containsExactly(List.of("Mã", "Tên"), List.of("A1", "B, C"));
    }

    @Test
    void xlsxCellsReadAsExcelShowsThemOneTablePerSheet() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet nodes = book.createSheet("Đơn vị");
            Row header = nodes.createRow(0);
            header.createCell(0).setCellValue("Mã");
            header.createCell(1).setCellValue("Tên");
            Row row = nodes.createRow(2);
            row.createCell(0).setCellValue(1234);
            row.createCell(1).setCellValue("  Trạm Y tế  ");
            book.createSheet("Người dùng");
            book.write(out);
            xlsx = out.toByteArray();
        }
        List<SpreadsheetReader.Table> tables = SpreadsheetReader.read(xlsx);
        assertThat(tables).extracting(SpreadsheetReader.Table::name).containsExactly("Đơn vị", "Người dùng");
        assertThat(tables.get(0).rows()).containsExactly(List.of("Mã", "Tên"), List.of(), List.of("1234", "Trạm Y tế"));
        assertThat(tables.get(1).rows()).isEmpty();
    }

    @Test
    void whatIsNoSpreadsheetIsRefusedWithAMessageKey() {
        assertRefused(new byte[0], "orgimport.error.emptyFile");
        assertRefused(new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 1, 2, 3}, "orgimport.error.notSpreadsheet");
        assertRefused(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, "orgimport.error.notSpreadsheet");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}, "orgimport.error.oldExcel");
        assertRefused("Tên\nBà Rịa\n".getBytes(StandardCharsets.ISO_8859_1), "orgimport.error.notUtf8");
    }

    @Test
    void aZipThatInflatesBeyondTheLimitIsRefusedBeforePoiReadsIt() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= SpreadsheetReader.MAX_UNPACKED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(1024 * 1024);
        assertRefused(bomb.toByteArray(), "orgimport.error.unpackedTooLarge");
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> SpreadsheetReader.read(content)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo(key);
    }

    private static List<SpreadsheetReader.Table> read(String csv) {
        return SpreadsheetReader.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> only(List<SpreadsheetReader.Table> tables) {
        assertThat(tables).hasSize(1);
        return tables.get(0).rows();
    }
}
