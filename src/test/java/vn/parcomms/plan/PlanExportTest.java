package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

@IntegrationTest
@Import(PlanTestData.class)
class PlanExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanTestData data;

    @Autowired
    PlanDetailsReader planReader;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
    }

    @Test
    void anIssuedPlanDownloadsAsAWordDocumentWithItsPartsInOrder() throws Exception {
        long id = data.issued(w);
        PlanDetails plan = planReader.details(w.office(), id);
        var response = mvc.perform(get("/plans/{id}/export.docx", id).with(as(w.unitUserA())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "KH-" + plan.header().docNumber() + "-KH-SYT-2025.docx")))
                .andReturn().getResponse();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("Số: " + plan.numberAndSymbol(), "Bà Rịa - Vũng Tàu, ngày 06 tháng 5 năm 2025",
                    "KẾ HOẠCH", "Thông tin, tuyên truyền cải cách hành chính năm 2025", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "a) Vai trò, ý nghĩa của CCHC.", "b) Thủ tục hành chính mới.",
                    "Nơi nhận:", "Sở Nội vụ (báo cáo);", "Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Thử");
            assertInOrder(text, "Mục tiêu, yêu cầu và đối tượng", "Nội dung, hình thức thông tin, tuyên truyền",
                    "Giải pháp thực hiện", "Kinh phí thực hiện", "Tổ chức thực hiện", "Chế độ báo cáo");
            assertThat(text).contains("I. Mục tiêu, yêu cầu và đối tượng", "VI. Chế độ báo cáo");
        }
    }

    @Test
    void theAnnexListsEveryActivity() throws Exception {
        long id = data.issued(w);
        byte[] body = mvc.perform(get("/plans/{id}/export.docx", id).param("annex", "true").with(as(w.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("PHỤ LỤC", "Đăng tin bài về CCHC trên trang thông tin điện tử",
                    "Hội nghị quán triệt CCHC", "12 tin, bài");
        }
    }

    @Test
    void theDownloadsWithTheAnnexHaveTheirOwnNamesAndLandscapePages() throws Exception {
        long id = data.issued(w);
        PlanDetails plan = planReader.details(w.office(), id);
        String base = "KH-" + plan.header().docNumber() + "-KH-SYT-2025";
        mvc.perform(get("/plans/{id}/export.docx", id).with(as(w.office())))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(base + ".docx")));
        byte[] docx = mvc.perform(get("/plans/{id}/export.docx", id).param("annex", "true").with(as(w.office())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString(base + "-kem-phu-luc.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var annexSection = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(annexSection.getOrient().toString()).isEqualTo("landscape");
        }
        mvc.perform(get("/plans/{id}/export.pdf", id).with(as(w.office())))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(base + ".pdf")));
        byte[] pdf = mvc.perform(get("/plans/{id}/export.pdf", id).param("annex", "true").with(as(w.office())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString(base + "-kem-phu-luc.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var first = document.getPage(0).getMediaBox();
            var last = document.getPage(document.getNumberOfPages() - 1).getMediaBox();
            assertThat(first.getHeight()).isGreaterThan(first.getWidth());
            assertThat(last.getWidth()).isGreaterThan(last.getHeight());
            assertThat(new PDFTextStripper().getText(document)).contains("PHỤ LỤC", "Hội nghị quán triệt", "Nội dung");
        }
    }

    @Test
    void thePlanPageOffersWordAndPdfWithTheAnnex() throws Exception {
        long id = data.issued(w);
        String page = mvc.perform(get("/plans/{id}", id).with(as(w.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/plans/" + id + "/export.pdf?annex=true", "PDF kèm phụ lục",
                "/plans/" + id + "/export.docx?annex=true", "Word kèm phụ lục");
    }

    @Test
    void theSamePlanDownloadsAsASearchablePdf() throws Exception {
        long id = data.issued(w);
        byte[] body = mvc.perform(get("/plans/{id}/export.pdf", id).with(as(w.reviewer())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("KẾ HOẠCH", "Độc lập - Tự do - Hạnh phúc", "a) Vai trò, ý nghĩa của CCHC.",
                    "Nơi nhận:", "Trần Văn Thử");
        }
    }

    @Test
    void aDraftPrintsWithBlanksForNumberAndDate() throws Exception {
        long id = data.draft(w);
        byte[] body = mvc.perform(get("/plans/{id}/export.docx", id).with(as(w.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("/KH-SYT", "năm 2025");
        }
    }

    @Test
    void exportsFollowTheAccessRulesOfThePage() throws Exception {
        long draft = data.draft(w);
        World other = fixtures.newWorld();
        for (CurrentUser outsider : List.of(w.unitUserA(), other.reviewer(), other.office())) {
            mvc.perform(get("/plans/{id}/export.docx", draft).with(as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/plans/{id}/export.pdf", draft).with(as(outsider))).andExpect(status().isForbidden());
        }
        for (CurrentUser insider : List.of(w.office(), w.leader(), w.reviewer(), w.admin())) {
            mvc.perform(get("/plans/{id}/export.pdf", draft).with(as(insider))).andExpect(status().isOk());
        }
        mvc.perform(get("/plans/{id}/export.docx", 99_999_999L).with(as(w.office()))).andExpect(status().isNotFound());
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("'" + part + "' after position " + from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
