package vn.parcomms.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.document.DocumentText;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * One rendering for every demo plan as the application holds it: the document on the plan page
 * reads paragraph by paragraph like the Word file and the PDF downloaded from that page's
 * buttons (with the annex of activities, which the page shows too).
 */
@IntegrationTest
class DemoPlanPreviewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPlans demoPlans;

    @Autowired
    PlanListing planListing;

    @Autowired
    OrganizationService organizations;

    static Stream<String> sources() {
        return DemoPlans.SOURCES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void thePlanPageShowsTheDocumentThatIsDownloaded(String resource) throws Exception {
        DemoPlanSource source = DemoPlanSource.read(resource);
        CurrentUser drafter = demoPlans.demoUser(source.drafter());
        PlanSummary plan = plan(source, drafter);

        Document page = Html.page(mvc.perform(get("/plans/{id}", plan.id()).with(as(drafter)))
                .andExpect(status().isOk()));
        Element document = page.selectFirst("#document .doc-scroll");
        assertThat(document).as("the document on the plan page").isNotNull();
        List<String> fromPage = DocumentText.html(document);
        assertThat(fromPage).as("the page shows the plan's own text, numbered as printed")
                .contains("KẾ HOẠCH", "Nơi nhận:")
                .anySatisfy(p -> assertThat(p).startsWith("I. "))
                .anySatisfy(p -> assertThat(p).startsWith("Số: " + source.docNumber() + "/"))
                .anySatisfy(p -> assertThat(p).startsWith("- Lưu: ").endsWith("."));
        assertThat(fromPage).contains(plan.title().lines().findFirst().orElseThrow().strip());

        byte[] docx = download("/plans/{id}/export.docx", plan.id(), drafter);
        byte[] pdf = download("/plans/{id}/export.pdf", plan.id(), drafter);
        assertThat(DocumentText.docx(docx)).containsExactlyElementsOf(fromPage);
        String expected = DocumentText.joined(fromPage);
        assertThat(DocumentText.pdf(pdf, expected, DocumentText.headerRows(document.html()))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void thePlanPagesFiltersListUnitsAndChannelsInVietnameseOrder(String resource) throws Exception {
        DemoPlanSource source = DemoPlanSource.read(resource);
        CurrentUser drafter = demoPlans.demoUser(source.drafter());
        Document page = Html.page(mvc.perform(get("/plans/{id}", plan(source, drafter).id()).with(as(drafter)))
                .andExpect(status().isOk()));
        for (String filter : List.of("unit", "channel")) {
            List<String> names = page.select("select#" + filter + " option[value~=.+]").eachText();
            assertThat(names).as(filter + " filter of " + resource).hasSizeGreaterThan(1)
                    .isSortedAccordingTo(vn.parcomms.shared.VietnameseOrder.byName(java.util.function.Function.identity()));
        }
    }

    private byte[] download(String url, long id, CurrentUser user) throws Exception {
        return mvc.perform(get(url, id).param("annex", "true").with(as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private PlanSummary plan(DemoPlanSource source, CurrentUser user) {
        long node = organizations.findByCode(DemoOrganization.carriedOnBy(source.node())).id();
        return planListing.list(user, new PlanFilter(source.year(), node, null, false)).stream()
                .filter(p -> source.docNumber().equals(p.docNumber())).findFirst()
                .orElseThrow(() -> new AssertionError("demo plan " + source.resource() + " is not loaded"));
    }
}
