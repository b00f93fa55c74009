package vn.parcomms.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Opens the exported demo plan 79a/KH-SYT with PDFBox: real, searchable Vietnamese text. */
class PdfRendererTest {

    private static final Pattern LETTERED_LINE = Pattern.compile("(?m)^([a-zđ]{1,2})\\) ");

    private static PDDocument plan;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        plan = Loader.loadPDF(new DocumentService().pdf(SeedPlan79a.document()));
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        text = stripper.getText(plan);
    }

    @AfterAll
    static void close() throws IOException {
        plan.close();
    }

    @Test
    void everyPageIsA4() {
        for (PDPage page : plan.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
        }
        assertThat(plan.getNumberOfPages()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyEmbeddedLiberationSerifIsUsed() throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : plan.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                names.add(font.getName());
            }
        }
        assertThat(names).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSerif.*"),
                "a subset of Liberation Serif");
        assertThat(names).anyMatch(name -> name.endsWith("LiberationSerif-Bold"))
                .anyMatch(name -> name.endsWith("LiberationSerif-Italic"));
    }

    @Test
    void headerTextsAndNumberLineAreSearchableWithTheirDiacritics() {
        assertThat(flat(text)).contains("UBND TỈNH BÀ RỊA - VŨNG TÀU", "SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 79a/KH-SYT", "Bà Rịa - Vũng Tàu, ngày 06 tháng 5 năm 2025",
                "KẾ HOẠCH", "Thông tin, tuyên truyền công tác cải cách hành chính",
                "của Ngành Y tế tỉnh Bà Rịa - Vũng Tàu năm 2025");
    }

    @Test
    void sectionsFollowTheSeedsOrder() {
        String flat = flat(text);
        int previous = -1;
        for (String heading : SeedPlan79a.SECTION_HEADINGS) {
            int index = flat.indexOf(heading);
            assertThat(index).as(heading).isGreaterThan(previous);
            previous = index;
        }
    }

    @Test
    void contentItemsAndFormsAreLetteredTheVietnameseWay() {
        List<String> letters = new ArrayList<>();
        Matcher matcher = LETTERED_LINE.matcher(text);
        while (matcher.find()) {
            letters.add(matcher.group(1));
        }
        assertThat(letters).containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l",
                "a", "b", "c", "d", "đ", "e");
    }

    @Test
    void bodyEndsWithTheEndMarkThenRecipientsAndSigner() {
        String flat = flat(text);
        int end = flat.indexOf("triển khai thực hiện./.");
        assertThat(end).isPositive();
        assertThat(flat.indexOf("Nơi nhận:")).isGreaterThan(end);
        assertThat(flat).contains("- Sở Nội vụ (báo cáo);", "- Lưu: VT, VP.", "GIÁM ĐỐC",
                SeedPlan79a.FICTIONAL_SIGNER);
    }

    @Test
    void pagesAreNumberedAtTheTopFromPageTwo() throws IOException {
        assertThat(firstLine(1)).isEqualTo("UBND TỈNH BÀ RỊA - VŨNG TÀU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(firstLine(2)).isEqualTo("2");
        assertThat(firstLine(plan.getNumberOfPages())).isEqualTo(Integer.toString(plan.getNumberOfPages()));
    }

    @Test
    void reportFiguresPrintAsVietnameseNumbers() throws IOException {
        try (PDDocument report = Loader.loadPDF(new DocumentService().pdf(DemoReport.unitReportQ1()))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String reportText = flat(stripper.getText(report));
            assertThat(reportText).contains("BÁO CÁO", "Số: 12/BC-TTYT", "Lượt người tham dự 1.200 315 26,25",
                    "Tổng số hoạt động 1.244 328", "Phạm Thị Thu Hà");
            // The signer's lines interleave with the recipients beside them: check their order.
            assertThat(reportText.indexOf("KT. GIÁM ĐỐC")).isPositive()
                    .isLessThan(reportText.indexOf("PHÓ GIÁM ĐỐC"));
        }
    }

    @Test
    void annexStartsOnANewPageAndLongTablesRepeatTheirHeaderRow() throws IOException {
        try (PDDocument annexed = Loader.loadPDF(new DocumentService().pdf(DemoAnnex.planWithActivities(80)))) {
            int planPages = plan.getNumberOfPages();
            assertThat(annexed.getNumberOfPages()).isGreaterThan(planPages + 1);
            String annexFirstPage = pageText(annexed, planPages + 1);
            assertThat(annexFirstPage).startsWith(planPages + 1 + " " + DemoAnnex.HEADING)
                    .contains("STT Hoạt động Đơn vị chủ trì Thời gian Chỉ tiêu");
            String nextPage = pageText(annexed, planPages + 2);
            assertThat(nextPage).startsWith(planPages + 2 + " STT Hoạt động Đơn vị chủ trì Thời gian Chỉ tiêu");
            assertThat(pageText(annexed, annexed.getNumberOfPages())).contains("80 Đăng tin, bài về cải cách hành chính Văn phòng Sở Quý 4 800 số 80");
        }
    }

    @Test
    void aLandscapeAnnexPrintsOnLandscapePagesAfterThePortraitPlan() throws IOException {
        try (PDDocument annexed = Loader.loadPDF(new DocumentService().pdf(DemoAnnex.planWithNineColumnAnnex(40)))) {
            int planPages = plan.getNumberOfPages();
            assertThat(annexed.getNumberOfPages()).isGreaterThan(planPages + 1);
            for (int i = 0; i < annexed.getNumberOfPages(); i++) {
                PDRectangle box = annexed.getPage(i).getMediaBox();
                if (i < planPages) {
                    assertThat(box.getHeight()).as("page %d", i + 1).isGreaterThan(box.getWidth());
                } else {
                    assertThat(box.getWidth()).as("page %d", i + 1).isGreaterThan(box.getHeight());
                    assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
                }
            }
            String annexFirstPage = pageText(annexed, planPages + 1);
            assertThat(annexFirstPage).startsWith(planPages + 1 + " " + DemoAnnex.HEADING)
                                        // "Sản phẩm đầu ra" takes two lines of its column; every other heading one.
                    .contains("STT Nội dung Hoạt động Hình thức Chủ trì Phối hợp Sản phẩm Thời gian Chỉ tiêu đầu ra");
            // Whole words in their columns: no "Faceboo" on one line and "k" on the next.
            assertThat(annexFirstPage).contains("Facebook,", "Zalo,");
            assertThat(pageText(annexed, planPages + 2)).startsWith(planPages + 2 + " STT Nội dung Hoạt động");
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return flat(stripper.getText(document));
    }

    private static String firstLine(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return flat(stripper.getText(plan).strip().lines().findFirst().orElse(""));
    }

    /** Text extraction turns wide justified gaps and line ends into runs of spaces. */
    private static String flat(String extracted) {
        return extracted.replaceAll("\\s+", " ").strip();
    }
}
