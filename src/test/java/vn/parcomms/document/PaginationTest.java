package vn.parcomms.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * Widow and orphan control: a paragraph that runs over a page break leaves at least two of its
 * lines on each page, in the PDF as Word does with the DOCX (which says so on every paragraph).
 */
class PaginationTest {

    /** Words of the long paragraph, numbered so that each page shows which of its lines it holds. */
    static final Pattern WORD = Pattern.compile("w(\\d{3})");

    final DocumentService documents = new DocumentService();

    @Test
    void aParagraphOverAPageBreakLeavesAtLeastTwoLinesOnEachPage() throws IOException {
        int split = 0;
        // Shorter and longer fillers move the long paragraph over every position of the page break.
        for (int fillers = 20; fillers <= 44; fillers++) {
            try (PDDocument pdf = Loader.loadPDF(documents.pdf(document(fillers)))) {
                List<Integer> linesPerPage = new ArrayList<>();
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    int lines = longParagraphLines(pdf, page);
                    if (lines > 0) {
                        linesPerPage.add(lines);
                    }
                }
                if (linesPerPage.size() > 1) {
                    split++;
                    assertThat(linesPerPage).as("lines of the long paragraph per page, %d fillers", fillers)
                            .allSatisfy(lines -> assertThat(lines).isGreaterThanOrEqualTo(2));
                }
            }
        }
        assertThat(split).as("layouts where the paragraph runs over a page break").isGreaterThanOrEqualTo(3);
    }

    @Test
    void everyParagraphOfTextInTheWordFileHasWidowControlOn() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.docx(document(30))))) {
            List<XWPFParagraph> texts = docx.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
            assertThat(texts).hasSizeGreaterThan(30).allSatisfy((XWPFParagraph p) ->
                    assertThat(p.getCTP().getPPr().isSetWidowControl()).as(p.getText()).isTrue());
        }
    }

    /**
     * The closing paragraph is kept with the signature and moves to its page whole, as LibreOffice
     * lays out the DOCX (checked against it in LibreOfficePaginationTest): never three lines on one
     * page and two above the signature on the next.
     */
    @Test
    void theClosingParagraphGoesWholeToTheSignaturesPage() throws IOException {
        int moved = 0;
        for (int fillers = 20; fillers <= 44; fillers++) {
            try (PDDocument pdf = Loader.loadPDF(documents.pdf(closing(fillers)))) {
                List<Integer> pages = new ArrayList<>();
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    if (longParagraphLines(pdf, page) > 0) {
                        pages.add(page);
                    }
                }
                assertThat(pages).as("pages holding the closing paragraph, %d fillers", fillers).hasSize(1);
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(pages.get(0));
                stripper.setEndPage(pages.get(0));
                assertThat(stripper.getText(pdf)).as("the closing's page, %d fillers", fillers).contains("Nơi nhận:");
                if (pages.get(0) > 1) {
                    moved++;
                }
            }
        }
        assertThat(moved).as("layouts where the closing starts a page").isGreaterThanOrEqualTo(1);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.docx(closing(30))))) {
            XWPFParagraph last = docx.getParagraphs().stream().filter(p -> WORD.matcher(p.getText()).find())
                    .findFirst().orElseThrow();
            assertThat(last.getCTP().getPPr().isSetKeepNext()).as("kept with the signature").isTrue();
            assertThat(last.getCTP().getPPr().isSetKeepLines()).as("kept whole").isTrue();
        }
    }

    /** One-line fillers, then a five-line closing paragraph before the recipients and signer. */
    static OfficialDocument closing(int fillers) {
        List<Content> content = new ArrayList<>();
        for (int i = 1; i <= fillers; i++) {
            content.add(Content.paragraph("Đoạn một dòng số " + i + "."));
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 45; i++) {
            text.append("w").append(String.format("%03d", i)).append(" tuyên truyền ");
        }
        OfficialDocument plan = SeedPlan79a.document();
        return new OfficialDocument(plan.header(), plan.kind(), plan.title(), List.of(),
                List.of(new Section("I. NỘI DUNG", content)), List.of(text.toString().trim()), plan.recipients(),
                plan.archive(), plan.signer(), List.of());
    }

    /** How many lines of the page carry words of the long paragraph. */
    static int longParagraphLines(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        int lines = 0;
        for (String line : stripper.getText(pdf).split("\\R")) {
            Matcher m = WORD.matcher(line);
            if (m.find()) {
                lines++;
            }
        }
        return lines;
    }

    /** The seed plan's header and signer around one-line filler paragraphs, then a twelve-line paragraph. */
    static OfficialDocument document(int fillers) {
        List<Content> content = new ArrayList<>();
        for (int i = 1; i <= fillers; i++) {
            content.add(Content.paragraph("Đoạn một dòng số " + i + "."));
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 120; i++) {
            text.append("w").append(String.format("%03d", i)).append(" tuyên truyền ");
        }
        content.add(Content.paragraph(text.toString().trim()));
        OfficialDocument plan = SeedPlan79a.document();
        return new OfficialDocument(plan.header(), plan.kind(), plan.title(), List.of(),
                List.of(new Section("I. NỘI DUNG", content)), List.of(), plan.recipients(), plan.archive(),
                plan.signer(), List.of());
    }
}
