package vn.parcomms.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.document.DocumentService;
import vn.parcomms.document.DocumentText;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.document.PrintedOutline;
import vn.parcomms.document.RecognisedDocument;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanImports;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.IntegrationTest;

/**
 * Every plan the product exports imports back to the same plan: each demo plan, written to Word
 * by the application's own renderer, is recognised as the document it was made from (header,
 * title, preamble, sections with their headings, items, styles and text, closing, recipients,
 * signer), and the draft imported from it prints that document again, word for word.
 */
@IntegrationTest
class PlanImportRoundTripTest {

    @Autowired
    PlanDocuments planDocuments;

    @Autowired
    DocumentService documents;

    @Autowired
    PlanImports imports;

    @Autowired
    PlanListing listing;

    @Autowired
    PlanDetailsReader reader;

    @Autowired
    OrganizationService organizations;

    @Autowired
    Fixtures fixtures;

    /** The demo plans: issuing node's code and number, as the demo data loads them. */
    static Stream<String> demoPlans() {
        return Stream.of("BRVT 148", "HCM.SYT 79a", "BRVT.SYT.TTYT-BARIA 12");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoPlans")
    void aDemoPlanExportedToWordImportsBackToTheSamePlan(String plan) {
        String[] parts = plan.split(" ");
        CurrentUser reviewer = new CurrentUser(0, "noivu", "noivu", Role.REVIEWER,
                organizations.findByCode("BRVT.SNV").id());
        long node = organizations.findByCode(parts[0]).id();
        PlanSummary summary = listing.list(reviewer, new PlanFilter(2025, node, null, false)).stream()
                .filter(p -> parts[1].equals(p.docNumber()) && p.issuingNodeId() == node).findFirst()
                .orElseThrow(() -> new AssertionError("demo plan " + plan + " is not loaded"));
        OfficialDocument original = planDocuments.of(reader.details(reviewer, summary.id()), false);
        assertThat(original.sections()).as("the demo plan has sections").hasSizeGreaterThan(1);
        byte[] docx = documents.docx(original);

        RecognisedDocument read = documents.recognise(docx);
        assertThat(read.header()).isEqualTo(PrintedOutline.header(original.header()));
        assertThat(read.title()).containsExactlyElementsOf(original.title());
        assertThat(read.preamble()).containsExactlyElementsOf(original.preamble());
        assertThat(PrintedOutline.of(read.sections())).containsExactlyElementsOf(PrintedOutline.of(original.sections()));
        assertThat(read.closing()).containsExactlyElementsOf(PrintedOutline.closing(original.closing()));
        assertThat(read.recipients()).containsExactlyElementsOf(original.recipients());
        assertThat(read.archive()).isEqualTo(original.archive());
        assertThat(read.signerAuthority()).containsExactlyElementsOf(original.signer().authority());
        assertThat(read.signerName()).isEqualTo(original.signer().name());

        // Imported as a draft of another office (a node's last year's plan, say): it prints the same.
        CurrentUser office = fixtures.newWorld().office();
        long id = imports.create(office, docx, imports.preview(office, docx).header());
        PlanDetails imported = reader.details(office, id);
        OfficialDocument again = planDocuments.of(imported, false);
        assertThat(again.header()).isEqualTo(original.header());
        assertThat(again.title()).containsExactlyElementsOf(original.title());
        assertThat(PrintedOutline.of(again.sections())).containsExactlyElementsOf(PrintedOutline.of(original.sections()));
        assertThat(again.recipients()).containsExactlyElementsOf(original.recipients());
        assertThat(again.archive()).isEqualTo(original.archive());
        assertThat(again.signer()).isEqualTo(original.signer());
        List<String> expected = DocumentText.docx(docx);
        assertThat(DocumentText.docx(documents.docx(again))).containsExactlyElementsOf(expected);
        assertThat(imported.status().name()).isEqualTo("DRAFT");
    }
}
