package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.document.Content;
import vn.parcomms.document.DocumentText;
import vn.parcomms.document.ListStyle;
import vn.parcomms.document.Section;
import vn.parcomms.document.SeedPlans;
import vn.parcomms.shared.VietnameseNumbering;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The real plans of the seeds held in the outline, through the editor's service as a clerk would
 * enter them: every section and sub-section heading prints exactly as the seed writes it
 * ("I. MUC PiCH, YEU CAU:", "1. Muc dich:", capitals, colons and OCR errors included), in the
 * seed's order, in the plan page's preview, the Word file and the PDF alike.
 */
@IntegrationTest
class SeedOutlineTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanDrafting drafting;

    @Autowired
    PlanOutlines outlines;

    @Autowired
    PlanDetailsReader reader;

    static Stream<SeedPlans.Seed> seeds() {
        return SeedPlans.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void theSeedsHeadingsPrintAsTheSeedWritesThem(SeedPlans.Seed seed) throws Exception {
        CurrentUser office = fixtures.newWorld().office();
        // No budget or reporting text: the default outline's sections stay empty and are not printed.
        long id = drafting.create(office, new PlanHeader(2025, null, null, "KH", "Bà Rịa - Vũng Tàu", null,
                seed.document().title().get(0), "UBND TỈNH", "SỞ Y TẾ", null, null, null, null, "Lưu: VT.",
                "GIÁM ĐỐC", "Nguyễn Văn A"));
        List<String> expected = new ArrayList<>();
        int number = 0;
        for (Section section : seed.document().sections()) {
            UUID key = outlines.addSection(office, id, version(office, id), null, section.heading(), ListStyle.PLAIN);
            expected.add(VietnameseNumbering.roman(++number) + ". " + section.heading());
            int sub = 0;
            for (Content content : section.content()) {
                if (content instanceof Content.SubSection subSection && !subSection.heading().isBlank()) {
                    UUID subKey = outlines.addSection(office, id, version(office, id), key, subSection.heading(),
                            ListStyle.DASH);
                    expected.add((++sub) + ". " + subSection.heading());
                    List<String> texts = texts(subSection.content());
                    // A heading the seed gives no text of its own still prints: one line says so.
                    outlines.addItems(office, id, version(office, id), subKey, null,
                            texts.isEmpty() ? subSection.heading() : String.join("\n", texts));
                } else {
                    List<String> texts = texts(List.of(content));
                    if (!texts.isEmpty()) {
                        outlines.addItems(office, id, version(office, id), key, null, String.join("\n", texts));
                    }
                }
            }
        }
        assertThat(expected).as("the seed has headings").hasSizeGreaterThan(3);

        Element preview = Html.page(mvc.perform(get("/plans/{id}", id).with(as(office))).andExpect(status().isOk()))
                .selectFirst("#document .doc-scroll");
        assertThat(preview).isNotNull();
        List<String> fromPage = DocumentText.html(preview);
        assertThat(headings(fromPage, expected)).containsExactlyElementsOf(expected);

        byte[] docx = mvc.perform(get("/plans/{id}/export.docx", id).with(as(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentText.docx(docx)).containsExactlyElementsOf(fromPage);
        byte[] pdf = mvc.perform(get("/plans/{id}/export.pdf", id).with(as(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String joined = DocumentText.joined(fromPage);
        assertThat(DocumentText.pdf(pdf, joined, DocumentText.headerRows(preview.html()))).isEqualTo(joined);
    }

    /** The paragraphs that are one of the expected heading lines, in the order printed. */
    private static List<String> headings(List<String> paragraphs, List<String> expected) {
        return paragraphs.stream().filter(expected::contains).toList();
    }

    /** The text of each paragraph, bullet and lettered item, without its marker, one a line. */
    private static List<String> texts(List<Content> content) {
        List<String> texts = new ArrayList<>();
        for (Content c : content) {
            if (c instanceof Content.Paragraph p) {
                texts.add(p.text());
            } else if (c instanceof Content.Bullet b) {
                texts.add(b.text());
            } else if (c instanceof Content.Lettered l) {
                texts.addAll(l.items());
            } else if (c instanceof Content.SubSection s) {
                texts.addAll(texts(s.content()));
            }
        }
        return texts.stream().filter(t -> !t.isBlank()).toList();
    }

    private long version(CurrentUser user, long id) {
        return reader.details(user, id).version();
    }
}
