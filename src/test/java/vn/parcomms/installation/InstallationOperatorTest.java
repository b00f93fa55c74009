package vn.parcomms.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.catalog.CatalogEntryCommand;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/** The installation's operator (ADR 0026): provinces and their administrators, the shared catalogue, nothing else. */
@IntegrationTest
class InstallationOperatorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CatalogService catalog;
    @Autowired
    OrganizationService organizations;
    @Autowired
    JdbcClient jdbc;

    World a;
    World b;
    CurrentUser operator;

    @BeforeEach
    void setUp() {
        a = fixtures.newWorld();
        b = fixtures.newWorld();
        operator = fixtures.newOperator();
    }

    @Test
    void theOperatorListsEveryProvinceWithItsAdministratorsButNoOtherAccount() throws Exception {
        Document page = Html.page(mvc.perform(get("/operator").with(as(operator))).andExpect(status().isOk()));
        String table = page.select("#provinces").text();
        assertThat(table).contains(organizations.find(a.province()).name(), a.admin().username(),
                organizations.find(b.province()).name(), b.admin().username());
        assertThat(page.text()).doesNotContain(a.office().username(), a.reviewer().username(),
                organizations.find(a.agency()).name());
        mvc.perform(get("/").with(as(operator))).andExpect(redirectedUrl("/operator"));
    }

    @Test
    void theOperatorAddsAProvinceWhoseAdministratorRunsOnlyThatProvince() throws Exception {
        String code = "NP" + System.nanoTime() % 1_000_000_000L;
        mvc.perform(newProvince(code, "Ủy ban nhân dân tỉnh Mới " + code, code.toLowerCase() + "-admin")
                        .with(as(operator)))
                .andExpect(redirectedUrl("/operator"));

        long province = organizations.findByCode(code).id();
        assertThat(organizations.find(province).parentId()).as("a root of its own").isNull();
        long adminId = jdbc.sql("select id from user_account where username = :u and role = 'ADMIN' and org_node_id = :p")
                .param("u", code.toLowerCase() + "-admin").param("p", province).query(Long.class).single();
        CurrentUser admin = new CurrentUser(adminId, code.toLowerCase() + "-admin", "Quản trị", Role.ADMIN, province);
        String tree = mvc.perform(get("/organizations").with(as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(tree).contains("Ủy ban nhân dân tỉnh Mới " + code)
                .doesNotContain(organizations.find(a.province()).name());
        mvc.perform(get("/organizations/{id}", a.agency()).with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(get("/users/{id}", a.office().id()).with(as(admin))).andExpect(status().isForbidden());
    }

    @Test
    void aTakenCodeOrUserNameIsSaidOnTheFormAndLeavesNoProvinceBehind() throws Exception {
        String taken = organizations.find(a.province()).code();
        Document codeTaken = Html.page(mvc.perform(newProvince(taken, "Tỉnh trùng mã", "newadmin" + System.nanoTime()
                % 100_000).with(as(operator))).andExpect(status().isOk()));
        assertThat(codeTaken.select("#code ~ .invalid-feedback").text()).contains(taken);

        String code = "NQ" + System.nanoTime() % 1_000_000_000L;
        Document nameTaken = Html.page(mvc.perform(newProvince(code, "Tỉnh trùng người dùng", a.office().username())
                .with(as(operator))).andExpect(status().isOk()));
        assertThat(nameTaken.select("#adminUsername ~ .invalid-feedback").text()).contains(a.office().username());
        assertThat(organizations.existsCode(code)).as("rolled back with the refused administrator").isFalse();

        Document mismatch = Html.page(mvc.perform(newProvince(code, "Tỉnh", "ok-" + code.toLowerCase())
                .param("confirmPassword", "something-else").with(as(operator))).andExpect(status().isOk()));
        assertThat(mismatch.select("#confirmPassword ~ .invalid-feedback").text()).isNotBlank();
        assertThat(organizations.existsCode(code)).isFalse();
    }

    @Test
    void theOperatorDeactivatesAndReactivatesAProvincesAdministratorAndNoOtherAccount() throws Exception {
        mvc.perform(post("/operator/admins/{id}/deactivate", a.admin().id()).param("version", version(a.admin()))
                .with(csrf()).with(as(operator))).andExpect(redirectedUrl("/operator"));
        assertThat(active(a.admin())).isFalse();
        mvc.perform(post("/operator/admins/{id}/activate", a.admin().id()).param("version", version(a.admin()))
                .with(csrf()).with(as(operator))).andExpect(redirectedUrl("/operator"));
        assertThat(active(a.admin())).isTrue();

        mvc.perform(post("/operator/admins/{id}/deactivate", a.office().id()).param("version", version(a.office()))
                .with(csrf()).with(as(operator))).andExpect(status().isForbidden());
        assertThat(active(a.office())).isTrue();
    }

    @Test
    void noProvinceUserReachesTheOperatorsPagesAndTheOperatorNoProvincePage() throws Exception {
        for (Role role : new Role[] {Role.ADMIN, Role.OFFICE, Role.LEADER, Role.UNIT, Role.REVIEWER}) {
            CurrentUser user = a.userWith(role);
            mvc.perform(get("/operator").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/operator/provinces/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(newProvince("X" + role, "Tỉnh X", "x-" + role.name().toLowerCase()).with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/operator/admins/{id}/deactivate", b.admin().id()).param("version", version(b.admin()))
                    .with(csrf()).with(as(user))).andExpect(status().isForbidden());
        }
        assertThat(active(b.admin())).isTrue();
        for (String page : new String[] {"/plans", "/organizations", "/users", "/reports", "/rollups",
                "/consolidations", "/notifications", "/register", "/rollups/province", "/rollups/par-index",
                "/api/v1/plans"}) {
            mvc.perform(get(page).with(as(operator))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theOperatorKeepsTheSharedCatalogueWhichEveryProvinceReadsButNoProvincesOwnEntries() throws Exception {
        String own = "OWN" + System.nanoTime() % 1_000_000;
        catalog.createChannel(a.admin(), new CatalogEntryCommand(own, "Kênh riêng " + own, null, null, 9_990));
        String shared = "SH" + System.nanoTime() % 1_000_000;

        String operatorList = mvc.perform(get("/catalog").with(as(operator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(operatorList).doesNotContain(own);
        mvc.perform(post("/catalog/channels").param("code", shared).param("name", "Kênh chung " + shared)
                .param("position", "9999").param("version", "0").with(csrf()).with(as(operator)))
                .andExpect(redirectedUrl("/catalog"));
        long sharedId = catalog.channelsByCode(operator).get(shared).id();
        assertThat(catalog.channel(operator, sharedId).ownerNodeId()).as("shared").isNull();

        for (World province : new World[] {a, b}) {
            String list = mvc.perform(get("/catalog").with(as(province.office()))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(list).contains("Kênh chung " + shared);
            assertThat(list.contains(own)).as("own entry seen only in its province").isEqualTo(province == a);
        }
        long ownId = catalog.channelsByCode(a.admin()).get(own).id();
        mvc.perform(get("/catalog/channels/{id}/edit", ownId).with(as(operator))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/channels/{id}/edit", ownId).with(as(b.admin()))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/channels/{id}/edit", sharedId).with(as(operator))).andExpect(status().isOk());
        mvc.perform(post("/catalog/channels/{id}/deactivate", sharedId).param("version", "0")
                .with(csrf()).with(as(a.admin()))).andExpect(redirectedUrl("/catalog"));
        assertThat(catalog.channel(operator, sharedId).active()).as("a province cannot change a shared entry").isTrue();
        mvc.perform(post("/catalog/channels/{id}/deactivate", sharedId).param("version", "0")
                .with(csrf()).with(as(operator))).andExpect(redirectedUrl("/catalog"));
        assertThat(catalog.channel(operator, sharedId).active()).isFalse();
    }

    private MockHttpServletRequestBuilder newProvince(String code, String name, String admin) {
        return post("/operator/provinces").param("code", code).param("name", name).param("adminUsername", admin)
                .param("adminFullName", "Quản trị tỉnh mới").param("adminPassword", Fixtures.PASSWORD)
                .param("confirmPassword", Fixtures.PASSWORD).with(csrf());
    }

    private String version(CurrentUser user) {
        return String.valueOf(jdbc.sql("select version from user_account where id = :id").param("id", user.id())
                .query(Long.class).single());
    }

    private boolean active(CurrentUser user) {
        return jdbc.sql("select active from user_account where id = :id").param("id", user.id())
                .query(Boolean.class).single();
    }
}
