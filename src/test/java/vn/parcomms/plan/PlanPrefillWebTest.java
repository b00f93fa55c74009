package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/** A new plan's header comes from the organisation tree; a unit's plan starts with its activities only. */
@IntegrationTest
@Import(PlanTestData.class)
class PlanPrefillWebTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

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

    @Autowired
    OrganizationService organizations;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
    }

    @Test
    void theAdministratorKeepsAPlaceOnTheNodeForm() throws Exception {
        OrgNodeView agency = organizations.find(w.agency());
        Document form = Html.page(mvc.perform(get("/organizations/{id}/edit", w.agency()).with(as(w.admin())))
                .andExpect(status().isOk()));
        assertThat(form.select("input#place")).hasSize(1);
        mvc.perform(post("/organizations/{id}", w.agency()).with(as(w.admin())).with(csrf())
                        .param("code", agency.code()).param("name", agency.name()).param("kind", agency.kind().name())
                        .param("parentId", String.valueOf(agency.parentId())).param("place", "Bà Rịa - Vũng Tàu")
                        .param("version", String.valueOf(agency.version())))
                .andExpect(redirectedUrl("/organizations/" + w.agency()));
        assertThat(organizations.find(w.agency()).place()).isEqualTo("Bà Rịa - Vũng Tàu");
        assertThat(Html.page(mvc.perform(get("/organizations/{id}", w.agency()).with(as(w.office())))).text())
                .contains("Bà Rịa - Vũng Tàu");
        mvc.perform(post("/organizations/{id}", w.agency()).with(as(w.admin())).with(csrf())
                        .param("code", agency.code()).param("name", agency.name()).param("kind", agency.kind().name())
                        .param("parentId", String.valueOf(agency.parentId())).param("place", "x".repeat(121))
                        .param("version", String.valueOf(organizations.find(w.agency()).version())))
                .andExpect(status().isOk());
        assertThat(organizations.find(w.agency()).place()).isEqualTo("Bà Rịa - Vũng Tàu");
    }

    @Test
    void aNewPlanIsPrefilledWithTheNodeItsParentAndItsPlace() throws Exception {
        place(w.agency(), "Bà Rịa - Vũng Tàu");
        Document form = Html.page(mvc.perform(get("/plans/new").with(as(w.office()))).andExpect(status().isOk()));
        assertThat(form.select("#issuingBody").val()).isEqualTo(organizations.find(w.agency()).name().toUpperCase(VI));
        assertThat(form.select("#parentBody").val()).isEqualTo(organizations.find(w.province()).name().toUpperCase(VI));
        assertThat(form.select("#place").val()).isEqualTo("Bà Rịa - Vũng Tàu");
    }

    @Test
    void aUnitsPlanTakesTheUnitsOwnPlaceNeverTheDepartments() throws Exception {
        place(w.agency(), "Bà Rịa - Vũng Tàu");
        Document form = Html.page(mvc.perform(get("/plans/new").with(as(w.unitUserA()))).andExpect(status().isOk()));
        assertThat(form.select("#place").val()).isEmpty();
        assertThat(form.select("#parentBody").val()).isEqualTo(organizations.find(w.agency()).name().toUpperCase(VI));

        long parent = data.issued(w);
        long childOfA = planDrafting.startImplementingPlan(w.unitUserA(), parent);
        assertThat(planReader.details(w.unitUserA(), childOfA).header().place()).isNull();
        place(w.unitB(), "Xuyên Mộc");
        long childOfB = planDrafting.startImplementingPlan(w.unitUserB(), parent);
        PlanHeader header = planReader.details(w.unitUserB(), childOfB).header();
        assertThat(header.place()).isEqualTo("Xuyên Mộc");
        assertThat(header.issuingBody()).isEqualTo(organizations.find(w.unitB()).name().toUpperCase(VI));
        assertThat(header.parentBody()).isEqualTo(organizations.find(w.agency()).name().toUpperCase(VI));
    }

    @Test
    void theCascadeCopiesActivitiesButNotThePurposesOrTheTitle() {
        long parent = data.issued(w);
        PlanDetails above = planReader.details(w.office(), parent);
        long child = planDrafting.startImplementingPlan(w.unitUserA(), parent);
        PlanDetails own = planReader.details(w.unitUserA(), child);
        assertThat(own.items(ItemKind.PURPOSE)).isEmpty();
        assertThat(own.items(ItemKind.REQUIREMENT)).isEmpty();
        assertThat(own.items(ItemKind.AUDIENCE)).isEmpty();
        assertThat(own.header().title()).doesNotContain(above.header().title())
                .contains(above.numberAndSymbol());
        assertThat(own.activities()).extracting(ActivityView::name)
                .containsExactly("Đăng tin bài về CCHC trên trang thông tin điện tử");
        assertThat(own.items(ItemKind.CONTENT)).extracting(PlanItemView::body).containsExactly("Vai trò, ý nghĩa của CCHC.");
    }

    @Test
    void aSectionIsCopiedFromThePlanAboveOnRequestAndOnlyOnce() throws Exception {
        long parent = data.issued(w);
        long child = planDrafting.startImplementingPlan(w.unitUserA(), parent);
        Document part = Html.page(mvc.perform(get("/plans/{id}/parts/PURPOSE", child).with(as(w.unitUserA()))));
        assertThat(part.select("form[action$=/parts/PURPOSE/copy-from-parent] button").text())
                .isEqualTo("Sao chép từ kế hoạch cấp trên");
        mvc.perform(post("/plans/{id}/parts/PURPOSE/copy-from-parent", child).with(as(w.unitUserA())).with(csrf())
                        .param("version", String.valueOf(data.version(w.unitUserA(), child))))
                .andExpect(redirectedUrl("/plans/" + child + "/parts/PURPOSE"))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(planReader.details(w.unitUserA(), child).items(ItemKind.PURPOSE)).extracting(PlanItemView::body)
                .containsExactly("Nâng cao nhận thức về CCHC.");
        // Content: the item behind the unit's activity is there already; only the other one is added.
        mvc.perform(post("/plans/{id}/parts/CONTENT/copy-from-parent", child).with(as(w.unitUserA())).with(csrf())
                        .param("version", String.valueOf(data.version(w.unitUserA(), child))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plans/{id}/parts/PURPOSE/copy-from-parent", child).with(as(w.unitUserA())).with(csrf())
                        .param("version", String.valueOf(data.version(w.unitUserA(), child))))
                .andExpect(status().is3xxRedirection());
        PlanDetails own = planReader.details(w.unitUserA(), child);
        assertThat(own.items(ItemKind.PURPOSE)).hasSize(1);
        assertThat(own.items(ItemKind.CONTENT)).extracting(PlanItemView::body)
                .containsExactly("Vai trò, ý nghĩa của CCHC.", "Thủ tục hành chính mới.");
        assertThat(own.items(ItemKind.FORM)).isEmpty();
    }

    @Test
    void onlyTheDrafterOfTheUnitsPlanMayCopyASection() throws Exception {
        long parent = data.issued(w);
        long child = planDrafting.startImplementingPlan(w.unitUserA(), parent);
        long version = data.version(w.unitUserA(), child);
        World other = fixtures.newWorld();
        for (CurrentUser user : new CurrentUser[] {w.office(), w.leader(), w.unitUserB(), w.reviewer(), w.admin(),
                other.office(), other.unitUserA()}) {
            mvc.perform(post("/plans/{id}/parts/PURPOSE/copy-from-parent", child).with(as(user)).with(csrf())
                            .param("version", String.valueOf(version)))
                    .andExpect(status().isForbidden());
        }
        assertThat(planReader.details(w.unitUserA(), child).items(ItemKind.PURPOSE)).isEmpty();
        assertThat(data.version(w.unitUserA(), child)).isEqualTo(version);
    }

    @Test
    void aPlanWithoutAPlanAboveOffersNoCopyAndRefusesOneWithAMessage() throws Exception {
        long id = data.draft(w);
        Document part = Html.page(mvc.perform(get("/plans/{id}/parts/PURPOSE", id).with(as(w.office()))));
        assertThat(part.select("form[action$=/copy-from-parent]")).isEmpty();
        mvc.perform(post("/plans/{id}/parts/PURPOSE/copy-from-parent", id).with(as(w.office())).with(csrf())
                        .param("version", String.valueOf(data.version(w.office(), id))))
                .andExpect(redirectedUrl("/plans/" + id + "/parts/PURPOSE"))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(post("/plans/{id}/parts/PURPOSE/copy-from-parent", id).with(as(w.office())).with(csrf())
                        .param("version", "oops"))
                .andExpect(status().is4xxClientError());
        assertThat(planReader.details(w.office(), id).items(ItemKind.PURPOSE)).hasSize(1);
    }

    private void place(long nodeId, String place) {
        OrgNodeView node = organizations.find(nodeId);
        organizations.update(w.admin(), nodeId, node.version(), new OrgNodeCommand(node.code(), node.name(),
                node.shortName(), node.kind(), node.parentId(), place));
    }
}
