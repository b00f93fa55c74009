package vn.parcomms.orgimport.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parcomms.shared.DomainException;

/**
 * Reads an uploaded file as tables of text cells: an XLSX workbook (one table per sheet, cells as
 * Excel shows them) or a CSV text in UTF-8 separated by commas, semicolons or tabs. The file's
 * content decides, not its name. Anything else is a {@link DomainException} with a message for the
 * upload form, never an exception text.
 */
public final class SpreadsheetReader {

    /** An XLSX of 5 MB may unpack to far more; beyond this it is refused before POI builds its model. */
    static final long MAX_UNPACKED_BYTES = 60L * 1024 * 1024;

    private SpreadsheetReader() {
    }

    /** A sheet (or the CSV) as rows of cells; {@code rows.get(i)} is spreadsheet row {@code i + 1}. */
    public record Table(String name, List<List<String>> rows) {
    }

    public static List<Table> read(byte[] content) {
        if (content.length == 0) {
            throw new DomainException("orgimport.error.emptyFile");
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            return readXlsx(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new DomainException("orgimport.error.oldExcel");
        }
        return List.of(new Table("CSV", Csv.parse(text(content))));
    }

    private static List<Table> readXlsx(byte[] content) {
        checkUnpackedSize(content);
        List<Table> tables = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    rows.add(cells(sheet.getRow(r), formatter));
                }
                tables.add(new Table(sheet.getSheetName(), rows));
            }
        } catch (IOException | RuntimeException e) {
            // A zip that is no workbook, a damaged or encrypted workbook: POI's reasons are for developers.
            throw new DomainException("orgimport.error.notSpreadsheet");
        }
        return tables;
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        return cells;
    }

    private static void checkUnpackedSize(byte[] content) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                total += drain(zip, buffer, MAX_UNPACKED_BYTES - total);
                if (total > MAX_UNPACKED_BYTES) {
                    throw new DomainException("orgimport.error.unpackedTooLarge");
                }
                zip.closeEntry();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DomainException("orgimport.error.notSpreadsheet");
        }
    }

    private static long drain(InputStream in, byte[] buffer, long allowed) throws IOException {
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > allowed) {
                return read;
            }
        }
        return read;
    }

    private static String text(byte[] content) {
        // Control characters other than tab and line breaks: a binary file (an image, a PDF), not text.
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                throw new DomainException("orgimport.error.notSpreadsheet");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("orgimport.error.notUtf8");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
