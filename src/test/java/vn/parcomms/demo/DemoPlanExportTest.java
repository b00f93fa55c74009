package vn.parcomms.demo;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.IntegrationTest;

/** The demo plan 79a/KH-SYT, downloaded through the plan page's buttons, reads like the seed. */
@IntegrationTest
class DemoPlanExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPlans demoPlans;

    @Autowired
    PlanListing planListing;

    @Autowired
    OrganizationService organizations;

    @Test
    void plan79aDownloadsAsAWordDocumentThatReadsLikeTheSeed() throws Exception {
        CurrentUser donvi = demoPlans.demoUser("donvi");
        long id = plan79a(donvi);
        byte[] body = mvc.perform(get("/plans/{id}/export.docx", id).with(as(donvi)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.containsString("KH-79a-KH-SYT-2025.docx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(section.getPgSz().getH().toString()).isEqualTo("16838");
            assertThat(doc.getParagraphs()).flatExtracting(p -> p.getRuns()).filteredOn(r -> !r.text().isBlank())
                    .allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
            String text = extractor.getText();
            assertInOrder(text, List.of("UBND TỈNH BÀ RỊA - VŨNG TÀU", "SỞ Y TẾ", "Số: 79a/KH-SYT",
                    "Bà Rịa - Vũng Tàu, ngày 06 tháng 5 năm 2025", "KẾ HOẠCH",
                    "Thông tin, tuyên truyền công tác cải cách hành chính",
                    "Thực hiện Kế hoạch số 148/KH-UBND ngày 21 tháng 4 năm 2025",
                    "I. Mục tiêu, yêu cầu và đối tượng", "1. Mục tiêu", "2. Yêu cầu", "3. Đối tượng",
                    "II. Nội dung, hình thức thông tin, tuyên truyền", "a) Vai trò", "b) Vai trò, trách nhiệm",
                    "đ) Tuyên truyền, hướng dẫn", "e) Thông tin, tuyên truyền kết quả", "g) Công bố, công khai",
                    "l) Thông tin, tuyên truyền về vai trò", "2. Hình thức thông tin, tuyên truyền",
                    "III. Giải pháp thực hiện", "IV. Tổ chức thực hiện", "Văn phòng Sở Y tế",
                    "Nơi nhận:", "Sở Nội vụ (báo cáo);", "Lưu: VT, VP.", "GIÁM ĐỐC", "Trần Văn Bình"));
            assertThat(text).doesNotContain("f)", "j)").doesNotContainPattern("(?m)^V\\. ");
            assertThat(text).contains("phối hợp triển khai thực hiện./.");
        }
    }

    @Test
    void plan79aDownloadsAsASearchablePdfWithVietnameseText() throws Exception {
        CurrentUser noivu = demoPlans.demoUser("noivu");
        long id = plan79a(noivu);
        byte[] body = mvc.perform(get("/plans/{id}/export.pdf", id).with(as(noivu)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(body)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(text).contains("Độc lập - Tự do - Hạnh phúc", "Số: 79a/KH-SYT", "IV. Tổ chức thực hiện",
                    "Nghị quyết số 57-NQ/TW", "Trần Văn Bình");
        }
    }

    private long plan79a(CurrentUser user) {
        long health = organizations.findByCode(DemoOrganization.CITY_HEALTH).id();
        return planListing.list(user, new PlanFilter(2025, health, null, false)).stream()
                .filter(p -> "79a".equals(p.docNumber())).findFirst().orElseThrow().id();
    }

    private static void assertInOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("'" + part + "' in order after position " + from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
