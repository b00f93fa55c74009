package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.assessment.ParIndexCriteriaService;
import vn.parcomms.catalog.CatalogEntryCommand;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * Every administration route, for an ADMIN at the province's root and for an ADMIN of a
 * department: province-wide settings (PAR INDEX rules, the province's catalogues) belong to the
 * province's ADMIN only; a department's ADMIN still runs the nodes and users of its subtree.
 */
@IntegrationTest
class AdminScopeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    CatalogService catalog;

    @Autowired
    ParIndexCriteriaService criteria;

    World world;
    CurrentUser departmentAdmin;
    long channel;
    long indicator;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        String username = world.admin().username() + "-dept";
        long id = accounts.createForSetup(new UserCommand(username, "Quản trị Sở", null, world.agency(), Role.ADMIN),
                Fixtures.PASSWORD);
        departmentAdmin = new CurrentUser(id, username, "Quản trị Sở", Role.ADMIN, world.agency());
        channel = catalog.createChannel(world.admin(), new CatalogEntryCommand("ZALO" + id, "Kênh Zalo", null, null, 500));
        indicator = catalog.createIndicator(world.admin(),
                new CatalogEntryCommand("LIVE" + id, "Phát trực tiếp", null, "buổi", 500));
    }

    /** Every route that changes or shows a province-wide setting, with what a valid submission sends. */
    /**
     * Every route that changes or shows a province-wide setting, valid submissions and invalid ones
     * (an invalid form must not show the form again to someone who may not submit it). Built one
     * by one, so that each carries the entry's current version.
     */
    private List<Supplier<MockHttpServletRequestBuilder>> provinceWideRoutes() {
        return List.of(
                () -> get("/rollups/par-index/rules"),
                () -> get("/rollups/par-index/rules/2026/edit"),
                () -> get("/rollups/par-index/rules/2026/criteria/new"),
                () -> criterion(post("/rollups/par-index/rules/2026/criteria")),
                () -> post("/rollups/par-index/rules/2027/criteria"),
                () -> get("/rollups/par-index/rules/2026/criteria/1/edit"),
                () -> criterion(post("/rollups/par-index/rules/2026/criteria/9")).param("version", criteriaVersion()),
                () -> post("/rollups/par-index/rules/2026/criteria/9/delete").param("version", criteriaVersion()),
                () -> post("/rollups/par-index/rules/2027/copy"),
                () -> get("/catalog/channels/new"),
                () -> post("/catalog/channels").param("code", "NEW" + channel).param("name", "Kênh mới")
                        .param("position", "900"),
                () -> post("/catalog/channels"),
                () -> get("/catalog/channels/{id}/edit", channel),
                () -> post("/catalog/channels/{id}", channel).param("code", "ZALO").param("name", "Đổi tên")
                        .param("position", "500").param("version", channelVersion()),
                () -> post("/catalog/channels/{id}", channel).param("version", channelVersion()),
                () -> post("/catalog/channels/{id}/deactivate", channel).param("version", channelVersion()),
                () -> post("/catalog/channels/{id}/activate", channel).param("version", channelVersion()),
                () -> get("/catalog/indicators/new"),
                () -> post("/catalog/indicators").param("code", "NEW" + indicator).param("name", "Chỉ tiêu mới")
                        .param("unit", "buổi").param("position", "900"),
                () -> post("/catalog/indicators"),
                () -> get("/catalog/indicators/{id}/edit", indicator),
                () -> post("/catalog/indicators/{id}", indicator).param("code", "LIVE").param("name", "Đổi tên")
                        .param("unit", "buổi").param("position", "500").param("version", indicatorVersion()),
                () -> post("/catalog/indicators/{id}/deactivate", indicator).param("version", indicatorVersion()),
                () -> post("/catalog/indicators/{id}/activate", indicator).param("version", indicatorVersion()));
    }

    private String channelVersion() {
        return String.valueOf(catalog.channel(world.admin(), channel).version());
    }

    private String indicatorVersion() {
        return String.valueOf(catalog.indicator(world.admin(), indicator).version());
    }

    @Test
    void aDepartmentsAdminGets403OnEveryProvinceWideSettingAndChangesNothing() throws Exception {
        for (Supplier<MockHttpServletRequestBuilder> route : provinceWideRoutes()) {
            var request = route.get().with(as(departmentAdmin)).with(csrf());
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                    .as(describe(request)).isEqualTo(403);
        }
        assertThat(catalog.channel(world.admin(), channel).name()).isEqualTo("Kênh Zalo");
        assertThat(catalog.channel(world.admin(), channel).active()).isTrue();
        assertThat(catalog.indicator(world.admin(), indicator).name()).isEqualTo("Phát trực tiếp");
        assertThat(criteria.page(world.admin(), 2026).own()).isFalse();
        assertThat(criteria.page(world.admin(), 2026).history()).isEmpty();
    }

    @Test
    void theProvincesAdminUsesEveryProvinceWideSetting() throws Exception {
        for (Supplier<MockHttpServletRequestBuilder> route : provinceWideRoutes()) {
            var request = route.get().with(as(world.admin())).with(csrf());
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                    .as(describe(request)).isIn(200, 302);
        }
        // The criterion was added, saved unchanged and removed again, then 2026 copied to 2027: each kept in the history.
        assertThat(criteria.page(world.admin(), 2026).own()).isTrue();
        assertThat(criteria.page(world.admin(), 2026).history()).extracting(c -> c.action())
                .containsExactly("COPIED", "REMOVED", "ADDED", "CREATED");
    }

    @Test
    void aDepartmentsAdminSeesTheCataloguesWithoutTheirChangeButtons() throws Exception {
        Document page = Html.page(mvc.perform(get("/catalog").with(as(departmentAdmin))).andExpect(status().isOk()));
        assertThat(page.text()).contains("Kênh Zalo");
        assertThat(page.select("a[href$=/new], a[href$=/edit], form[action*=/catalog/]")).isEmpty();

        Document provinces = Html.page(mvc.perform(get("/catalog").with(as(world.admin()))).andExpect(status().isOk()));
        assertThat(provinces.select("a[href$=/catalog/channels/new]")).hasSize(1);
    }

    @Test
    void aDepartmentsAdminStillManagesTheNodesAndUsersOfItsSubtree() throws Exception {
        CurrentUser admin = departmentAdmin;
        mvc.perform(get("/users").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/users/new").with(as(admin))).andExpect(status().isOk());
        mvc.perform(post("/users").with(as(admin)).with(csrf()).param("username", admin.username() + "-new")
                .param("fullName", "Người mới").param("orgNodeId", String.valueOf(world.unitA()))
                .param("role", "UNIT").param("password", "a-first-password-1"))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.exists(admin.username() + "-new")).isTrue();

        CurrentUser unitUser = world.unitUserB();
        mvc.perform(get("/users/{id}", unitUser.id()).with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/users/{id}/edit", unitUser.id()).with(as(admin))).andExpect(status().isOk());
        mvc.perform(post("/users/{id}", unitUser.id()).with(as(admin)).with(csrf())
                .param("username", unitUser.username()).param("fullName", "Tên đổi bởi Sở")
                .param("orgNodeId", String.valueOf(world.unitB())).param("role", "UNIT")
                .param("version", String.valueOf(version(unitUser))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/users/{id}/reset-password", unitUser.id()).with(as(admin)).with(csrf())
                .param("newPassword", "reset-by-dept-1").param("version", String.valueOf(version(unitUser))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/users/{id}/deactivate", unitUser.id()).with(as(admin)).with(csrf())
                .param("version", String.valueOf(version(unitUser))))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.view(world.admin(), unitUser.id()).active()).isFalse();

        mvc.perform(get("/organizations/new").with(as(admin))).andExpect(status().isOk());
        mvc.perform(post("/organizations").with(as(admin)).with(csrf()).param("code", admin.username() + ".NEW")
                .param("name", "Phòng mới").param("kind", "SUB_UNIT").param("parentId", String.valueOf(world.unitA())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/organizations/{id}/edit", world.unitA()).with(as(admin))).andExpect(status().isOk());
    }

    @Test
    void theMoveFormIsShownOnlyWhereAMoveCanSucceed() throws Exception {
        Document ownRoot = Html.page(mvc.perform(get("/organizations/{id}", world.agency()).with(as(departmentAdmin)))
                .andExpect(status().isOk()));
        Document child = Html.page(mvc.perform(get("/organizations/{id}", world.unitA()).with(as(departmentAdmin)))
                .andExpect(status().isOk()));
        Document asProvince = Html.page(mvc.perform(get("/organizations/{id}", world.agency()).with(as(world.admin())))
                .andExpect(status().isOk()));

        assertThat(ownRoot.select("form[action$=/move]")).isEmpty();
        assertThat(child.select("form[action$=/move]")).hasSize(1);
        assertThat(asProvince.select("form[action$=/move]")).hasSize(1);
    }

    @Test
    void aDepartmentsAdminCannotReachTheUsersOrNodesOutsideItsSubtree() throws Exception {
        CurrentUser admin = departmentAdmin;
        CurrentUser outside = world.reviewer();
        mvc.perform(get("/users/{id}", outside.id()).with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/users/{id}/reset-password", outside.id()).with(as(admin)).with(csrf())
                .param("newPassword", "taken-over-1").param("version", String.valueOf(version(outside))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users/{id}/deactivate", outside.id()).with(as(admin)).with(csrf())
                .param("version", String.valueOf(version(outside))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizations/{id}/edit", world.homeAffairs()).with(as(admin)))
                .andExpect(status().isForbidden());
        assertThat(accounts.view(world.admin(), outside.id()).active()).isTrue();
    }

    private MockHttpServletRequestBuilder criterion(MockHttpServletRequestBuilder b) {
        return b.param("code", "9").param("position", "9").param("title", "Tiêu chí chấm tay").param("maxPoints", "1")
                .param("kind", "MANUAL");
    }

    /** The version of the province's own set for 2026 as the admin would see it ("" while there is none). */
    private String criteriaVersion() {
        Long v = criteria.page(world.admin(), 2026).version();
        return v == null ? "" : String.valueOf(v);
    }

    private long version(CurrentUser user) {
        return accounts.view(world.admin(), user.id()).version();
    }

    private String describe(MockHttpServletRequestBuilder request) {
        var built = request.buildRequest(new org.springframework.mock.web.MockServletContext());
        return built.getMethod() + " " + built.getRequestURI();
    }
}
