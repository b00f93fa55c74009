package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/**
 * The outline editor of a plan's body: who may use it, what each change does to the outline and
 * to the printed document, and that a stale page or an issued plan changes nothing.
 */
@IntegrationTest
@Import(PlanTestData.class)
class PlanOutlineWebTest {

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
    void aNewPlanStartsWithTheDefaultOutlineAndItsItemsInTheSectionsOfTheirKind() {
        long id = data.draft(w);
        List<OutlineSectionView> outline = planReader.details(w.office(), id).outline();
        assertThat(outline).extracting(s -> s.number() + " " + s.heading()).containsExactly(
                "I. Mục tiêu, yêu cầu và đối tượng", "1. Mục tiêu", "2. Yêu cầu", "3. Đối tượng",
                "II. Nội dung, hình thức thông tin, tuyên truyền", "1. Nội dung thông tin, tuyên truyền",
                "2. Hình thức thông tin, tuyên truyền", "III. Giải pháp thực hiện", "IV. Kinh phí thực hiện",
                "V. Tổ chức thực hiện", "VI. Chế độ báo cáo");
        assertThat(section(id, "1. Nội dung thông tin, tuyên truyền").items()).extracting(PlanItemView::body)
                .containsExactly("Vai trò, ý nghĩa của CCHC.", "Thủ tục hành chính mới.");
    }

    @Test
    void theOfficeOfThePlansNodeOpensTheEditorAndEveryOtherRoleIsRefused() throws Exception {
        long id = data.draft(w);
        mvc.perform(get("/plans/{id}/outline", id).with(as(w.office()))).andExpect(status().isOk());
        World other = fixtures.anotherAgency(w, "Sở khác");
        for (CurrentUser user : List.of(w.leader(), w.unitUserA(), w.reviewer(), w.admin(), other.office())) {
            mvc.perform(get("/plans/{id}/outline", id).with(as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void everyChangeOfTheOutlineIsRefusedToAllButTheDraftingOffice() throws Exception {
        long id = data.draft(w);
        PlanDetails before = planReader.details(w.office(), id);
        String key = before.outline().get(0).key().toString();
        long itemId = before.outline().get(5).items().get(0).id();
        String version = String.valueOf(before.version());
        World other = fixtures.anotherAgency(w, "Sở khác");
        for (CurrentUser user : List.of(w.leader(), w.unitUserA(), w.reviewer(), w.admin(), other.office())) {
            List<MockHttpServletRequestBuilder> changes = List.of(
                    post("/plans/{id}/outline/sections", id).param("heading", "MỚI"),
                    post("/plans/{id}/outline/sections/{key}", id, key).param("heading", "ĐỔI").param("style", "PLAIN"),
                    post("/plans/{id}/outline/sections/{key}/move", id, key).param("direction", "1"),
                    post("/plans/{id}/outline/sections/{key}/delete", id, key),
                    post("/plans/{id}/outline/sections/{key}/items", id, key).param("text", "- Mới."),
                    post("/plans/{id}/outline/items/{itemId}", id, itemId).param("text", "Đổi."),
                    post("/plans/{id}/outline/items/{itemId}/move", id, itemId).param("direction", "1"),
                    post("/plans/{id}/outline/items/{itemId}/delete", id, itemId),
                    post("/plans/{id}/outline/template", id));
            for (MockHttpServletRequestBuilder change : changes) {
                mvc.perform(change.param("version", version).with(as(user)).with(csrf()))
                        .andExpect(status().isForbidden());
            }
        }
        PlanDetails after = planReader.details(w.office(), id);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.outline()).isEqualTo(before.outline());
    }

    @Test
    void renamedHeadingsAndAChosenListStylePrintExactlyAsWritten() throws Exception {
        long id = data.draft(w);
        changeSection(id, "I. Mục tiêu, yêu cầu và đối tượng", "MỤC ĐÍCH, YÊU CẦU", "PLAIN");
        changeSection(id, "1. Mục tiêu", "Mục đích", "DASH");
        changeSection(id, "1. Nội dung thông tin, tuyên truyền", "Nội dung tuyên truyền", "NUMBERED");
        changeSection(id, "III. Giải pháp thực hiện", "KINH PHÍ", "PLAIN");

        List<String> paragraphs = docxParagraphs(id);
        assertThat(paragraphs).containsSubsequence("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "- Nâng cao nhận thức về CCHC.",
                "II. Nội dung, hình thức thông tin, tuyên truyền", "1. Nội dung tuyên truyền",
                "1.1. Vai trò, ý nghĩa của CCHC.", "1.2. Thủ tục hành chính mới.", "III. KINH PHÍ",
                "Nâng cao chất lượng cán bộ.");
        // Empty sections are left out and the numbers close up: no requirement or audience sub-section.
        assertThat(paragraphs).doesNotContain("2. Yêu cầu", "3. Đối tượng");
        String page = mvc.perform(get("/plans/{id}", id).with(as(w.office()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("I. MỤC ĐÍCH, YÊU CẦU", "1.1. Vai trò, ý nghĩa của CCHC.");
    }

    @Test
    void aPastedBlockBecomesItemsWhoseParagraphsAndSubBulletsPrintEachOnItsOwn() throws Exception {
        long id = data.draft(w);
        send(id, "/plans/{id}/outline/sections", List.of("heading", "KIỂM TRA, GIÁM SÁT", "style", "DASH"))
                .andExpect(flash().attribute("flashSuccess", key("plan.outline.sectionAdded")));
        String key = section(id, "VII. KIỂM TRA, GIÁM SÁT").key().toString();
        send(id, "/plans/{id}/outline/sections/" + key + "/items", List.of("text",
                "- Kiểm tra định kỳ:\r\n+ Quý II;\r\n+ Quý IV.\r\n\r\n-\tBáo cáo đột xuất khi có yêu cầu.\nKèm theo số liệu."));
        assertThat(section(id, "VII. KIỂM TRA, GIÁM SÁT").items()).extracting(PlanItemView::body).containsExactly(
                "Kiểm tra định kỳ:\n+ Quý II;\n+ Quý IV.", "Báo cáo đột xuất khi có yêu cầu.\nKèm theo số liệu.");
        assertThat(docxParagraphs(id)).containsSubsequence("VII. KIỂM TRA, GIÁM SÁT", "- Kiểm tra định kỳ:", "+ Quý II;",
                "+ Quý IV.", "- Báo cáo đột xuất khi có yêu cầu.", "Kèm theo số liệu.");
    }

    @Test
    void aNewSectionWithNothingInItIsNotPrintedAndCanBeDeletedWhileOneWithTextCannot() throws Exception {
        long id = data.draft(w);
        send(id, "/plans/{id}/outline/sections", List.of("heading", "PHẦN TRỐNG", "style", "PLAIN"));
        assertThat(docxParagraphs(id)).noneMatch(p -> p.contains("PHẦN TRỐNG"));
        String empty = section(id, "VII. PHẦN TRỐNG").key().toString();
        send(id, "/plans/{id}/outline/sections/" + empty + "/items", List.of("text", "Một đoạn."));
        send(id, "/plans/{id}/outline/sections/" + empty + "/delete", List.of())
                .andExpect(flash().attribute("flashError", key("plan.outline.error.notEmpty")));
        assertThat(docxParagraphs(id)).contains("VII. PHẦN TRỐNG", "Một đoạn.");
        long item = section(id, "VII. PHẦN TRỐNG").items().get(0).id();
        send(id, "/plans/{id}/outline/items/" + item + "/delete", List.of());
        send(id, "/plans/{id}/outline/sections/" + empty + "/delete", List.of())
                .andExpect(flash().attribute("flashSuccess", key("plan.outline.sectionRemoved")));
        assertThat(planReader.details(w.office(), id).outline()).noneMatch(s -> s.heading().equals("PHẦN TRỐNG"));
    }

    @Test
    void sectionsMoveWithTheirSubSectionsAndItemsMoveWithinTheirSectionByButtons() throws Exception {
        long id = data.draft(w);
        String content = section(id, "II. Nội dung, hình thức thông tin, tuyên truyền").key().toString();
        send(id, "/plans/{id}/outline/sections/" + content + "/move", List.of("direction", "-1"));
        assertThat(planReader.details(w.office(), id).outline()).extracting(s -> s.number() + " " + s.heading())
                .startsWith("I. Nội dung, hình thức thông tin, tuyên truyền", "1. Nội dung thông tin, tuyên truyền",
                        "2. Hình thức thông tin, tuyên truyền", "II. Mục tiêu, yêu cầu và đối tượng", "1. Mục tiêu");
        long first = section(id, "1. Nội dung thông tin, tuyên truyền").items().get(0).id();
        send(id, "/plans/{id}/outline/items/" + first + "/move", List.of("direction", "1"));
        PlanDetails plan = planReader.details(w.office(), id);
        assertThat(section(id, "1. Nội dung thông tin, tuyên truyền").items()).extracting(PlanItemView::body)
                .containsExactly("Thủ tục hành chính mới.", "Vai trò, ý nghĩa của CCHC.");
        // The content item keeps its role: its letter, which activities show, follows the move.
        assertThat(plan.items(ItemKind.CONTENT)).extracting(PlanItemView::label, PlanItemView::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a)", "Thủ tục hành chính mới."),
                org.assertj.core.groups.Tuple.tuple("b)", "Vai trò, ý nghĩa của CCHC."));
        assertThat(docxParagraphs(id)).containsSubsequence("I. Nội dung, hình thức thông tin, tuyên truyền",
                "a) Thủ tục hành chính mới.", "b) Vai trò, ý nghĩa của CCHC.", "II. Mục tiêu, yêu cầu và đối tượng");
    }

    @Test
    void aChangeSentFromAPageOlderThanThePlanIsAConflictAndChangesNothing() throws Exception {
        long id = data.draft(w);
        long stale = data.version(w.office(), id);
        String key = section(id, "III. Giải pháp thực hiện").key().toString();
        send(id, "/plans/{id}/outline/sections/" + key, List.of("heading", "GIẢI PHÁP", "style", "NUMBERED"));
        mvc.perform(post("/plans/{id}/outline/sections/{key}", id, key).with(as(w.office())).with(csrf())
                        .param("version", String.valueOf(stale)).param("heading", "BIỆN PHÁP").param("style", "DASH"))
                .andExpect(redirectedUrl("/plans/" + id + "/outline"))
                .andExpect(flash().attribute("flashError", key("plan.outline.conflict")));
        assertThat(section(id, "III. GIẢI PHÁP").style()).isEqualTo(vn.parcomms.document.ListStyle.NUMBERED);
    }

    @Test
    void anIssuedPlansOutlineIsShownButNotEditable() throws Exception {
        long id = data.issued(w);
        PlanDetails before = planReader.details(w.office(), id);
        String page = mvc.perform(get("/plans/{id}/outline", id).with(as(w.office()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/outline/sections/" + before.outline().get(0).key() + "/move");
        send(id, "/plans/{id}/outline/sections/" + before.outline().get(0).key(),
                List.of("heading", "ĐỔI", "style", "PLAIN"))
                .andExpect(flash().attribute("flashError", key("plan.error.notEditable")));
        assertThat(planReader.details(w.office(), id).outline()).isEqualTo(before.outline());
    }

    @Test
    void theOfficeSavesItsPlansOutlineAsTheTemplateItsNextPlansStartFrom() throws Exception {
        long id = data.issued(w);
        long draft = data.draft(w);
        changeSection(draft, "I. Mục tiêu, yêu cầu và đối tượng", "MỤC ĐÍCH, YÊU CẦU", "PLAIN");
        send(draft, "/plans/{id}/outline/sections", List.of("heading", "KIỂM TRA, GIÁM SÁT", "style", "DASH"));
        send(draft, "/plans/{id}/outline/template", List.of())
                .andExpect(flash().attribute("flashSuccess", key("plan.outline.templateSaved")));
        long next = data.draft(w);
        assertThat(planReader.details(w.office(), next).outline()).extracting(OutlineSectionView::heading)
                .startsWith("MỤC ĐÍCH, YÊU CẦU").endsWith("KIỂM TRA, GIÁM SÁT");
        // The template is the node's: another agency's new plan starts from the default.
        World other = fixtures.anotherAgency(w, "Sở khác");
        long theirs = data.draft(other);
        assertThat(planReader.details(other.office(), theirs).outline().get(0).heading())
                .isEqualTo("Mục tiêu, yêu cầu và đối tượng");
        assertThat(id).isNotEqualTo(next);
    }

    private void changeSection(long id, String numberedHeading, String heading, String style) throws Exception {
        String key = section(id, numberedHeading).key().toString();
        send(id, "/plans/{id}/outline/sections/" + key, List.of("heading", heading, "style", style))
                .andExpect(flash().attribute("flashSuccess", key("plan.outline.sectionSaved")));
    }

    private org.springframework.test.web.servlet.ResultActions send(long id, String path, List<String> params)
            throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(path.replace("{id}", Long.toString(id))).with(as(w.office())).with(csrf())
                .param("version", String.valueOf(data.version(w.office(), id)));
        for (int i = 0; i < params.size(); i += 2) {
            request.param(params.get(i), params.get(i + 1));
        }
        return mvc.perform(request).andExpect(redirectedUrl("/plans/" + id + "/outline"));
    }

    private OutlineSectionView section(long id, String numberedHeading) {
        return planReader.details(w.office(), id).outline().stream()
                .filter(s -> (s.number() + " " + s.heading()).equals(numberedHeading)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + numberedHeading));
    }

    private List<String> docxParagraphs(long id) throws Exception {
        MvcResult result = mvc.perform(get("/plans/{id}/export.docx", id).with(as(w.office())))
                .andExpect(status().isOk()).andReturn();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip).toList();
        }
    }

    private static org.hamcrest.Matcher<Object> key(String messageKey) {
        return new org.hamcrest.CustomMatcher<>("the message " + messageKey) {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof Flash.MessageRef ref && ref.key().equals(messageKey);
            }
        };
    }
}
