package vn.parcomms.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The plan that {@link DocumentBenchmark} times is produced whole: a hundred pages, the last activity on the last. */
class HundredPagePlanTest {

    private final DocumentService documents = new DocumentService();

    @Test
    void thePdfHasAHundredPagesAndEndsWithTheLastActivity() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(HundredPagePlan.document()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(100);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(100);
            stripper.setEndPage(100);
            assertThat(stripper.getText(pdf).replaceAll("\\s+", " ")).contains(HundredPagePlan.lastActivity());
        }
    }

    @Test
    void theDocxHoldsEveryActivity() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.docx(HundredPagePlan.document())));
                XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText().replaceAll("\\s+", " ")).contains(HundredPagePlan.lastActivity())
                    .doesNotContain("trang thông tin điện tử số " + (HundredPagePlan.ACTIVITIES + 1));
        }
    }
}
