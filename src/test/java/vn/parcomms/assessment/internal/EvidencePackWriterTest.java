package vn.parcomms.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.parcomms.document.DocumentService;
import vn.parcomms.organization.Letterhead;
import vn.parcomms.support.Csv;

/**
 * The pack's writer on a hand-made pack, without Spring: file names, a document behind two
 * criteria, the self-scored and appraised columns the self-assessment will fill, streaming.
 */
class EvidencePackWriterTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final EvidencePackWriter writer = new EvidencePackWriter(messages(), new DocumentService());

    @Test
    void documentsAreNamedByCriterionInAsciiWrittenOnceAndIndexedUnderEachCriterion() throws IOException {
        AtomicInteger renders = new AtomicInteger();
        EvidencePack.Content report = out -> {
            renders.incrementAndGet();
            out.write("%PDF-report".getBytes(StandardCharsets.US_ASCII));
            out.close(); // a document closing its stream must not close the ZIP
        };
        String longName = "minh chứng đội ngũ " + "Trung tâm Y tế khu vực Đất Đỏ ".repeat(5);
        EvidencePack pack = pack(List.of(
                new EvidencePack.Evidence("1.1", "Ban hành kế hoạch", "plan:1", "Kế hoạch CCHC", "79a/KH-SYT",
                        LocalDate.of(2025, 5, 6), "kế hoạch 79a/KH-SYT", "pdf", bytes("%PDF-plan")),
                new EvidencePack.Evidence("2", "Thực hiện kế hoạch", "report:7", "Báo cáo Quý I", null,
                        LocalDate.of(2025, 3, 15), "báo cáo Q1 Đơn vị A", "pdf", report),
                new EvidencePack.Evidence("2", "Thực hiện kế hoạch", "file:3", "Ảnh", null, null, longName,
                        "P N G", bytes("png")),
                new EvidencePack.Evidence("3", "Báo cáo đúng hạn", "report:7", "Báo cáo Quý I", null,
                        LocalDate.of(2025, 3, 15), "báo cáo Q1 Đơn vị A", "pdf", report)),
                List.of(EvidencePack.SheetRow.computed("1", "Ban hành kế hoạch", 0, new BigDecimal("1"),
                        new BigDecimal("0.5"))));

        Map<String, byte[]> files = unzip(write(pack, VI));

        assertThat(files.keySet()).containsExactly("00-bang-tu-cham-diem-2025.xlsx", "00-bang-tu-cham-diem-2025.pdf",
                "index.csv", "01-TC1.1-ke-hoach-79a-KH-SYT.pdf", "02-TC2-bao-cao-Q1-Don-vi-A.pdf",
                // The name cut at 70 characters, the extension letters and digits only.
                "03-TC2-minh-chung-doi-ngu-Trung-tam-Y-te-khu-vuc-Dat-Do-Trung-tam-Y-te-khu-vu.png");
        assertThat(renders).as("the report behind two criteria is rendered once").hasValue(1);
        assertThat(new String(files.get("02-TC2-bao-cao-Q1-Don-vi-A.pdf"), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-report");

        List<List<String>> index = Csv.rows(files.get("index.csv"));
        assertThat(index).hasSize(1 + 2 + 4);
        assertThat(index.get(3)).containsExactly("1.1", "Ban hành kế hoạch", "Kế hoạch CCHC", "79a/KH-SYT",
                "06/05/2025", "01-TC1.1-ke-hoach-79a-KH-SYT.pdf");
        assertThat(index.get(6)).containsExactly("3", "Báo cáo đúng hạn", "Báo cáo Quý I", "", "15/03/2025",
                "02-TC2-bao-cao-Q1-Don-vi-A.pdf");
    }

    @Test
    void theSheetCarriesTheSelfScoredAndAppraisedColumnsWhenThereAreAny() throws IOException {
        EvidencePack pack = pack(List.of(), List.of(
                new EvidencePack.SheetRow("1", "Thực hiện kế hoạch", 0, new BigDecimal("2"), new BigDecimal("1.8"),
                        new BigDecimal("2"), "Bổ sung minh chứng hội nghị", new BigDecimal("1.5"), "Thiếu biên bản"),
                new EvidencePack.SheetRow("1.1", "Chỉ tiêu đạt", 1, new BigDecimal("1"), new BigDecimal("0.8"),
                        new BigDecimal("1"), null, new BigDecimal("0.75"), null),
                EvidencePack.SheetRow.computed("2", "Báo cáo đúng hạn", 0, new BigDecimal("1"), BigDecimal.ZERO)));

        Map<String, byte[]> files = unzip(write(pack, VI));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get("00-bang-tu-cham-diem-2025.xlsx")))) {
            Row first = book.getSheetAt(0).getRow(1);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(2.0);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Bổ sung minh chứng hội nghị");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(1.5);
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Thiếu biên bản");
            assertThat(book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo("    Chỉ tiêu đạt");
            assertThat(book.getSheetAt(0).getRow(3).getCell(4).getStringCellValue()).as("no self score yet").isEmpty();
            Row totals = book.getSheetAt(0).getRow(4);
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(1.8);
            // Sub-criteria are inside their criterion: the totals add the criteria only.
            assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(2.0);
            assertThat(totals.getCell(6).getNumericCellValue()).isEqualTo(1.5);
        }
        byte[] pdf = files.get("00-bang-tu-cham-diem-2025.pdf");
        Path out = Path.of("target", "evidence-pack-sheet.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SỞ Y TẾ", "BÁO CÁO", "Thực hiện kế hoạch", "1,8",
                    "Tiêu chí 1: Bổ sung minh chứng hội nghị", "thẩm định");
            // The totals row: maximum, computed, self-scored, appraised, criteria only.
            assertThat(text).containsPattern("Tổng cộng\\s+3\\s+1,8\\s+2\\s+1,5");
        }
    }

    @Test
    void theIndexIsInTheUsersLanguage() throws IOException {
        Map<String, byte[]> files = unzip(write(pack(List.of(), List.of()), Locale.ENGLISH));
        assertThat(Csv.rows(files.get("index.csv")).get(0))
                .containsExactly("Code", "Criterion", "Document", "Number", "Date", "File name");
        assertThat(files.keySet()).containsExactly("00-bang-tu-cham-diem-2025.xlsx", "00-bang-tu-cham-diem-2025.pdf",
                "index.csv");
    }

    private static EvidencePack pack(List<EvidencePack.Evidence> evidence, List<EvidencePack.SheetRow> sheet) {
        BigDecimal total = sheet.stream().filter(r -> r.depth() == 0).map(EvidencePack.SheetRow::computed)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal max = sheet.stream().filter(r -> r.depth() == 0).map(EvidencePack.SheetRow::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new EvidencePack(1, "Sở Y tế", 2025, new Letterhead("Sở Y tế", "UBND tỉnh Bà Rịa - Vũng Tàu",
                "Bà Rịa - Vũng Tàu"), sheet, total, max, evidence);
    }

    private byte[] write(EvidencePack pack, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(pack, locale, out);
        return out.toByteArray();
    }

    private static EvidencePack.Content bytes(String text) {
        return (OutputStream out) -> out.write(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
