package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.document.DocumentService;
import vn.parcomms.document.DocumentText;
import vn.parcomms.document.SeedPlan79a;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * Importing a plan from Word through the pages: who may (OFFICE, and UNIT for its own node, as
 * for a new plan; everyone else 403 on every route), the review page shows what was recognised
 * and changes nothing, confirming makes a draft of the user's own node that prints what the file
 * held, and bad files or a refused confirmation come back as the page with a message, never a 500.
 */
@IntegrationTest
class PlanImportWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DocumentService documents;

    @Autowired
    PlanDetailsReader reader;

    @Autowired
    PlanListing listing;

    World w;

    byte[] plan79a;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        plan79a = documents.docx(SeedPlan79a.document());
    }

    @Test
    void theOfficeImportsAWordPlanAfterReviewingItAndGetsADraftThatPrintsTheFile() throws Exception {
        Document form = Html.page(mvc.perform(get("/plans/import").with(as(w.office()))).andExpect(status().isOk()));
        assertThat(form.select("input[type=file][name=file]")).hasSize(1);
        Document list = Html.page(mvc.perform(get("/plans").with(as(w.office()))).andExpect(status().isOk()));
        assertThat(list.select("a[href=/plans/import]").text()).isEqualTo("Nhập từ Word");

        int before = plansOf(w.office()).size();
        Cookie session = upload(w.office(), plan79a);
        Document review = review(w.office(), session);
        assertThat(plansOf(w.office())).as("the review creates nothing").hasSize(before);
        assertThat(review.select("#import-outline .import-heading").eachText()).startsWith(
                "I. Mục tiêu, yêu cầu và đối tượng:", "1. Mục tiêu:", "2. Yêu cầu:", "3. Đối tượng:",
                "II. Nội dung, hình thức thông tin, tuyên truyền:");
        assertThat(review.select("#import-outline .badge").eachText()).contains("a) b) c) …", "Gạch đầu dòng \"-\"",
                "1. 2. 3. …", "Nội dung (hoạt động tham chiếu)");
        assertThat(review.select("#import-recipients li").eachText()).startsWith("Sở Nội vụ (báo cáo)");
        assertThat(review.select("#import-plain li").eachText()).isNotEmpty();
        assertThat(review.selectFirst("input[name=docNumber]").val()).isEqualTo("79a");
        assertThat(review.selectFirst("input[name=docSymbol]").val()).isEqualTo("KH-SYT");
        assertThat(review.selectFirst("input[name=issueDate]").val()).isEqualTo("06/05/2025");
        assertThat(review.selectFirst("input[name=signerName]").val()).isEqualTo(SeedPlan79a.FICTIONAL_SIGNER);

        MvcResult created = mvc.perform(confirm(w.office(), session, review)).andExpect(status().is3xxRedirection())
                .andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/plans/", ""));
        PlanDetails plan = reader.details(w.office(), id);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.issuingNodeId()).isEqualTo(w.agency());
        assertThat(plan.items(ItemKind.CONTENT)).hasSize(11);
        assertThat(plan.history()).extracting(PlanEventView::action).containsExactly("IMPORTED");
        byte[] exported = mvc.perform(get("/plans/{id}/export.docx", id).with(as(w.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(DocumentText.docx(exported)).containsExactlyElementsOf(DocumentText.docx(plan79a));

        // The file left the session with the confirmation: a second confirmation makes nothing.
        mvc.perform(confirm(w.office(), session, review)).andExpect(redirectedUrl("/plans/import"));
        assertThat(plansOf(w.office())).hasSize(before + 1);
    }

    @Test
    void aUnitImportsForItsOwnNodeOnly() throws Exception {
        Cookie session = upload(w.unitUserA(), plan79a);
        Document review = review(w.unitUserA(), session);
        MvcResult created = mvc.perform(confirm(w.unitUserA(), session, review))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/plans/", ""));
        assertThat(reader.details(w.unitUserA(), id).issuingNodeId()).isEqualTo(w.unitA());
        mvc.perform(get("/plans/{id}", id).with(as(w.unitUserB()))).andExpect(status().isForbidden());
    }

    @Test
    void theLeaderTheReviewerAndTheAdministratorMayNotImport() throws Exception {
        Cookie session = upload(w.office(), plan79a);
        for (CurrentUser user : List.of(w.leader(), w.reviewer(), w.admin())) {
            mvc.perform(get("/plans/import").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(multipart("/plans/import").file(file(plan79a)).with(as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/plans/import/review").cookie(session).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/plans/import/confirm").cookie(session).param("year", "2025").param("title", "x")
                    .with(as(user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/plans/import/cancel").with(as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        Document list = Html.page(mvc.perform(get("/plans").with(as(w.leader()))).andExpect(status().isOk()));
        assertThat(list.select("a[href=/plans/import]")).isEmpty();
    }

    @Test
    void badFilesComeBackToTheFormWithTheirMessage() throws Exception {
        assertUploadRefused(new byte[0], "Tệp rỗng.");
        assertUploadRefused("không phải Word".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "Tệp không phải là tệp Word .docx đọc được.");
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
            assertUploadRefused(out.toByteArray(), "Đây là tệp Word cũ (.doc).");
        }
        assertUploadRefused(new byte[DocumentService.maxRecognisedBytes() + 1], "Tệp lớn hơn 10 MB.");
        Document none = Html.page(mvc.perform(multipart("/plans/import").with(as(w.office())).with(csrf()))
                .andExpect(status().isOk()));
        assertThat(none.getElementById("upload-error").text()).isEqualTo("Hãy chọn một tệp Word (.docx).");
    }

    @Test
    void aRefusedConfirmationKeepsWhatWasTypedAndTheFile() throws Exception {
        Cookie session = upload(w.office(), plan79a);
        Document review = review(w.office(), session);
        MockHttpServletRequestBuilder request = confirm(w.office(), session, review,
                java.util.Map.of("title", "", "signerName", "Người ký đã sửa"));
        Document again = Html.page(mvc.perform(request).andExpect(status().isOk()));
        assertThat(again.select(".invalid-feedback").text()).isNotBlank();
        assertThat(again.selectFirst("input[name=signerName]").val()).isEqualTo("Người ký đã sửa");
        assertThat(again.select("#import-outline .import-heading")).isNotEmpty();
        MvcResult created = mvc.perform(confirm(w.office(), session, review, java.util.Map.of("title", "Tiêu đề đã sửa")))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().replace("/plans/", ""));
        assertThat(reader.details(w.office(), id).header().title()).isEqualTo("Tiêu đề đã sửa");
    }

    @Test
    void withoutAnUploadedFileTheReviewAndTheConfirmationLeadBackToTheUpload() throws Exception {
        mvc.perform(get("/plans/import/review").with(as(w.office()))).andExpect(redirectedUrl("/plans/import"));
        mvc.perform(post("/plans/import/confirm").param("year", "2025").param("title", "x").with(as(w.office()))
                .with(csrf())).andExpect(redirectedUrl("/plans/import"));
    }

    private void assertUploadRefused(byte[] bytes, String message) throws Exception {
        Document page = Html.page(mvc.perform(multipart("/plans/import").file(file(bytes)).with(as(w.office()))
                .with(csrf())).andExpect(status().isOk()));
        assertThat(page.getElementById("upload-error").text()).startsWith(message);
    }

    private List<PlanSummary> plansOf(CurrentUser user) {
        return listing.list(user, new PlanFilter(null, user.orgNodeId(), null, true));
    }

    private static MockMultipartFile file(byte[] bytes) {
        return new MockMultipartFile("file", "ke-hoach.docx", DocumentService.DOCX_CONTENT_TYPE, bytes);
    }

    private Cookie upload(CurrentUser user, byte[] bytes) throws Exception {
        MvcResult result = mvc.perform(multipart("/plans/import").file(file(bytes)).with(as(user)).with(csrf()))
                .andExpect(redirectedUrl("/plans/import/review")).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    private Document review(CurrentUser user, Cookie session) throws Exception {
        return Html.page(mvc.perform(get("/plans/import/review").cookie(session).with(as(user)))
                .andExpect(status().isOk()));
    }

    /** The review form posted as shown. */
    private MockHttpServletRequestBuilder confirm(CurrentUser user, Cookie session, Document review) {
        return confirm(user, session, review, java.util.Map.of());
    }

    /** The review form posted with some fields typed over. */
    private MockHttpServletRequestBuilder confirm(CurrentUser user, Cookie session, Document review,
            java.util.Map<String, String> typed) {
        MockHttpServletRequestBuilder request = post("/plans/import/confirm").cookie(session).with(as(user))
                .with(csrf());
        review.select("#import-header input[name], #import-header textarea[name], #import-header select[name]")
                .forEach(field -> {
                    String name = field.attr("name");
                    if (!name.equals("_csrf")) {
                        request.param(name, typed.getOrDefault(name, field.is("select")
                                ? field.select("option[selected]").val() : field.val()));
                    }
                });
        return request;
    }
}
