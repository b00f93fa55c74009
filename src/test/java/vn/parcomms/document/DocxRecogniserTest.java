package vn.parcomms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.parcomms.shared.DomainException;

/**
 * Recognising a plan in a Word file: what the application writes reads back to the same document,
 * a clerk's file of each seed plan (Word's own lists and typed markers) reads with every paragraph
 * in order, and a file that is not a readable .docx is refused with a message saying why.
 */
class DocxRecogniserTest {

    private final DocumentService documents = new DocumentService();

    @Test
    void theDemoPlanAsTheApplicationWritesItReadsBackToTheSameDocument() {
        assertRoundTrip(SeedPlan79a.document());
    }

    @Test
    void everyListStyleItemsOfSeveralParagraphsAndAnAuthorityOnTwoLinesReadBack() {
        OfficialDocument document = new OfficialDocument(
                DocumentHeader.draft("UBND HUYỆN XUYÊN MỘC", "TRUNG TÂM Y TẾ HUYỆN XUYÊN MỘC", "/KH-TTYT", "Xuyên Mộc",
                        2026),
                DocumentKind.PLAN, List.of("Thông tin, tuyên truyền cải cách hành chính năm 2026"),
                List.of("Căn cứ Kế hoạch số 79a/KH-SYT của Sở Y tế;"),
                List.of(new Section("MỤC ĐÍCH, YÊU CẦU", List.of(
                                new Content.SubSection("Mục đích:", List.of(new Content.ListItems(ListStyle.DASH,
                                        List.of(List.of("Nâng cao nhận thức.", "+ Cán bộ, viên chức;",
                                                        "+ Người dân."),
                                                List.of("Tạo đồng thuận."))))),
                                new Content.SubSection("Yêu cầu:", List.of(new Content.ListItems(ListStyle.PLAIN,
                                        List.of(List.of("Bám sát kế hoạch của Sở."))))))),
                        new Section("NỘI DUNG", List.of(
                                new Content.ListItems(ListStyle.PLAIN, List.of(List.of("Tập trung vào:"))),
                                new Content.ListItems(ListStyle.LETTERED, List.of(List.of("Thủ tục hành chính;"),
                                        List.of("Dịch vụ công trực tuyến;", "Đoạn thứ hai của mục b."),
                                        List.of("Chuyển đổi số."))))),
                        new Section("GIẢI PHÁP", List.of(new Content.ListItems(ListStyle.NUMBERED,
                                List.of(List.of("Lồng ghép tuyên truyền."), List.of("Kiểm tra, đôn đốc."))))),
                        new Section("TỔ CHỨC THỰC HIỆN", List.of(
                                new Content.SubSection("Phòng Kế hoạch - Nghiệp vụ", List.of(new Content.ListItems(
                                        ListStyle.PLUS, List.of(List.of("Tham mưu."), List.of("Tổng hợp."))))),
                                new Content.SubSection("Các khoa, phòng", List.of(new Content.ListItems(
                                        ListStyle.DASH, List.of(List.of("Thực hiện."), List.of("Báo cáo.")))))))),
                List.of("Trên đây là Kế hoạch của Trung tâm."),
                List.of(Recipient.of("Sở Y tế", "báo cáo"), Recipient.of("Các khoa, phòng")), "VT, KHNV",
                new Signer(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Lê Thị Hoa"), List.of());
        RecognisedDocument read = assertRoundTrip(document);
        assertThat(read.signerAuthority()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(read.header().number()).isEqualTo("/KH-TTYT");
        assertThat(read.header().date()).isNull();
        assertThat(read.header().year()).isEqualTo(2026);
    }

    @Test
    void aSignerWithoutANameReadsAsNoName() {
        OfficialDocument document = new OfficialDocument(
                new DocumentHeader("", "SỞ Y TẾ", "5/KH-SYT", "Bà Rịa - Vũng Tàu", LocalDate.of(2026, 2, 4)),
                DocumentKind.PLAN, List.of("Kế hoạch ngắn"), List.of(), List.of(Section.of("Nội dung",
                        new Content.ListItems(ListStyle.DASH, List.of(List.of("Một việc."))))),
                List.of(), List.of(), "VT", new Signer(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), ""), List.of());
        RecognisedDocument read = assertRoundTrip(document);
        assertThat(read.signerName()).isEmpty();
        assertThat(read.header().date()).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(read.header().parentBody()).isEmpty();
    }

    private RecognisedDocument assertRoundTrip(OfficialDocument document) {
        RecognisedDocument read = documents.recognise(documents.docx(document));
        assertThat(read.header()).isEqualTo(PrintedOutline.header(document.header()));
        assertThat(read.title()).containsExactlyElementsOf(document.title());
        assertThat(read.preamble()).containsExactlyElementsOf(document.preamble());
        assertThat(PrintedOutline.of(read.sections())).containsExactlyElementsOf(PrintedOutline.of(document.sections()));
        assertThat(read.closing()).containsExactlyElementsOf(PrintedOutline.closing(document.closing()));
        assertThat(read.recipients()).containsExactlyElementsOf(document.recipients());
        assertThat(read.archive()).isEqualTo(document.archive());
        assertThat(read.signerAuthority()).containsExactlyElementsOf(document.signer().authority());
        assertThat(read.signerName()).isEqualTo(document.signer().name());
        return read;
    }

    static Stream<SeedPlans.Seed> seeds() {
        return SeedPlans.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void aClerksWordFileOfEachSeedReadsWithEveryParagraphInOrder(SeedPlans.Seed seed) {
        OfficialDocument document = seed.document();
        RecognisedDocument read = documents.recognise(ClerkDocx.write(document));
        assertThat(read.sections()).as("sections recognised").hasSameSizeAs(document.sections());
        assertThat(read.sections()).extracting(Section::heading)
                .containsExactlyElementsOf(document.sections().stream().map(Section::heading).toList());
        assertThat(paragraphs(read)).containsExactlyElementsOf(paragraphs(document));
    }

    /** Every paragraph's text without its marker, in reading order, from the header to the signer. */
    private static List<String> paragraphs(OfficialDocument d) {
        List<String> texts = new ArrayList<>();
        header(d.header(), texts);
        texts.addAll(d.title());
        texts.addAll(d.preamble());
        d.sections().forEach(s -> {
            texts.add(s.heading());
            content(s.content(), texts);
        });
        texts.addAll(d.closing());
        d.recipients().forEach(r -> texts.add(recipient(r)));
        texts.add(d.archive());
        texts.addAll(d.signer().authority());
        texts.add(d.signer().name());
        return clean(texts);
    }

    private static List<String> paragraphs(RecognisedDocument d) {
        List<String> texts = new ArrayList<>();
        header(d.header(), texts);
        texts.addAll(d.title());
        texts.addAll(d.preamble());
        d.sections().forEach(s -> {
            texts.add(s.heading());
            content(s.content(), texts);
        });
        texts.addAll(d.closing());
        d.recipients().forEach(r -> texts.add(recipient(r)));
        texts.add(d.archive());
        texts.addAll(d.signerAuthority());
        texts.add(d.signerName());
        return clean(texts);
    }

    private static void header(DocumentHeader h, List<String> texts) {
        texts.add(h.parentBody());
        texts.add(h.issuingBody());
        texts.add(h.number());
        texts.add(h.place());
        texts.add(Integer.toString(h.year()));
    }

    private static String recipient(Recipient r) {
        return r.purpose().isBlank() ? r.name() : r.name() + " (" + r.purpose() + ")";
    }

    private static void content(List<Content> content, List<String> texts) {
        for (Content c : content) {
            if (c instanceof Content.Paragraph p) {
                texts.add(p.text());
            } else if (c instanceof Content.Bullet b) {
                texts.add(b.text());
            } else if (c instanceof Content.Lettered l) {
                texts.addAll(l.items());
            } else if (c instanceof Content.Numbered n) {
                texts.addAll(n.items());
            } else if (c instanceof Content.ListItems list) {
                list.items().forEach(texts::addAll);
            } else if (c instanceof Content.SubSection s) {
                texts.add(s.heading());
                content(s.content(), texts);
            }
        }
    }

    /**
     * Composed, single-spaced, without one leading list marker: the outline computes letters and
     * numbers, so a seed's "5." after "3." reads back as the fourth item, and is the same sentence.
     */
    private static List<String> clean(List<String> texts) {
        return texts.stream().map(PrintedOutline::clean)
                .map(t -> t.replaceFirst("^(?:\\(?[a-zđ]\\)|(?:\\d{1,2}\\.)*\\d{1,2}[.)]|[-+•])\\s+", ""))
                .filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused(new byte[0], "document.import.error.empty");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsOpened() {
        assertRefused(new byte[DocumentService.maxRecognisedBytes() + 1], "document.import.error.tooLarge");
    }

    @Test
    void textOrAPictureIsNotAWordFile() {
        assertRefused("KẾ HOẠCH\nI. Mục đích".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "document.import.error.notDocx");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "document.import.error.notDocx");
    }

    @Test
    void aSpreadsheetIsNotAWordFile() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("KẾ HOẠCH").createRow(0).createCell(0).setCellValue("KẾ HOẠCH");
            workbook.write(out);
            assertRefused(out.toByteArray(), "document.import.error.notDocx");
        }
    }

    @Test
    void anOldWordDocumentIsRefusedWithItsOwnMessage() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
            assertRefused(out.toByteArray(), "document.import.error.legacyDoc");
        }
    }

    @Test
    void aPasswordProtectedWordFileIsRefusedWithItsOwnMessage() throws Exception {
        byte[] plain = documents.docx(SeedPlan79a.document());
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            assertRefused(out.toByteArray(), "document.import.error.encrypted");
        }
    }

    @Test
    void aWordFileWithoutKeHoachIsNotAPlan() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.createParagraph().createRun().setText("BÁO CÁO");
            docx.createParagraph().createRun().setText("Kết quả quý I");
            docx.write(out);
            assertRefused(out.toByteArray(), "document.import.error.notAPlan");
        }
    }

    @Test
    void textOutsideTheLayoutStaysAsPlainParagraphsAndIsNamed() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.createParagraph().createRun().setText("KẾ HOẠCH");
            docx.createParagraph();
            var heading = docx.createParagraph().createRun();
            heading.setBold(true);
            heading.setText("I. NỘI DUNG");
            docx.createParagraph().createRun().setText("Một đoạn văn không có dấu đầu dòng.");
            docx.createParagraph().createRun().setText("- Một dòng gạch đầu dòng.");
            var table = docx.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Cột một");
            table.getRow(0).getCell(1).setText("Cột hai");
            docx.write(out);
            RecognisedDocument read = documents.recognise(out.toByteArray());
            assertThat(read.sections()).hasSize(1);
            assertThat(read.sections().get(0).content()).containsExactly(
                    new Content.ListItems(ListStyle.PLAIN, List.of(List.of("Một đoạn văn không có dấu đầu dòng."))),
                    new Content.ListItems(ListStyle.DASH, List.of(List.of("Một dòng gạch đầu dòng.",
                            "Cột một | Cột hai"))));
            assertThat(read.plainText()).containsExactly("Một đoạn văn không có dấu đầu dòng.", "Cột một | Cột hai");
            assertThat(read.title()).isEmpty();
        }
    }

    private void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> documents.recognise(bytes)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo("file");
        });
    }
}
