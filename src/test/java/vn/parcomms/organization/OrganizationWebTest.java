package vn.parcomms.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Html;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

@IntegrationTest
class OrganizationWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganizationService organizations;

    World world;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void everyRoleReadsTheTreeOfItsOwnScope(Role role) throws Exception {
        mvc.perform(get("/organizations").with(as(world.userWith(role))))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void everyRoleOpensANodeOfItsScopeButNotOneOutsideIt(Role role) throws Exception {
        CurrentUser user = world.userWith(role);
        long own = user.orgNodeId();
        mvc.perform(get("/organizations").param("open", String.valueOf(own)).with(as(user)))
                .andExpect(status().isOk());
        World other = fixtures.newWorld();
        mvc.perform(get("/organizations").param("open", String.valueOf(other.unitA())).with(as(user)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizations").param("open", "987654321").with(as(user)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aUnitCannotOpenAnotherUnitOrItsAgency() throws Exception {
        mvc.perform(get("/organizations").param("open", String.valueOf(world.unitB())).with(as(world.unitUserA())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizations").param("open", String.valueOf(world.agency())).with(as(world.unitUserA())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizations").param("open", String.valueOf(world.homeAffairs())).with(as(world.office())))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "OPERATOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAdminMayOpenTheAdminForms(Role role) throws Exception {
        CurrentUser user = world.userWith(role);
        mvc.perform(get("/organizations/new").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/{id}/edit", world.unitA()).with(as(user))).andExpect(status().isForbidden());
        mvc.perform(post("/organizations").with(as(user)).with(csrf())
                .param("code", "X1").param("name", "X").param("kind", "UNIT")
                .param("parentId", String.valueOf(world.agency())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations/{id}", world.unitA()).with(as(user)).with(csrf())
                .param("code", "X1").param("name", "X").param("kind", "UNIT"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations/{id}/move", world.unitA()).with(as(user)).with(csrf())
                .param("parentId", String.valueOf(world.homeAffairs())).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations/{id}/deactivate", world.subUnitA()).with(as(user)).with(csrf())
                .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations/{id}/activate", world.subUnitA()).with(as(user)).with(csrf())
                .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations/{id}/delete", world.subUnitA()).with(as(user)).with(csrf())
                .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(organizations.find(world.subUnitA()).active()).isTrue();
    }

    @Test
    void adminOpensEveryAdminForm() throws Exception {
        mvc.perform(get("/organizations/new").with(as(world.admin()))).andExpect(status().isOk());
        mvc.perform(get("/organizations/{id}/edit", world.unitA()).with(as(world.admin())))
                .andExpect(status().isOk());
        mvc.perform(get("/organizations/{id}", world.unitA()).with(as(world.admin())))
                .andExpect(status().isOk());
    }

    @Test
    void adminCreatesAUnitUnderAnAgency() throws Exception {
        mvc.perform(post("/organizations").with(as(world.admin())).with(csrf())
                        .param("code", world.admin().username() + "-NEW").param("name", "Trung tâm Y tế huyện Mới")
                        .param("kind", "UNIT").param("parentId", String.valueOf(world.agency())))
                .andExpect(status().is3xxRedirection());
        assertThat(organizations.children(world.agency()))
                .extracting(OrgNodeView::name).contains("Trung tâm Y tế huyện Mới");
    }

    @Test
    void badInputStaysOnTheFormWithMessagesAndKeepsWhatWasTyped() throws Exception {
        var page = Html.page(mvc.perform(post("/organizations").with(as(world.admin())).with(csrf())
                        .param("code", "").param("name", "Tên đã nhập").param("kind", "UNIT")
                        .param("parentId", String.valueOf(world.agency())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code")));
        assertThat(page.selectFirst("input#name").val()).isEqualTo("Tên đã nhập");
        assertThat(page.selectFirst("#code + .invalid-feedback").text()).isEqualTo("Không được để trống.");
    }

    @Test
    void aDuplicateCodeIsRefusedOnTheForm() throws Exception {
        String taken = organizations.find(world.unitA()).code();
        mvc.perform(post("/organizations").with(as(world.admin())).with(csrf())
                        .param("code", taken).param("name", "Trùng mã").param("kind", "UNIT")
                        .param("parentId", String.valueOf(world.agency())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "code"));
    }

    @Test
    void movingANodeUnderItsOwnSubtreeIsRefusedWithAClearMessage() throws Exception {
        long version = organizations.find(world.unitA()).version();
        mvc.perform(post("/organizations/{id}/move", world.unitA()).with(as(world.admin())).with(csrf())
                        .param("parentId", String.valueOf(world.subUnitA())).param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("moveForm", "parentId"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Không thể chuyển một đơn vị vào chính nó")));
        assertThat(organizations.find(world.unitA()).parentId()).isEqualTo(world.agency());
    }

    @Test
    void movingANodeCarriesItsSubtreeAlong() throws Exception {
        long version = organizations.find(world.unitA()).version();
        mvc.perform(post("/organizations/{id}/move", world.unitA()).with(as(world.admin())).with(csrf())
                        .param("parentId", String.valueOf(world.homeAffairs())).param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/organizations/" + world.unitA()));
        assertThat(organizations.isWithin(world.subUnitA(), world.homeAffairs())).isTrue();
        assertThat(organizations.isWithin(world.subUnitA(), world.agency())).isFalse();
        assertThat(organizations.find(world.subUnitA()).depth()).isEqualTo(3);
    }

    @Test
    void aNodeWithActiveUsersOrActiveChildrenCannotBeDeactivated() throws Exception {
        long version = organizations.find(world.unitA()).version();
        mvc.perform(post("/organizations/{id}/deactivate", world.unitA()).with(as(world.admin())).with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/organizations/" + world.unitA()));
        assertThat(organizations.find(world.unitA()).active()).isTrue();

        long subVersion = organizations.find(world.subUnitA()).version();
        mvc.perform(post("/organizations/{id}/deactivate", world.subUnitA()).with(as(world.admin())).with(csrf())
                        .param("version", String.valueOf(subVersion)))
                .andExpect(redirectedUrl("/organizations/" + world.subUnitA()));
        assertThat(organizations.find(world.subUnitA()).active()).isFalse();
    }

    @Test
    void aReferencedNodeIsNeverDeleted() throws Exception {
        long version = organizations.find(world.unitB()).version();
        mvc.perform(post("/organizations/{id}/delete", world.unitB()).with(as(world.admin())).with(csrf())
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/organizations/" + world.unitB()));
        assertThat(organizations.find(world.unitB()).active()).isTrue();
    }

    @Test
    void aStaleVersionGetsTheConflictPage() throws Exception {
        mvc.perform(post("/organizations/{id}", world.unitB()).with(as(world.admin())).with(csrf())
                        .param("code", organizations.find(world.unitB()).code()).param("name", "Tên mới")
                        .param("kind", "UNIT").param("version", "99"))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("người khác")));
        assertThat(organizations.find(world.unitB()).name()).doesNotContain("Tên mới");
    }

    @Test
    void unitUserCannotOpenAnotherUnitsNode() throws Exception {
        mvc.perform(get("/organizations/{id}", world.unitB()).with(as(world.unitUserA())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizations/{id}", world.agency()).with(as(world.unitUserA())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizations/{id}", world.subUnitA()).with(as(world.unitUserA())))
                .andExpect(status().isOk());
    }

    @Test
    void reviewerReadsTheWholeProvinceButNotAnother() throws Exception {
        mvc.perform(get("/organizations/{id}", world.unitB()).with(as(world.reviewer())))
                .andExpect(status().isOk());
        World other = fixtures.newWorld();
        mvc.perform(get("/organizations/{id}", other.unitB()).with(as(world.reviewer())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdminCannotReachIntoAnotherProvince() throws Exception {
        World other = fixtures.newWorld();
        mvc.perform(get("/organizations/{id}/edit", other.unitA()).with(as(world.admin())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations/{id}", other.unitA()).with(as(world.admin())).with(csrf())
                        .param("code", "").param("name", "").param("kind", "UNIT").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownNodeIsA404WithoutExceptionText() throws Exception {
        mvc.perform(get("/organizations/{id}", 987654321L).with(as(world.admin())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Exception"))));
    }
}
