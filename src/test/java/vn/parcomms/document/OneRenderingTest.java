package vn.parcomms.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rendering: the HTML a page shows, the Word file and the PDF of a document read the same,
 * paragraph by paragraph, for the test documents and for every real plan of the seeds. The
 * demo plans as the application holds them are checked the same way through the plan page
 * ({@code vn.parcomms.demo.DemoPlanPreviewTest}).
 */
class OneRenderingTest {

    private final DocumentService documents = new DocumentService();

    static Stream<Arguments> documents() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of("plan 79a (test fixture)", SeedPlan79a.document()));
        all.add(Arguments.of("unit report with a table", DemoReport.unitReportQ1()));
        all.add(Arguments.of("plan with a landscape annex over several pages", DemoAnnex.planWithActivities(40)));
        for (SeedPlans.Seed seed : SeedPlans.all()) {
            all.add(Arguments.of("seed " + seed.name(), seed.document()));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void thePreviewTheWordFileAndThePdfReadTheSame(String name, OfficialDocument document) {
        String html = documents.html(document);
        List<String> fromHtml = DocumentText.html(html);
        List<String> fromDocx = DocumentText.docx(documents.docx(document));
        String expected = DocumentText.joined(fromHtml);
        String fromPdf = DocumentText.pdf(documents.pdf(document), expected, DocumentText.headerRows(html));

        assertThat(fromHtml).as("the preview has the document's text").hasSizeGreaterThan(20)
                .contains(document.kind().heading(), "Nơi nhận:");
        assertThat(fromDocx).containsExactlyElementsOf(fromHtml);
        assertThat(fromPdf).isEqualTo(expected);
    }
}
