package vn.parcomms.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The page's rendering of a document: what a reader sees and that no text ever becomes markup. */
class HtmlRendererTest {

    private final DocumentService documents = new DocumentService();

    @Test
    void userTextNeverBecomesMarkup() {
        OfficialDocument plan = SeedPlan79a.document();
        String attack = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";
        OfficialDocument hostile = new OfficialDocument(plan.header(), plan.kind(), List.of(attack),
                List.of(attack), plan.sections(), plan.closing(), List.of(Recipient.of(attack)), attack,
                new Signer(List.of(attack), attack), List.of());

        Element body = Jsoup.parseBodyFragment(documents.html(hostile)).body();

        assertThat(body.select("script, img, [onerror]")).isEmpty();
        assertThat(DocumentText.html(body)).contains(attack, "- " + attack + ";", "- Lưu: " + attack + ".");
    }

    @Test
    void headingsAreBoldBodyIsJustifiedAndIndentedAndTheTitleCentred() {
        Element body = Jsoup.parseBodyFragment(documents.html(SeedPlan79a.document())).body();

        Element heading = paragraph(body, "I. Mục tiêu, yêu cầu và đối tượng:");
        assertThat(heading.select("span.doc-b")).hasSize(1);
        assertThat(heading.classNames()).contains("doc-justify", "doc-indent");
        Element kind = paragraph(body, "KẾ HOẠCH");
        assertThat(kind.classNames()).contains("doc-center");
        assertThat(paragraph(body, "Nơi nhận:").select("span.doc-b.doc-i.doc-s12")).hasSize(1);
        assertThat(body.select("p:contains(Bà Rịa - Vũng Tàu, ngày 06 tháng 5 năm 2025) span.doc-i")).hasSize(1);
        assertThat(body.select("table.doc-plain")).as("header and signature tables without borders").hasSize(2);
        assertThat(body.select("hr.doc-rule")).as("rules under the issuing body, the motto and the title")
                .hasSize(3);
    }

    @Test
    void anAnnexIsASheetOfItsOwnWithItsTableBorderedAndItsHeaderRowMarked() {
        Element body = Jsoup.parseBodyFragment(documents.html(DemoAnnex.planWithNineColumnAnnex(3))).body();

        assertThat(body.select(".doc-sheet")).hasSize(2);
        Element annex = body.select(".doc-sheet").get(1);
        assertThat(annex.classNames()).contains("doc-landscape");
        assertThat(annex.select("table.doc-bordered thead th")).extracting(Element::text)
                .containsExactlyElementsOf(DemoAnnex.NINE_COLUMNS);
        assertThat(annex.select("table.doc-bordered tbody tr")).hasSize(3);
        assertThat(annex.select("table.doc-bordered col")).hasSize(9)
                .allSatisfy(col -> assertThat(col.attr("width")).matches("\\d+\\.\\d\\d%"));
    }

    @Test
    void aCharacterTheFontLacksReadsTheSameInTheHtmlTheWordFileAndThePdf() {
        OfficialDocument plan = SeedPlan79a.document();
        // Word's Wingdings arrow, as pasted from the 2018 seed: the PDF font has no glyph for it.
        String pasted = "Nội dung \uF0E0 Sản phẩm đầu ra";
        OfficialDocument withArrow = new OfficialDocument(plan.header(), plan.kind(), plan.title(), List.of(pasted),
                plan.sections(), plan.closing(), plan.recipients(), plan.archive(), plan.signer(), List.of());

        assertThat(DocumentText.html(documents.html(withArrow))).contains("Nội dung ? Sản phẩm đầu ra");
        assertThat(DocumentText.docx(documents.docx(withArrow))).contains("Nội dung ? Sản phẩm đầu ra");
    }

    private static Element paragraph(Element body, String text) {
        return body.select("p").stream().filter(p -> p.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }
}
