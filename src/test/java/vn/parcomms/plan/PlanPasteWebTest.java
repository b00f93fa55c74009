package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
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

/** A clerk pastes lists from Word into the part forms, without JavaScript: the server splits them. */
@IntegrationTest
@Import(PlanTestData.class)
class PlanPasteWebTest {

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
    void pastedLetteredLinesBecomeItemsThatPrintWithOneLetterEach() throws Exception {
        long id = data.draft(w);
        mvc.perform(post("/plans/{id}/parts/CONTENT", id).with(as(w.office())).with(csrf())
                        .param("body", "c)\tDịch vụ công trực tuyến;\r\n\r\nd)\u00A0Chuyển đổi số;\r\nđ) đ) Một cửa liên thông.")
                        .param("version", String.valueOf(data.version(w.office(), id))))
                .andExpect(redirectedUrl("/plans/" + id + "/parts/CONTENT"));
        PlanDetails plan = planReader.details(w.office(), id);
        assertThat(plan.items(ItemKind.CONTENT)).extracting(PlanItemView::body).containsExactly(
                "Vai trò, ý nghĩa của CCHC.", "Thủ tục hành chính mới.", "Dịch vụ công trực tuyến;", "Chuyển đổi số;",
                "đ) Một cửa liên thông.");
        byte[] docx = mvc.perform(get("/plans/{id}/export.docx", id).with(as(w.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("c) Dịch vụ công trực tuyến;", "d) Chuyển đổi số;")
                    .doesNotContain("c) c)", "d) d)");
        }
    }

    @Test
    void pastedNumbersAndBulletsLoseTheirMarkerAndDutiesStayOneItem() throws Exception {
        long id = data.draft(w);
        mvc.perform(post("/plans/{id}/parts/SOLUTION", id).with(as(w.office())).with(csrf())
                        .param("body", "2. Tăng cường kiểm tra;\n3.\tỨng dụng công nghệ thông tin.")
                        .param("version", String.valueOf(data.version(w.office(), id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plans/{id}/parts/DUTY", id).with(as(w.office())).with(csrf())
                        .param("heading", "2. Các đơn vị trực thuộc")
                        .param("body", "- Xây dựng kế hoạch của đơn vị;\n+ Báo cáo kết quả đúng hạn.")
                        .param("version", String.valueOf(data.version(w.office(), id))))
                .andExpect(status().is3xxRedirection());
        PlanDetails plan = planReader.details(w.office(), id);
        assertThat(plan.items(ItemKind.SOLUTION)).extracting(PlanItemView::body)
                .containsExactly("Nâng cao chất lượng cán bộ.", "Tăng cường kiểm tra;", "Ứng dụng công nghệ thông tin.");
        assertThat(plan.items(ItemKind.DUTY)).hasSize(2);
        PlanItemView duty = plan.items(ItemKind.DUTY).get(1);
        assertThat(duty.heading()).isEqualTo("Các đơn vị trực thuộc");
        assertThat(duty.body()).isEqualTo("Xây dựng kế hoạch của đơn vị;\nBáo cáo kết quả đúng hạn.");
    }

    @Test
    void pastedRecipientsKeepTheirPurposeAndTheArchiveLineGoesToItsField() throws Exception {
        long id = data.draft(w);
        mvc.perform(post("/plans/{id}/parts/RECIPIENT", id).with(as(w.office())).with(csrf())
                        .param("body", "- Giám đốc Sở (b/c);\n- Các đơn vị trực thuộc (t/h);\n- Lưu: VT, TCCB.")
                        .param("version", String.valueOf(data.version(w.office(), id))))
                .andExpect(status().is3xxRedirection());
        PlanDetails plan = planReader.details(w.office(), id);
        assertThat(plan.items(ItemKind.RECIPIENT)).extracting(PlanItemView::body)
                .containsExactly("Sở Nội vụ", "Giám đốc Sở", "Các đơn vị trực thuộc");
        assertThat(plan.items(ItemKind.RECIPIENT)).extracting(PlanItemView::heading)
                .containsExactly("báo cáo", "b/c", "t/h");
        assertThat(plan.header().archiveLine()).isEqualTo("Lưu: VT, TCCB.");
        byte[] docx = mvc.perform(get("/plans/{id}/export.docx", id).with(as(w.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("- Giám đốc Sở (b/c);", "- Lưu: VT, TCCB.")
                    .doesNotContain("- -", ";;", "Lưu: Lưu:");
        }
    }

    @Test
    void anEditedItemLosesAPastedMarkerToo() throws Exception {
        long id = data.draft(w);
        long item = planReader.details(w.office(), id).items(ItemKind.CONTENT).get(1).id();
        mvc.perform(post("/plans/{id}/parts/CONTENT/{item}", id, item).with(as(w.office())).with(csrf())
                        .param("body", "b) Thủ tục hành chính mới được công bố.")
                        .param("version", String.valueOf(data.version(w.office(), id))))
                .andExpect(status().is3xxRedirection());
        assertThat(planReader.details(w.office(), id).items(ItemKind.CONTENT).get(1).body())
                .isEqualTo("Thủ tục hành chính mới được công bố.");
    }

    @Test
    void aPasteOfMarkersOnlyIsRefusedOnTheFormAndChangesNothing() throws Exception {
        long id = data.draft(w);
        long version = data.version(w.office(), id);
        mvc.perform(post("/plans/{id}/parts/FORM", id).with(as(w.office())).with(csrf())
                        .param("body", "-\n a) \n\u00A0").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "body"));
        assertThat(data.version(w.office(), id)).isEqualTo(version);
        assertThat(planReader.details(w.office(), id).items(ItemKind.FORM)).hasSize(1);
    }

    @Test
    void onlyTheDraftersOfficeMayPaste() throws Exception {
        long id = data.draft(w);
        long version = data.version(w.office(), id);
        World other = fixtures.newWorld();
        for (CurrentUser user : new CurrentUser[] {w.leader(), w.unitUserA(), w.reviewer(), w.admin(), other.office()}) {
            mvc.perform(post("/plans/{id}/parts/CONTENT", id).with(as(user)).with(csrf())
                            .param("body", "a) Một\nb) Hai").param("version", String.valueOf(version)))
                    .andExpect(status().isForbidden());
        }
        assertThat(planReader.details(w.office(), id).items(ItemKind.CONTENT)).hasSize(2);
    }
}
