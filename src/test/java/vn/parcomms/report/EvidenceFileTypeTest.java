package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

    /**
     * A Word file of [Content_Types].xml and one part of {@code zeros} zero bytes, deflated while
     * written: a megabyte or so that inflates to {@code zeros}. Generated, never stored.
     */
    static byte[] zipBomb(long zeros) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] chunk = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, zeros - written));
            }
        }
        return bytes.toByteArray();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWordFileThatInflatesToAGigabyteIsAnUnsafeArchive() throws IOException {
        byte[] bomb = zipBomb(1024L * 1024 * 1024);
        EvidenceFileType.Inspection inspection = EvidenceFileType.inspect(bomb);
        assertThat(inspection.unsafeArchive()).isTrue();
        assertThat(inspection.type()).isEmpty();
        assertThat(EvidenceFileType.detect(bomb)).isEmpty();
    }

    @Test
    void aWordFileOfTooManyPartsIsAnUnsafeArchive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i <= EvidenceFileType.ArchiveLimits.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("word/media/p" + i + ".xml"));
            }
        }
        assertThat(EvidenceFileType.inspect(bytes.toByteArray()).unsafeArchive()).isTrue();
    }

    @Test
    void anOrdinaryWordFileWithCompressibleTextIsAccepted() throws IOException {
        // Two megabytes of numbered paragraphs compress some 10 to 30 times, as a real document does.
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 0; paragraphs.length() < 2_000_000; i++) {
            paragraphs.append("<w:p><w:r><w:t>Hoạt động ").append(i).append(": đăng ").append((i * 7919) % 100_003)
                    .append(" tin bài, hội nghị ngày ").append(i % 28 + 1).append("/").append(i % 12 + 1)
                    .append("</w:t></w:r></w:p>\n");
        }
        byte[] text = paragraphs.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(text);
        }
        assertThat(EvidenceFileType.inspect(bytes.toByteArray()))
                .isEqualTo(new EvidenceFileType.Inspection(java.util.Optional.of(EvidenceFileType.DOCX), false));
    }

    @Test
    void storedNamesLoseTheirPathAndTakeTheExtensionOfTheDetectedType() {
        assertThat(ReportDrafting.fileName("C:\\Users\\a\\Biên bản hội nghị.pdf", EvidenceFileType.PDF))
                .isEqualTo("Biên bản hội nghị.pdf");
        assertThat(ReportDrafting.fileName("../../etc/scan.exe", EvidenceFileType.PNG)).isEqualTo("scan.png");
        assertThat(ReportDrafting.fileName("", EvidenceFileType.DOCX)).isEqualTo("evidence.docx");
    }
}
