package vn.parcomms.assessment;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/** The administrator edits the province's rule for a year; the score follows it. */
@IntegrationTest
class ParIndexRuleWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ParIndexService assessments;

    World world;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    MockHttpServletRequestBuilder save(String version, String low, String high) {
        MockHttpServletRequestBuilder b = post("/rollups/par-index/rules/2025").with(csrf()).with(as(world.admin()))
                .param("planDeadlineMonth", "3").param("planDeadlineDay", "15").param("planOnTimePoints", "1.5")
                .param("planLatePoints", "0.5").param("planNonePoints", "0").param("carriedHighPercent", high)
                .param("carriedLowPercent", low).param("carriedHighPoints", "2").param("carriedMidPoints", "1")
                .param("carriedLowPoints", "0").param("reportsOnTimePoints", "1").param("reportsLatePoints", "0");
        return version == null ? b : b.param("version", version);
    }

    @Test
    void theAdministratorCreatesThenChangesTheProvincesRuleAndTheScoreUsesIt() throws Exception {
        Document form = Html.page(mvc.perform(get("/rollups/par-index/rules/2025/edit").with(as(world.admin())))
                .andExpect(status().isOk()));
        assertThat(form.selectFirst("#planDeadlineDay").val()).isEqualTo("31");
        assertThat(form.selectFirst("input[name=version]").val()).isEmpty();

        mvc.perform(save(null, "70", "90")).andExpect(redirectedUrl("/rollups/par-index/rules"));
        ParIndex index = assessments.assess(world.office(), null, 2025);
        assertThat(index.rule().provinceNodeId()).isEqualTo(world.province());
        assertThat(index.plan().deadline()).isEqualTo(java.time.LocalDate.of(2025, 3, 15));
        assertThat(index.rule().maximum()).isEqualByComparingTo("4.5");

        mvc.perform(save("0", "50", "80")).andExpect(redirectedUrl("/rollups/par-index/rules"));
        assertThat(assessments.assess(world.office(), null, 2025).rule().carriedHighPercent())
                .isEqualByComparingTo("80");
        // Other years and other provinces keep the default.
        assertThat(assessments.assess(world.office(), null, 2024).rule().provinceNodeId()).isNull();
    }

    @Test
    void aStaleVersionOrALowThresholdAboveTheHighOneIsRefusedWithAMessageOnTheForm() throws Exception {
        mvc.perform(save(null, "70", "90")).andExpect(status().is3xxRedirection());

        Document stale = Html.page(mvc.perform(save(null, "60", "90")).andExpect(status().isOk()));
        assertThat(stale.select(".alert-danger").text()).contains("vừa lưu");
        Document order = Html.page(mvc.perform(save("0", "95", "90")).andExpect(status().isOk()));
        assertThat(order.selectFirst("#carriedLowPercent").hasClass("is-invalid")).isTrue();
        assertThat(assessments.assess(world.office(), null, 2025).rule().carriedLowPercent())
                .isEqualByComparingTo("70");
    }

    @Test
    void onlyTheAdministratorEditsTheRules() throws Exception {
        mvc.perform(get("/rollups/par-index/rules/2025/edit").with(as(world.office()))).andExpect(status().isForbidden());
        mvc.perform(save(null, "70", "90").with(as(world.office()))).andExpect(status().isForbidden());
        assertThat(assessments.assess(world.office(), null, 2025).rule().provinceNodeId()).isNull();
    }
}
