package vn.parcomms.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** Opens the exported demo plan 79a/KH-SYT with Apache POI and checks it as a clerk would. */
class DocxRendererTest {

    private static final Pattern LETTERED = Pattern.compile("^([a-zđ]{1,2})\\) ");
    private static final double MM_IN_TWIPS = 1440 / 25.4;

    private static XWPFDocument plan;

    @BeforeAll
    static void render() throws IOException {
        plan = open(new DocumentService().docx(SeedPlan79a.document()));
    }

    @Test
    void pageIsA4WithDecree30Margins() {
        CTSectPr section = plan.getDocument().getBody().getSectPr();
        assertThat(twips(section.getPgSz().getW())).isEqualTo(11906);
        assertThat(twips(section.getPgSz().getH())).isEqualTo(16838);
        CTPageMar margins = section.getPgMar();
        assertThat(mm(margins.getTop())).isBetween(20.0, 25.0);
        assertThat(mm(margins.getBottom())).isBetween(20.0, 25.0);
        assertThat(mm(margins.getLeft())).isBetween(30.0, 35.0);
        assertThat(mm(margins.getRight())).isBetween(15.0, 20.0);
    }

    @Test
    void everyTextIsTimesNewRoman13Or14ExceptTheRecipients() throws Exception {
        CTFonts defaults = StylesDocument.Factory.parse(plan.getStyles().getPackagePart().getInputStream()).getStyles()
                .getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
        assertThat(List.of(defaults.getAscii(), defaults.getHAnsi(), defaults.getEastAsia(), defaults.getCs()))
                .containsOnly("Times New Roman");
        List<XWPFParagraph> recipients = signatureCell(0).getParagraphs();
        List<XWPFRun> checked = new ArrayList<>();
        for (XWPFParagraph paragraph : allParagraphs()) {
            for (XWPFRun run : paragraph.getRuns()) {
                if (run.text().isBlank()) {
                    continue;
                }
                for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
                    assertThat(run.getFontFamily(range)).as("%s font of \"%s\"", range, run.text())
                            .isEqualTo("Times New Roman");
                }
                if (!recipients.contains(paragraph)) {
                    assertThat(run.getFontSizeAsDouble()).as("size of \"%s\"", run.text()).isBetween(13.0, 14.0);
                    checked.add(run);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(50);
    }

    @Test
    void headerHasTheBodiesLeftAndTheNationalTitleRight() {
        XWPFTable header = plan.getTables().get(0);
        List<XWPFParagraph> left = header.getRow(0).getCell(0).getParagraphs();
        assertThat(left.get(0).getText()).isEqualTo("UBND TỈNH BÀ RỊA - VŨNG TÀU");
        assertThat(left.get(0).getRuns().get(0).isBold()).isFalse();
        assertThat(left.get(1).getText()).isEqualTo("SỞ Y TẾ");
        assertThat(left.get(1).getRuns().get(0).isBold()).isTrue();
        assertThat(isRule(left.get(2))).as("rule under the issuing body").isTrue();

        List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
        assertThat(right.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(right.get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(right.get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(right.get(1).getRuns().get(0).isBold()).isTrue();
        assertThat(isRule(right.get(2))).as("rule under the motto").isTrue();

        assertThat(header.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal().toString()).isEqualTo("none");
    }

    @Test
    void numberLineIsUnderTheBodiesAndTheItalicPlaceDateUnderTheNationalTitle() {
        XWPFTableRow row = plan.getTables().get(0).getRow(1);
        assertThat(row.getCell(0).getText()).isEqualTo("Số: 79a/KH-SYT");
        XWPFParagraph placeDate = row.getCell(1).getParagraphs().get(0);
        assertThat(placeDate.getText()).isEqualTo("Bà Rịa - Vũng Tàu, ngày 06 tháng 5 năm 2025");
        assertThat(placeDate.getRuns()).allMatch(XWPFRun::isItalic);
    }

    @Test
    void kindAndTitleAreBoldAndCentred() {
        List<XWPFParagraph> body = plan.getParagraphs();
        XWPFParagraph kind = body.stream().filter(p -> p.getText().equals("KẾ HOẠCH")).findFirst().orElseThrow();
        assertThat(kind.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(kind.getRuns()).allMatch(XWPFRun::isBold);
        XWPFParagraph title = body.get(body.indexOf(kind) + 1);
        assertThat(title.getText()).isEqualTo("Thông tin, tuyên truyền công tác cải cách hành chính");
        assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(title.getRuns()).allMatch(XWPFRun::isBold);
    }

    @Test
    void sectionsFollowTheSeedsOrderInBold() {
        List<String> texts = plan.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        int previous = -1;
        for (String heading : SeedPlan79a.SECTION_HEADINGS) {
            int index = texts.indexOf(heading);
            assertThat(index).as(heading).isGreaterThan(previous);
            assertThat(plan.getParagraphs().get(index).getRuns()).allMatch(XWPFRun::isBold);
            previous = index;
        }
    }

    @Test
    void contentItemsAndFormsAreLetteredTheVietnameseWay() {
        List<String> lettered = plan.getParagraphs().stream().map(XWPFParagraph::getText)
                .filter(text -> LETTERED.matcher(text).find()).toList();
        List<String> expected = new ArrayList<>(SeedPlan79a.CONTENT_ITEM_STARTS);
        expected.addAll(SeedPlan79a.FORM_STARTS);
        assertThat(lettered).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(lettered.get(i)).startsWith(expected.get(i));
        }
        assertThat(letters(lettered)).containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l",
                "a", "b", "c", "d", "đ", "e");
    }

    @Test
    void bodyEndsWithTheEndMarkBeforeTheSignature() {
        List<IBodyElement> elements = plan.getBodyElements();
        int signature = elements.indexOf(plan.getTables().get(plan.getTables().size() - 1));
        String lastText = "";
        for (int i = 0; i < signature; i++) {
            if (elements.get(i) instanceof XWPFParagraph paragraph && !paragraph.getText().isBlank()) {
                lastText = paragraph.getText();
            }
        }
        assertThat(lastText).endsWith("phối hợp triển khai thực hiện./.");
    }

    @Test
    void recipientsAreBottomLeftWithABoldItalicHeading() {
        List<XWPFParagraph> recipients = signatureCell(0).getParagraphs();
        XWPFRun heading = recipients.get(0).getRuns().get(0);
        assertThat(recipients.get(0).getText()).isEqualTo("Nơi nhận:");
        assertThat(heading.isBold()).isTrue();
        assertThat(heading.isItalic()).isTrue();
        assertThat(heading.getFontSizeAsDouble()).isEqualTo(12.0);
        List<String> lines = recipients.stream().skip(1).map(XWPFParagraph::getText).toList();
        assertThat(lines).startsWith("- Sở Nội vụ (báo cáo);", "- Đảng ủy SYT;").endsWith("- Lưu: VT, VP.");
        assertThat(recipients.stream().skip(1).flatMap(p -> p.getRuns().stream()))
                .allMatch(run -> run.getFontSizeAsDouble() == 11.0);
    }

    @Test
    void signerIsBottomRightWithBoldAuthorityAndName() {
        List<XWPFParagraph> signer = signatureCell(1).getParagraphs().stream()
                .filter(p -> !p.getText().isBlank()).toList();
        assertThat(signer).extracting(XWPFParagraph::getText).containsExactly("GIÁM ĐỐC", SeedPlan79a.FICTIONAL_SIGNER);
        assertThat(signer).allMatch(p -> p.getRuns().stream().allMatch(XWPFRun::isBold));
        assertThat(signer).allMatch(p -> p.getAlignment() == ParagraphAlignment.CENTER);
    }

    @Test
    void pagesAreNumberedTopCentreFromPageTwo() {
        CTSectPr section = plan.getDocument().getBody().getSectPr();
        assertThat(section.isSetTitlePg()).as("different first page").isTrue();
        XWPFHeader first = plan.getHeaderFooterPolicy().getFirstPageHeader();
        XWPFHeader other = plan.getHeaderFooterPolicy().getDefaultHeader();
        assertThat(first.getText()).isBlank();
        XWPFParagraph number = other.getParagraphs().get(0);
        assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(number.getCTP().xmlText()).contains("fldChar").contains(" PAGE ");
    }

    @Test
    void reportPrintsItsKindSignerOnBehalfAndFiguresAsRightAlignedNumbers() throws IOException {
        XWPFDocument report = open(new DocumentService().docx(DemoReport.unitReportQ1()));
        assertThat(report.getParagraphs()).extracting(XWPFParagraph::getText).contains("BÁO CÁO",
                "Kết quả thực hiện công tác thông tin, tuyên truyền CCHC", "quý I năm 2025");
        XWPFTable figures = report.getTables().get(1);
        assertThat(figures.getRow(0).getCell(1).getText()).isEqualTo("Chỉ tiêu");
        XWPFTableCell participants = figures.getRow(3).getCell(2);
        assertThat(participants.getText()).isEqualTo("1.200");
        assertThat(participants.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        assertThat(figures.getRow(3).getCell(4).getText()).isEqualTo("26,25");
        XWPFTableRow totals = figures.getRow(4);
        assertThat(totals.getCell(3).getText()).isEqualTo("328");
        assertThat(totals.getCell(3).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        XWPFTable signature = report.getTables().get(report.getTables().size() - 1);
        assertThat(signature.getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                .startsWith("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }

    @Test
    void annexStartsOnANewPageWithARepeatedHeaderRow() throws IOException {
        XWPFDocument annexed = open(new DocumentService().docx(DemoAnnex.planWithActivities(3)));
        XWPFParagraph heading = annexed.getParagraphs().stream()
                .filter(p -> p.getText().equals(DemoAnnex.HEADING)).findFirst().orElseThrow();
        assertThat(heading.isPageBreak()).isTrue();
        XWPFParagraph reference = annexed.getParagraphs().get(annexed.getParagraphs().indexOf(heading) + 2);
        assertThat(reference.getText()).startsWith("(Kèm theo Kế hoạch số 79a/KH-SYT");
        assertThat(reference.getRuns()).allMatch(run -> run.isItalic() && !run.isBold());
        XWPFTable activities = annexed.getTables().get(annexed.getTables().size() - 1);
        assertThat(activities.getRow(0).isRepeatHeader()).isTrue();
        assertThat(activities.getRows()).hasSize(4);
        assertThat(activities.getRow(3).getCell(4).getText()).isEqualTo("30");
    }

    @Test
    void aLandscapeAnnexIsASectionOfItsOwnAfterThePortraitBody() throws IOException {
        XWPFDocument annexed = open(new DocumentService().docx(DemoAnnex.planWithNineColumnAnnex(5)));
        CTSectPr annex = annexed.getDocument().getBody().getSectPr();
        assertThat(annex.getPgSz().getOrient().toString()).isEqualTo("landscape");
        assertThat(twips(annex.getPgSz().getW())).isEqualTo(16838);
        assertThat(twips(annex.getPgSz().getH())).isEqualTo(11906);
        assertThat(annex.isSetTitlePg()).as("the annex's first page is numbered").isFalse();
        assertThat(annex.sizeOfHeaderReferenceArray()).isPositive();

        List<XWPFParagraph> sectionEnds = annexed.getParagraphs().stream()
                .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()).toList();
        assertThat(sectionEnds).hasSize(1);
        CTSectPr body = sectionEnds.get(0).getCTP().getPPr().getSectPr();
        assertThat(twips(body.getPgSz().getW())).isEqualTo(11906);
        assertThat(twips(body.getPgSz().getH())).isEqualTo(16838);
        assertThat(body.isSetTitlePg()).as("the plan's first page stays without a number").isTrue();
        List<IBodyElement> elements = annexed.getBodyElements();
        XWPFParagraph heading = annexed.getParagraphs().stream()
                .filter(p -> p.getText().equals(DemoAnnex.HEADING)).findFirst().orElseThrow();
        assertThat(elements.indexOf(sectionEnds.get(0))).as("the section ends before the annex")
                .isLessThan(elements.indexOf(heading));
        assertThat(elements.indexOf(sectionEnds.get(0)))
                .isGreaterThan(elements.indexOf(annexed.getTables().get(annexed.getTables().size() - 2)));
    }

    @Test
    void theAnnexTableFillsTheLandscapeWidthWithRoomForItsTextColumns() throws IOException {
        XWPFDocument annexed = open(new DocumentService().docx(DemoAnnex.planWithNineColumnAnnex(5)));
        XWPFTable activities = annexed.getTables().get(annexed.getTables().size() - 1);
        List<Integer> widths = activities.getCTTbl().getTblGrid().getGridColList().stream()
                .map(col -> twips(col.getW())).toList();
        assertThat(widths).hasSize(9);
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        // 297 mm less the 30 mm and 15 mm margins.
        assertThat(total / MM_IN_TWIPS).isCloseTo(252.0, org.assertj.core.data.Offset.offset(1.0));
        double stt = widths.get(0) / MM_IN_TWIPS;
        double content = widths.get(1) / MM_IN_TWIPS;
        double activity = widths.get(2) / MM_IN_TWIPS;
        assertThat(stt).as("STT").isBetween(8.0, 15.0);
        assertThat(content).as("Nội dung").isGreaterThan(35.0);
        assertThat(activity).as("Hoạt động").isGreaterThan(content);
        for (int c = 0; c < 9; c++) {
            if (c > 0) {
                assertThat(widths.get(c) / MM_IN_TWIPS).as(DemoAnnex.NINE_COLUMNS.get(c)).isGreaterThan(15.0);
            }
            XWPFTableCell cell = activities.getRow(1).getCell(c);
            assertThat(twips(cell.getCTTc().getTcPr().getTcW().getW())).isEqualTo(widths.get(c));
        }
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static XWPFTableCell signatureCell(int column) {
        List<XWPFTable> tables = plan.getTables();
        return tables.get(tables.size() - 1).getRow(0).getCell(column);
    }

    private static List<XWPFParagraph> allParagraphs() {
        List<XWPFParagraph> paragraphs = new ArrayList<>(plan.getParagraphs());
        for (XWPFTable table : plan.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    paragraphs.addAll(cell.getParagraphs());
                }
            }
        }
        return paragraphs;
    }

    private static boolean isRule(XWPFParagraph paragraph) {
        return paragraph.getText().isEmpty() && paragraph.getCTP().getPPr().isSetPBdr()
                && paragraph.getCTP().getPPr().getPBdr().isSetBottom();
    }

    private static List<String> letters(List<String> lettered) {
        List<String> letters = new ArrayList<>();
        for (String text : lettered) {
            Matcher matcher = LETTERED.matcher(text);
            assertThat(matcher.find()).isTrue();
            letters.add(matcher.group(1));
        }
        assertThat(letters).doesNotContain("f", "j", "w", "z");
        return letters;
    }

    private static int twips(Object value) {
        return new BigInteger(value.toString()).intValue();
    }

    private static double mm(Object twips) {
        return Math.round(twips(twips) / MM_IN_TWIPS * 10) / 10.0;
    }
}
