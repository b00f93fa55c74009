package vn.parcomms.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.document.DocumentService;
import vn.parcomms.document.LibreOffice;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.document.SeedPlan79a;
import vn.parcomms.document.SeedPlans;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.browser.Screenshots;

/**
 * Our PDF paginates as Word files are paginated: for every demo plan as the application exports
 * it (plain and with the annex of activities), and for the plans of {@code ../shared/seeds},
 * LibreOffice's rendering of our DOCX and our own PDF have the same number of pages and every
 * page starts with the same line. LibreOffice stands in for Word, which cannot run here; it maps
 * the DOCX's Times New Roman to Liberation Serif, the font our PDF embeds (Debian
 * {@code fonts-liberation2}). All files go through one LibreOffice run: starting it is the cost.
 * With {@code -Dscreenshots=true} it also draws the first and last page of each seed plan, ours
 * and LibreOffice's, into docs/screenshots/seed-*.png.
 */
@IntegrationTest
class LibreOfficePaginationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPlans demoPlans;

    @Autowired
    PlanListing planListing;

    @Autowired
    OrganizationService organizations;

    private static final Path SCREENSHOTS = Path.of("docs", "screenshots");

    /** Kept after the run (under target/), so that a difference can be looked at in both PDFs. */
    private final Path folder = Path.of("target", "libreoffice-pagination");

    @Test
    void everyDemoPlanAndSeedStartsEveryPageOnTheSameLineAsLibreOffice() throws Exception {
        LibreOffice libreOffice = LibreOffice.required();
        LibreOffice.emptyFolder(folder);
        // name -> the application's PDF; the DOCX of the same name goes to LibreOffice.
        Map<String, byte[]> ownPdfs = new LinkedHashMap<>();
        for (String resource : DemoPlans.SOURCES) {
            DemoPlanSource source = DemoPlanSource.read(resource);
            CurrentUser drafter = demoPlans.demoUser(source.drafter());
            PlanSummary plan = plan(source, drafter);
            String name = resource.replaceAll("^.*/", "").replaceAll("\\.[a-z]+$", "");
            for (boolean annex : List.of(false, true)) {
                String file = name + (annex ? "-annex" : "");
                Files.write(folder.resolve(file + ".docx"), download("/plans/{id}/export.docx", plan.id(), drafter, annex));
                ownPdfs.put(file, download("/plans/{id}/export.pdf", plan.id(), drafter, annex));
            }
        }
        DocumentService documents = new DocumentService();
        Map<String, OfficialDocument> fixtures = new LinkedHashMap<>();
        fixtures.put("fixture-79a", SeedPlan79a.document());
        SeedPlans.all().forEach(seed -> fixtures.put("seed-" + seed.name().replaceAll("\\.txt$", ""), seed.document()));
        for (Map.Entry<String, OfficialDocument> fixture : fixtures.entrySet()) {
            Files.write(folder.resolve(fixture.getKey() + ".docx"), documents.docx(fixture.getValue()));
            ownPdfs.put(fixture.getKey(), documents.pdf(fixture.getValue()));
        }
        for (Map.Entry<String, byte[]> own : ownPdfs.entrySet()) {
            Files.write(folder.resolve(own.getKey() + ".pdf"), own.getValue());
        }
        assertThat(ownPdfs).as("demo plans (plain and with annex) and seeds").hasSizeGreaterThan(6);

        List<Path> docx = new ArrayList<>();
        ownPdfs.keySet().forEach(name -> docx.add(folder.resolve(name + ".docx")));
        List<Path> converted = libreOffice.toPdf(docx, folder.resolve("libreoffice"));

        SoftAssertions softly = new SoftAssertions();
        int i = 0;
        for (Map.Entry<String, byte[]> own : ownPdfs.entrySet()) {
            List<String> ours = LibreOffice.pageStarts(own.getValue());
            byte[] rendered = Files.readAllBytes(converted.get(i++));
            softly.assertThat(LibreOffice.fonts(rendered))
                    .as("fonts LibreOffice used for %s: Times New Roman must map to Liberation Serif "
                            + "(Debian fonts-liberation2), else the lines cannot match", own.getKey())
                    .isNotEmpty().allSatisfy(font -> assertThat(font).startsWith("LiberationSerif"));
            List<String> theirs = LibreOffice.pageStarts(rendered);
            softly.assertThat(ours).as("first line of each page of %s: our PDF against LibreOffice's", own.getKey())
                    .containsExactlyElementsOf(theirs);
            if (Screenshots.enabled() && own.getKey().startsWith("seed-")) {
                // docs/screenshots/seed-000-pdf-page1.png, seed-000-libreoffice-last.png, … (docs/documents.md)
                String seed = own.getKey().substring(0, "seed-000".length());
                LibreOffice.firstAndLastPage(own.getValue(), SCREENSHOTS.resolve(seed + "-pdf"));
                LibreOffice.firstAndLastPage(rendered, SCREENSHOTS.resolve(seed + "-libreoffice"));
            }
        }
        softly.assertAll();
    }

    private byte[] download(String url, long id, CurrentUser user, boolean annex) throws Exception {
        return mvc.perform(get(url, id).param("annex", Boolean.toString(annex)).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private PlanSummary plan(DemoPlanSource source, CurrentUser user) {
        long node = organizations.findByCode(DemoOrganization.carriedOnBy(source.node())).id();
        return planListing.list(user, new PlanFilter(source.year(), node, null, false)).stream()
                .filter(p -> source.docNumber().equals(p.docNumber())).findFirst()
                .orElseThrow(() -> new AssertionError("demo plan " + source.resource() + " is not loaded"));
    }
}
