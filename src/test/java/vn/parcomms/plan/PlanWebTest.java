package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

@IntegrationTest
@Import(PlanTestData.class)
class PlanWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanTestData data;

    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void everyRoleListsPlans(Role role) throws Exception {
        mvc.perform(get("/plans").with(as(w.userWith(role)))).andExpect(status().isOk());
        mvc.perform(get("/plans").param("year", "2025").param("status", "ISSUED").with(as(w.userWith(role))))
                .andExpect(status().isOk());
    }

    @Test
    void everyRouteOfADraftPerRole() throws Exception {
        long id = data.draft(w);
        long item = planReader.details(w.office(), id).items(ItemKind.CONTENT).get(0).id();
        long activity = planReader.details(w.office(), id).activities().get(0).id();
        // The office of the issuing node may read and edit everything.
        for (String url : new String[] {"/plans/" + id, "/plans/" + id + "/edit", "/plans/" + id + "/parts/CONTENT",
                "/plans/" + id + "/parts/DUTY?edit=" + planReader.details(w.office(),
                        id).items(ItemKind.DUTY).get(0).id(),
                "/plans/" + id + "/activities/new", "/plans/" + id + "/activities/" + activity + "/edit"}) {
            mvc.perform(get(url).with(as(w.office()))).andExpect(status().isOk());
        }
        // The leader and the reviewer read the draft; units and other provinces do not.
        mvc.perform(get("/plans/{id}", id).with(as(w.leader()))).andExpect(status().isOk());
        mvc.perform(get("/plans/{id}", id).with(as(w.reviewer()))).andExpect(status().isOk());
        mvc.perform(get("/plans/{id}", id).with(as(w.admin()))).andExpect(status().isOk());
        mvc.perform(get("/plans/{id}", id).with(as(w.unitUserA()))).andExpect(status().isForbidden());
        World other = fixtures.newWorld();
        mvc.perform(get("/plans/{id}", id).with(as(other.reviewer()))).andExpect(status().isForbidden());
        // Nobody but the office may change it.
        long version = data.version(w.office(), id);
        for (CurrentUser user : new CurrentUser[] {w.leader(), w.unitUserA(), w.reviewer(), w.admin(), other.office()}) {
            mvc.perform(post("/plans/{id}/parts/CONTENT", id).with(as(user)).with(csrf())
                    .param("body", "x").param("version", String.valueOf(version)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/plans/{id}/parts/CONTENT/{item}/delete", id, item).with(as(user)).with(csrf())
                    .param("version", String.valueOf(version)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/plans/{id}/activities/{a}/delete", id, activity).with(as(user)).with(csrf())
                    .param("version", String.valueOf(version)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/plans/{id}/submit", id).with(as(user)).with(csrf())
                    .param("version", String.valueOf(version)))
                    .andExpect(status().isForbidden());
        }
        assertThat(planReader.details(w.office(), id).items(ItemKind.CONTENT)).hasSize(2);
        assertThat(planReader.details(w.office(), id).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void officeSubmitsLeaderIssuesThroughThePages() throws Exception {
        long id = data.issued(fixtures.newWorld());
        assertThat(id).isPositive();
        long draft = data.draft(w);
        Document page = Html.page(mvc.perform(get("/plans/{id}", draft).with(as(w.office()))));
        assertThat(page.select("form[action$=/submit] button")).hasSize(1);
        mvc.perform(post("/plans/{id}/submit", draft).with(as(w.office())).with(csrf())
                        .param("version", String.valueOf(data.version(w.office(), draft))))
                .andExpect(redirectedUrl("/plans/" + draft));
        page = Html.page(mvc.perform(get("/plans/{id}", draft).with(as(w.leader()))));
        assertThat(page.select("a[href$=/issue]")).hasSize(1);
        assertThat(page.select("form[action$=/return] textarea")).hasSize(1);
        mvc.perform(post("/plans/{id}/return", draft).with(as(w.leader())).with(csrf())
                        .param("reason", "").param("version", String.valueOf(data.version(w.office(), draft))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("reasonForm", "reason"));
        mvc.perform(post("/plans/{id}/return", draft).with(as(w.leader())).with(csrf())
                        .param("reason", "Bổ sung số văn bản").param("version",
                                String.valueOf(data.version(w.office(), draft))))
                .andExpect(redirectedUrl("/plans/" + draft));
        assertThat(planReader.details(w.office(), draft).status()).isEqualTo(PlanStatus.DRAFT);
        page = Html.page(mvc.perform(get("/plans/{id}/edit", draft).with(as(w.office()))));
        assertThat(page.text()).contains("Bổ sung số văn bản");
    }

    @Test
    void editingAnIssuedPlanIsRefusedWithAMessage() throws Exception {
        long id = data.issued(w);
        mvc.perform(get("/plans/{id}/edit", id).with(as(w.office()))).andExpect(redirectedUrl("/plans/" + id));
        var result = mvc.perform(post("/plans/{id}/parts/CONTENT", id).with(as(w.office())).with(csrf())
                        .param("body", "Sửa sau khi ban hành").param("version",
                                String.valueOf(data.version(w.office(), id))))
                .andExpect(status().isOk());
        assertThat(Html.page(result).select(".alert-danger").text()).contains("Chỉ sửa được kế hoạch ở trạng thái dự thảo");
        assertThat(planReader.details(w.office(), id).items(ItemKind.CONTENT)).extracting(PlanItemView::body)
                .doesNotContain("Sửa sau khi ban hành");
    }

    @Test
    void theSecondOfTwoEditorsGetsAConflictAndKeepsWhatTheyTyped() throws Exception {
        long id = data.draft(w);
        long opened = data.version(w.office(), id);
        mvc.perform(post("/plans/{id}/parts/CONTENT", id).with(as(w.office())).with(csrf())
                        .param("body", "Người thứ nhất").param("version", String.valueOf(opened)))
                .andExpect(redirectedUrl("/plans/" + id + "/parts/CONTENT"));
        Document page = Html.page(mvc.perform(post("/plans/{id}/parts/CONTENT", id).with(as(w.office())).with(csrf())
                        .param("body", "Người thứ hai gõ rất dài").param("version", String.valueOf(opened)))
                .andExpect(status().isOk()));
        assertThat(page.select(".alert-danger").text()).contains("người khác");
        assertThat(page.select("textarea#body").text()).isEqualTo("Người thứ hai gõ rất dài");
        assertThat(planReader.details(w.office(), id).items(ItemKind.CONTENT)).extracting(PlanItemView::body)
                .contains("Người thứ nhất").doesNotContain("Người thứ hai gõ rất dài");

        PlanDetails d = planReader.details(w.office(), id);
        page = Html.page(mvc.perform(post("/plans/{id}", id).with(as(w.office())).with(csrf())
                        .param("year", "2025").param("title", "Tiêu đề mới của người thứ hai")
                        .param("version", String.valueOf(opened)))
                .andExpect(status().isOk()));
        assertThat(page.select(".alert-danger").text()).contains("người khác");
        assertThat(page.select("textarea#title").text()).isEqualTo("Tiêu đề mới của người thứ hai");
        assertThat(planReader.details(w.office(), id).header().title()).isEqualTo(d.header().title());
    }

    @Test
    void badInputOnEveryPlanFormShowsAMessageAndChangesNothing() throws Exception {
        long id = data.draft(w);
        PlanDetails before = planReader.details(w.office(), id);
        long v = before.version();
        // new plan
        mvc.perform(post("/plans").with(as(w.office())).with(csrf()).param("year", "1999").param("title", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "year", "title"));
        // header: a date that is not a date, a plan that is not above
        Document page = Html.page(mvc.perform(post("/plans/{id}", id).with(as(w.office())).with(csrf())
                        .param("year", "2025").param("title", "Giữ nguyên").param("issueDate", "31/02/2025")
                        .param("version", String.valueOf(v)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "issueDate")));
        assertThat(page.select("#title").text()).isEqualTo("Giữ nguyên");
        mvc.perform(post("/plans/{id}", id).with(as(w.office())).with(csrf())
                        .param("year", "2025").param("title", "X").param("parentPlanId", String.valueOf(id))
                        .param("version", String.valueOf(v)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "parentPlanId"));
        // an empty item
        mvc.perform(post("/plans/{id}/parts/FORM", id).with(as(w.office())).with(csrf())
                        .param("body", "  ").param("version", String.valueOf(v)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "body"));
        // an activity without name and lead unit, a negative target, a lead unit outside the body
        page = Html.page(mvc.perform(post("/plans/{id}/activities", id).with(as(w.office())).with(csrf())
                        .param("name", "").param("audience", "Người dân").param("targets[0].target", "-3")
                        .param("version", String.valueOf(v)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "leadNodeId", "contentItemKey",
                        "targets[0].target")));
        assertThat(page.select("#audience").val()).isEqualTo("Người dân");
        World other = fixtures.newWorld();
        mvc.perform(post("/plans/{id}/activities", id).with(as(w.office())).with(csrf())
                        .param("name", "Hoạt động").param("leadNodeId", String.valueOf(other.unitA()))
                        .param("contentItemKey", before.items(ItemKind.CONTENT).get(0).key().toString())
                        .param("version", String.valueOf(v)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "leadNodeId"));
        mvc.perform(post("/plans/{id}/activities", id).with(as(w.office())).with(csrf())
                        .param("name", "Hoạt động").param("leadNodeId", String.valueOf(w.unitA()))
                        .param("contentItemKey", before.items(ItemKind.CONTENT).get(0).key().toString())
                        .param("dueDate", "2031-01-01").param("version", String.valueOf(v)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "dueDate"));
        // return without a reason is covered in officeSubmitsLeaderIssuesThroughThePages
        PlanDetails after = planReader.details(w.office(), id);
        assertThat(after.version()).isEqualTo(v);
        assertThat(after.activities()).hasSize(before.activities().size());
        assertThat(after.items(ItemKind.FORM)).hasSize(before.items(ItemKind.FORM).size());
        assertThat(after.header()).isEqualTo(before.header());
    }

    @Test
    void unitUserCannotOpenOrChangeAnotherUnitsPlanByChangingTheId() throws Exception {
        long parent = data.issued(w);
        long childOfB = planDrafting.startImplementingPlan(w.unitUserB(), parent);
        long v = data.version(w.unitUserB(), childOfB);
        mvc.perform(get("/plans/{id}", childOfB).with(as(w.unitUserA()))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}/edit", childOfB).with(as(w.unitUserA()))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}/parts/CONTENT", childOfB).with(as(w.unitUserA()))).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}", childOfB).with(as(w.unitUserA())).with(csrf())
                .param("year", "2025").param("title", "Chiếm quyền").param("version", String.valueOf(v)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/submit", childOfB).with(as(w.unitUserA())).with(csrf())
                .param("version", String.valueOf(v))).andExpect(status().isForbidden());
        assertThat(planReader.details(w.unitUserB(), childOfB).header().title()).doesNotContain("Chiếm quyền");
        mvc.perform(get("/plans/{id}", childOfB).with(as(w.unitUserB()))).andExpect(status().isOk());
    }

    @Test
    void unitStartsItsImplementingPlanFromThePlanPage() throws Exception {
        long parent = data.issued(w);
        Document page = Html.page(mvc.perform(get("/plans/{id}", parent).with(as(w.unitUserA()))));
        assertThat(page.select("form[action$=/implement] button")).hasSize(1);
        assertThat(page.text()).contains("Đăng tin bài về CCHC trên trang thông tin điện tử");
        String location = mvc.perform(post("/plans/{id}/implement", parent).with(as(w.unitUserA())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/plans/\\d+/edit");
        page = Html.page(mvc.perform(get("/plans/{id}", parent).with(as(w.unitUserA()))));
        assertThat(page.select("form[action$=/implement]")).isEmpty();
    }

    @Test
    void thePlanPageFiltersAndGroupsActivities() throws Exception {
        long id = data.issued(w);
        Document byUnit = Html.page(mvc.perform(get("/plans/{id}", id).param("group", "unit")
                .param("unit", String.valueOf(w.unitB())).with(as(w.office()))));
        assertThat(byUnit.select("#activities tbody tr")).hasSize(2);
        Document q2 = Html.page(mvc.perform(get("/plans/{id}", id).param("quarter", "1").with(as(w.office()))));
        assertThat(q2.select("#activities tbody tr")).hasSize(1);
        assertThat(q2.select("#activities h3").first().text()).startsWith("a)");
    }

    @Test
    void unknownPlanIsA404() throws Exception {
        mvc.perform(get("/plans/{id}", 99_999_999L).with(as(w.office()))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/{id}/parts/NOPE", data.draft(w)).with(as(w.office()))).andExpect(status().isNotFound());
    }
}
