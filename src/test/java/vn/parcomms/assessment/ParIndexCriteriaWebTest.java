package vn.parcomms.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The administrator of the province builds the commune set of issue 16 through the pages: a group
 * with two sub-criteria, the default criteria removed; the PAR INDEX page then shows the set's
 * criteria with their points. Every other role gets 403 on every criteria route.
 */
@IntegrationTest
class ParIndexCriteriaWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ParIndexCriteriaService criteria;

    World world;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    String version() {
        Long v = criteria.page(world.admin(), 2025).version();
        return v == null ? "" : String.valueOf(v);
    }

    MockHttpServletRequestBuilder add(String code, String parent, String max, String kind, String... params) {
        MockHttpServletRequestBuilder b = post("/rollups/par-index/rules/2025/criteria").with(csrf())
                .with(as(world.admin())).param("version", version()).param("code", code).param("position", "10")
                .param("title", "Tiêu chí " + code).param("maxPoints", max).param("kind", kind);
        if (parent != null) {
            b.param("parentCode", parent);
        }
        for (int i = 0; i < params.length; i += 2) {
            b.param("params[" + params[i] + "]", params[i + 1]);
        }
        return b;
    }

    @Test
    void theAdministratorBuildsTheCommuneSetAndThePageScoresByIt() throws Exception {
        Document empty = Html.page(mvc.perform(get("/rollups/par-index/rules/2025/edit").with(as(world.admin())))
                .andExpect(status().isOk()));
        assertThat(empty.select("#rules-table tr[data-rule]")).hasSize(3);
        assertThat(empty.selectFirst("#criteria-scope").text()).contains("mặc định");

        String redirect = "/rollups/par-index/rules/2025/edit";
        mvc.perform(add("5", null, "2", "GROUP")).andExpect(redirectedUrl(redirect));
        mvc.perform(add("5.1", "5", "1", "TARGETS_MET", "mode", "PROPORTIONAL")).andExpect(redirectedUrl(redirect));
        mvc.perform(add("5.2", "5", "1", "CHANNEL_DIVERSITY", "onlinePerChannel", "0.25", "onlineCap", "0.5",
                "traditionalPerChannel", "0.5", "traditionalCap", "0.5")).andExpect(redirectedUrl(redirect));
        for (String code : List.of("1", "2", "3")) {
            mvc.perform(post("/rollups/par-index/rules/2025/criteria/{code}/delete", code).with(csrf())
                    .with(as(world.admin())).param("version", version())).andExpect(redirectedUrl(redirect));
        }

        Document page = Html.page(mvc.perform(get(redirect).with(as(world.admin()))).andExpect(status().isOk()));
        assertThat(page.select("#rules-table tr[data-rule]").eachAttr("data-rule")).containsExactly("5", "5.1", "5.2");
        assertThat(page.selectFirst("#criteria-scope").text()).contains("riêng của tỉnh");
        assertThat(page.select("#rule-history li[data-action]").eachAttr("data-action"))
                .containsExactly("REMOVED", "REMOVED", "REMOVED", "ADDED", "ADDED", "ADDED", "CREATED");

        // The office's page scores by the set: a node without a plan has no target and no channel.
        Document index = Html.page(mvc.perform(get("/rollups/par-index?year=2025").with(as(world.office())))
                .andExpect(status().isOk()));
        assertThat(index.select("#criteria-table tr[data-criterion]").eachAttr("data-criterion"))
                .containsExactly("5", "5.1", "5.2");
        assertThat(index.select("#criteria-table tr[data-criterion] td.points").eachText())
                .containsExactly("0", "0", "0");
        assertThat(index.selectFirst("#par-index-total").text()).contains("0 / 2");
    }

    @Test
    void aWrongParameterIsShownOnTheFormAndNothingIsSaved() throws Exception {
        Document form = Html.page(mvc.perform(add("4", null, "1", "PLAN_ISSUED", "deadlineMonth", "13",
                "deadlineDay", "1", "onTimePoints", "1", "latePoints", "0", "nonePoints", "0"))
                .andExpect(status().isOk()));
        assertThat(form.selectFirst("#param-deadlineMonth").hasClass("is-invalid")).isTrue();
        assertThat(form.selectFirst("#param-deadlineMonth").val()).isEqualTo("13");
        Document blank = Html.page(mvc.perform(add("", null, "1", "MANUAL")).andExpect(status().isOk()));
        assertThat(blank.selectFirst("#code").hasClass("is-invalid")).isTrue();
        assertThat(criteria.page(world.admin(), 2025).own()).isFalse();

        Document edit = Html.page(mvc.perform(get("/rollups/par-index/rules/2025/criteria/1/edit")
                .with(as(world.admin()))).andExpect(status().isOk()));
        assertThat(edit.selectFirst("#param-deadlineDay").val()).isEqualTo("31");
        mvc.perform(get("/rollups/par-index/rules/2025/criteria/none/edit").with(as(world.admin())))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyOtherRoleGets403OnEveryCriteriaRoute() throws Exception {
        List<Supplier<MockHttpServletRequestBuilder>> routes = List.of(
                () -> get("/rollups/par-index/rules"),
                () -> get("/rollups/par-index/rules/2025/edit"),
                () -> get("/rollups/par-index/rules/2025/criteria/new"),
                () -> get("/rollups/par-index/rules/2025/criteria/1/edit"),
                () -> post("/rollups/par-index/rules/2025/criteria").param("code", "9").param("position", "9")
                        .param("title", "Tiêu chí").param("maxPoints", "1").param("kind", "MANUAL"),
                () -> post("/rollups/par-index/rules/2025/criteria"),
                () -> post("/rollups/par-index/rules/2025/criteria/1").param("code", "1").param("position", "1")
                        .param("title", "Tiêu chí").param("maxPoints", "1").param("kind", "MANUAL"),
                () -> post("/rollups/par-index/rules/2025/criteria/1/delete"),
                () -> post("/rollups/par-index/rules/2025/copy"));
        for (CurrentUser user : List.of(world.office(), world.leader(), world.unitUserA(), world.unitUserB(),
                world.reviewer())) {
            for (Supplier<MockHttpServletRequestBuilder> route : routes) {
                var request = route.get().with(as(user)).with(csrf());
                assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                        .as(user.role() + " " + request.buildRequest(new org.springframework.mock.web.MockServletContext())
                                .getRequestURI()).isEqualTo(403);
            }
        }
        assertThat(criteria.page(world.admin(), 2025).own()).isFalse();
        assertThat(criteria.page(world.admin(), 2025).history()).isEmpty();
    }
}
