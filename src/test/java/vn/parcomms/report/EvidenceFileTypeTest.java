package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class EvidenceFileTypeTest {

    static byte[] zipWith(String entryName) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void recognisesTheAcceptedTypesByTheirContent() throws IOException {
        assertThat(EvidenceFileType.detect("%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                .contains(EvidenceFileType.PDF);
        assertThat(EvidenceFileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}))
                .contains(EvidenceFileType.JPEG);
        assertThat(EvidenceFileType.detect(new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A}))
                .contains(EvidenceFileType.PNG);
        assertThat(EvidenceFileType.detect(zipWith("word/document.xml"))).contains(EvidenceFileType.DOCX);
        assertThat(EvidenceFileType.detect(zipWith("xl/workbook.xml"))).contains(EvidenceFileType.XLSX);
    }

    @Test
    void refusesAnExecutableAPlainZipAndEmptyContent() throws IOException {
        assertThat(EvidenceFileType.detect(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0})).isEmpty();
        assertThat(EvidenceFileType.detect(zipWith("payload.exe"))).isEmpty();
        assertThat(EvidenceFileType.detect(new byte[0])).isEmpty();
        assertThat(EvidenceFileType.detect(new byte[] {'P', 'K', 3, 4, 9, 9, 9})).isEmpty();
    }

    @Test
    void storedNamesLoseTheirPathAndTakeTheExtensionOfTheDetectedType() {
        assertThat(ReportService.fileName("C:\\Users\\a\\Biên bản hội nghị.pdf", EvidenceFileType.PDF))
                .isEqualTo("Biên bản hội nghị.pdf");
        assertThat(ReportService.fileName("../../etc/scan.exe", EvidenceFileType.PNG)).isEqualTo("scan.png");
        assertThat(ReportService.fileName("", EvidenceFileType.DOCX)).isEqualTo("evidence.docx");
    }
}
