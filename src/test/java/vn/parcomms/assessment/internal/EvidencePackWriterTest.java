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
import java.time.Instant;
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
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.parcomms.assessment.AssessmentSheet;
import vn.parcomms.assessment.AssessmentStatus;
import vn.parcomms.assessment.CriterionKind;
import vn.parcomms.document.DocumentService;
import vn.parcomms.organization.Letterhead;
import vn.parcomms.support.Csv;

/**
 * The pack's writer on a hand-made pack, without Spring: file names, a document behind two
 * criteria, the sheet's self-scored and appraised columns, difference, reasons, comments and
 * history in the XLSX and the PDF, streaming.
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
                        LocalDate.of(2025, 3, 15), "báo cáo Q1 Đơn vị A", "pdf", report)));

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
    void theSheetHoldsBothColumnsTheDifferenceReasonsCommentsAndHistory() throws IOException {
        // Hand-checked: criterion 1 (max 2) is the sum of 1.1 and 1.2; criterion 2 (max 1) stands alone.
        // Self 1.1 = 1 (computed 0.8), 1.2 = 1 → 1 = 2; appraised 1.1 = 0.75, 1.2 = 0.75 → 1 = 1.5;
        // 2: computed, self and appraised 0. Totals: computed 1.8, self 2, appraised 1.5, difference −0.5.
        AssessmentSheet sheet = new AssessmentSheet(1, "Sở Y tế", 2025, 9L, 3L, AssessmentStatus.APPRAISED, List.of(
                row("1", "Thực hiện kế hoạch", 0, "2", "1.8", "2", null, "1.5", null, "-0.5"),
                row("1.1", "Chỉ tiêu đạt", 1, "1", "0.8", "1", "Bổ sung minh chứng hội nghị", "0.75",
                        "Thiếu biên bản", "-0.25"),
                row("1.2", "Kênh truyền thông", 1, "1", "1", "1", null, "0.75", null, "-0.25"),
                row("2", "Báo cáo đúng hạn", 0, "1", "0", "0", null, "0", null, "0")),
                new BigDecimal("1.8"), new BigDecimal("2"), new BigDecimal("1.5"), new BigDecimal("3"), null,
                "Trần Văn Lãnh", Instant.parse("2026-01-05T02:00:00Z"), "Lê Thị Thẩm", Instant.parse("2026-01-20T08:30:00Z"),
                List.of(new AssessmentSheet.HistoryLine("APPRAISED", "Lê Thị Thẩm", Instant.parse("2026-01-20T08:30:00Z"),
                                null, null),
                        new AssessmentSheet.HistoryLine("RETURNED", "Lê Thị Thẩm", Instant.parse("2026-01-10T03:00:00Z"),
                                "Thiếu biên bản hội nghị", null)),
                new AssessmentSheet.Permissions(false, false, false), List.of());

        Map<String, byte[]> files = unzip(write(new EvidencePack(LETTERHEAD, sheet, "https://app.example.vn", List.of()), VI));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(files.get("00-bang-tu-cham-diem-2025.xlsx")))) {
            Sheet first = book.getSheetAt(0);
            assertThat(first.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Chênh lệch (thẩm định − tự chấm)");
            Row sub = first.getRow(2);
            assertThat(sub.getCell(0).getStringCellValue()).isEqualTo("    1.1");
            assertThat(sub.getCell(3).getNumericCellValue()).isEqualTo(0.8);
            assertThat(sub.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sub.getCell(5).getStringCellValue()).isEqualTo("Bổ sung minh chứng hội nghị");
            assertThat(sub.getCell(7).getNumericCellValue()).isEqualTo(0.75);
            assertThat(sub.getCell(8).getStringCellValue()).isEqualTo("Thiếu biên bản");
            assertThat(sub.getCell(9).getNumericCellValue()).isEqualTo(-0.25);
            Row totals = first.getRow(5);
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Đã thẩm định");
            assertThat(List.of(totals.getCell(2).getNumericCellValue(), totals.getCell(3).getNumericCellValue(),
                    totals.getCell(4).getNumericCellValue(), totals.getCell(7).getNumericCellValue(),
                    totals.getCell(9).getNumericCellValue())).containsExactly(3.0, 1.8, 2.0, 1.5, -0.5);
            Sheet history = book.getSheetAt(1);
            assertThat(history.getLastRowNum()).isEqualTo(2);
            assertThat(history.getRow(1).getCell(0).getStringCellValue()).isEqualTo("20/01/2026 15:30");
            assertThat(history.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Thẩm định");
            assertThat(history.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Thiếu biên bản hội nghị");
        }
        byte[] pdf = files.get("00-bang-tu-cham-diem-2025.pdf");
        Path out = Path.of("target", "evidence-pack-sheet.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("SỞ Y TẾ", "BÁO CÁO", "Thực hiện kế hoạch", "Chênh lệch",
                    "Trạng thái: Đã thẩm định.", "Gửi thẩm định: Trần Văn Lãnh, 05/01/2026 09:00",
                    "Tiêu chí 1.1: Bổ sung minh chứng hội nghị", "Tiêu chí 1.1, ý kiến thẩm định: Thiếu biên bản",
                    "Quá trình tự chấm điểm và thẩm định",
                    "10/01/2026 10:00, Lê Thị Thẩm: Trả lại để chấm lại (Thiếu biên bản hội nghị)", "thẩm định");
            // A sub-criterion's row: computed, self, appraised, difference.
            assertThat(text).contains("Chỉ tiêu đạt 1 0,8 1 0,75 -0,25");
            // The totals row: maximum, computed, self-scored, appraised, difference, criteria only.
            assertThat(text).contains("Tổng cộng 3 1,8 2 1,5 -0,5");
        }
    }

    @Test
    void theIndexIsInTheUsersLanguage() throws IOException {
        Map<String, byte[]> files = unzip(write(pack(List.of()), Locale.ENGLISH));
        assertThat(Csv.rows(files.get("index.csv")).get(0))
                .containsExactly("Code", "Criterion", "Document", "Number", "Date", "File name");
        assertThat(files.keySet()).containsExactly("00-bang-tu-cham-diem-2025.xlsx", "00-bang-tu-cham-diem-2025.pdf",
                "index.csv");
    }

    private static final Letterhead LETTERHEAD = new Letterhead("Sở Y tế", "UBND tỉnh Bà Rịa - Vũng Tàu",
            "Bà Rịa - Vũng Tàu");

    /** A pack with no self-assessment yet: the sheet's computed points only. */
    private static EvidencePack pack(List<EvidencePack.Evidence> evidence) {
        AssessmentSheet sheet = new AssessmentSheet(1, "Sở Y tế", 2025, null, null, AssessmentStatus.NONE,
                List.of(row("1.1", "Ban hành kế hoạch", 0, "1", "0.5", "0.5", null, null, null, null)),
                new BigDecimal("0.5"), new BigDecimal("0.5"), null, BigDecimal.ONE, null, null, null, null, null,
                List.of(), new AssessmentSheet.Permissions(false, false, false), List.of());
        return new EvidencePack(LETTERHEAD, sheet, "https://app.example.vn", evidence);
    }

    private static AssessmentSheet.Row row(String code, String title, int depth, String max, String computed,
            String self, String reason, String appraised, String comment, String difference) {
        return new AssessmentSheet.Row(code, title, depth, CriterionKind.MANUAL, new BigDecimal(max),
                new BigDecimal(computed), null, new BigDecimal(self), reason != null, reason, List.of(),
                appraised == null ? null : new BigDecimal(appraised), comment,
                difference == null ? null : new BigDecimal(difference), depth > 0 || !code.equals("1"));
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
