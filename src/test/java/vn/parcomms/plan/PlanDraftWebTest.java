package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/** The plan header's background save and deleting a plan draft started by mistake (ADR 0027). */
@IntegrationTest
@org.springframework.context.annotation.Import(PlanTestData.class)
class PlanDraftWebTest {

    @Autowired
    PlanTestData planData;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanLifecycle planLifecycle;
    @Autowired
    JdbcClient jdbc;

    World w;
    long id;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        id = planDrafting.create(w.office(), PlanTestData.header(2025, "Kế hoạch viết dở"));
    }

    long version(long plan) {
        return planReader.details(w.office(), plan).version();
    }

    String title() {
        return planReader.details(w.office(), id).header().title();
    }

    MockHttpServletRequestBuilder draft(CurrentUser user, long version, String title) {
        return post("/plans/{id}/draft", id).with(as(user)).with(csrf()).accept(MediaType.APPLICATION_JSON)
                .param("year", "2025").param("title", title).param("version", String.valueOf(version));
    }

    boolean exists(long plan) {
        return jdbc.sql("select count(*) from plan where id = :id").param("id", plan).query(Long.class).single() > 0;
    }

    // ------------------------------------------------------------ background save

    @Test
    void theOfficeSavesTheHeaderInTheBackgroundAndGetsTheNewVersion() throws Exception {
        long before = version(id);
        mvc.perform(draft(w.office(), before, "Kế hoạch thông tin CCHC năm 2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value((int) version(id)))
                .andExpect(jsonPath("$.message").value(containsString("Đã lưu nháp lúc")));
        assertThat(title()).isEqualTo("Kế hoạch thông tin CCHC năm 2025");
        assertThat(version(id)).isGreaterThan(before);
    }

    @Test
    void anUnchangedFormSavedAgainWritesNoHistoryAndKeepsTheVersion() throws Exception {
        mvc.perform(draft(w.office(), version(id), "Kế hoạch A")).andExpect(status().isOk());
        long after = version(id);
        long lines = jdbc.sql("select count(*) from plan_event where plan_id = :id").param("id", id)
                .query(Long.class).single();
        mvc.perform(draft(w.office(), after, "Kế hoạch A")).andExpect(status().isOk());
        assertThat(version(id)).isEqualTo(after);
        assertThat(jdbc.sql("select count(*) from plan_event where plan_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(lines);
        mvc.perform(draft(w.office(), after, "Kế hoạch B")).andExpect(status().isOk());
        assertThat(version(id)).as("a change still saves").isGreaterThan(after);
    }

    @Test
    void aBackgroundSaveOnAnOlderVersionIsAConflictAndTheOtherEditStands() throws Exception {
        long opened = version(id);
        mvc.perform(draft(w.office(), opened, "Bản của người thứ nhất")).andExpect(status().isOk());
        mvc.perform(draft(w.office(), opened, "Bản của người thứ hai"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.conflict").value(true));
        assertThat(title()).isEqualTo("Bản của người thứ nhất");
    }

    @Test
    void aMissingTitleIsRefusedBesideItsField() throws Exception {
        mvc.perform(draft(w.office(), version(id), " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.title").exists());
        assertThat(title()).isEqualTo("Kế hoạch viết dở");
    }

    @Test
    void aSubmittedPlanTakesNoBackgroundSave() throws Exception {
        id = planData.draft(w);
        String before = title();
        planLifecycle.submit(w.office(), id, version(id));
        mvc.perform(draft(w.office(), version(id), "Sửa sau khi trình")).andExpect(status().isUnprocessableContent());
        mvc.perform(draft(w.office(), version(id), before)).andExpect(status().isUnprocessableContent());
        assertThat(title()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheNodesOfficeSavesTheHeaderInTheBackground(Role role) throws Exception {
        var result = mvc.perform(draft(w.userWith(role), version(id), "Đổi bởi " + role));
        if (role == Role.OFFICE) {
            result.andExpect(status().isOk());
        } else {
            result.andExpect(status().isForbidden());
            assertThat(title()).isEqualTo("Kế hoạch viết dở");
        }
    }

    // ------------------------------------------------------------ deleting a draft started by mistake

    @Test
    void theOfficeDeletesANeverSubmittedDraftAfterAConfirmationPageAndTheDeletionIsRecorded() throws Exception {
        Document detail = Html.page(mvc.perform(get("/plans/{id}", id).with(as(w.office()))).andExpect(status().isOk()));
        assertThat(detail.select("a#delete-draft").attr("href")).isEqualTo("/plans/" + id + "/delete");
        Document confirm = Html.page(mvc.perform(get("/plans/{id}/delete", id).with(as(w.office())))
                .andExpect(status().isOk()));
        assertThat(confirm.select("#delete-confirmation").text()).contains("Xóa bản nháp kế hoạch này?");
        assertThat(exists(id)).isTrue();
        mvc.perform(post("/plans/{id}/delete", id).with(as(w.office())).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(redirectedUrl("/plans"));
        assertThat(exists(id)).isFalse();
        Map<String, Object> logged = jdbc.sql("select actor_id, issuing_node_id, title from plan_deletion where plan_id = :id")
                .param("id", id).query().singleRow();
        assertThat(logged).containsEntry("actor_id", w.office().id()).containsEntry("issuing_node_id", w.agency())
                .containsEntry("title", "Kế hoạch viết dở");
    }

    @Test
    void anotherOfficeUserOfTheNodeDeletesTheDraftToo() throws Exception {
        CurrentUser colleague = fixtures.userAt(w.agency(), Role.OFFICE);
        mvc.perform(post("/plans/{id}/delete", id).with(as(colleague)).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(redirectedUrl("/plans"));
        assertThat(exists(id)).isFalse();
    }

    @Test
    void aUnitsOwnDraftIsDeletedByWhoStartedItOrTheUnitsOfficeAndNobodyElse() throws Exception {
        long own = planDrafting.create(w.unitUserA(), PlanTestData.header(2025, "Kế hoạch của đơn vị, tạo nhầm"));
        long v = planReader.details(w.unitUserA(), own).version();
        CurrentUser colleague = fixtures.userAt(w.unitA(), Role.UNIT);
        for (CurrentUser other : List.of(colleague, w.office(), w.leader(), fixtures.leaderAt(w.unitA()), w.unitUserB(),
                w.reviewer(), w.admin())) {
            mvc.perform(get("/plans/{id}/delete", own).with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/plans/{id}/delete", own).with(as(other)).with(csrf()).param("version", String.valueOf(v)))
                    .andExpect(status().isForbidden());
        }
        assertThat(exists(own)).isTrue();
        mvc.perform(post("/plans/{id}/delete", own).with(as(w.unitUserA())).with(csrf())
                .param("version", String.valueOf(v))).andExpect(redirectedUrl("/plans"));
        assertThat(exists(own)).isFalse();

        long second = planDrafting.create(w.unitUserA(), PlanTestData.header(2025, "Lần thứ hai"));
        CurrentUser unitOffice = fixtures.userAt(w.unitA(), Role.OFFICE);
        mvc.perform(post("/plans/{id}/delete", second).with(as(unitOffice)).with(csrf())
                .param("version", String.valueOf(planReader.details(w.unitUserA(), second).version())))
                .andExpect(redirectedUrl("/plans"));
        assertThat(exists(second)).isFalse();
    }

    @Test
    void aPlanSubmittedOnceStaysEvenAfterItWasReturnedToDraft() throws Exception {
        id = planData.draft(w);
        planLifecycle.submit(w.office(), id, version(id));
        mvc.perform(get("/plans/{id}/delete", id).with(as(w.office()))).andExpect(redirectedUrl("/plans/" + id));
        planLifecycle.returnToDraft(w.leader(), id, version(id), "Bổ sung căn cứ");
        assertThat(planReader.details(w.office(), id).status()).isEqualTo(PlanStatus.DRAFT);
        mvc.perform(post("/plans/{id}/delete", id).with(as(w.office())).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(redirectedUrl("/plans/" + id));
        assertThat(exists(id)).isTrue();
        Document detail = Html.page(mvc.perform(get("/plans/{id}", id).with(as(w.office()))).andExpect(status().isOk()));
        assertThat(detail.select("#delete-draft")).isEmpty();
    }
}
