package vn.parcomms.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/** The administrator edits the province's rule for a year; the score follows it and the history keeps each change. */
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
        assertThat(assessments.ruleHistory(world.admin())).as("refused saves leave no trace")
                .extracting(ParIndexRuleChange::action).containsExactly("CREATED");
    }

    @Test
    void everySaveIsKeptWithWhoWhenAndEachChangedValueOldToNewNewestFirst() throws Exception {
        mvc.perform(save(null, "70", "90")).andExpect(redirectedUrl("/rollups/par-index/rules"));
        mvc.perform(save("0", "50", "80")).andExpect(redirectedUrl("/rollups/par-index/rules"));
        // Saved again without a change: nothing to record. Its confirmation waits in the session
        // (kept by Spring Session, which the browser finds by its SESSION cookie).
        jakarta.servlet.http.Cookie session = mvc.perform(save("1", "50", "80"))
                .andExpect(redirectedUrl("/rollups/par-index/rules")).andReturn().getResponse().getCookie("SESSION");

        List<ParIndexRuleChange> history = assessments.ruleHistory(world.admin());
        assertThat(history).extracting(ParIndexRuleChange::action).containsExactly("CHANGED", "CREATED");
        assertThat(history.get(0).at()).isBetween(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMinutes(5),
                LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(1));

        Document page = Html.page(mvc.perform(get("/rollups/par-index/rules").with(as(world.admin())))
                .andExpect(status().isOk()));
        assertThat(page.select("#rules-table tr[data-rule] td:first-child")).extracting(Element::text)
                .contains("Của tỉnh, năm 2025", "Mặc định, năm mọi năm");
        List<Element> changes = page.select("#rule-history li[data-change]");
        assertThat(changes).hasSize(2);
        Element changed = changes.get(0);
        assertThat(changed.selectFirst("strong").text()).isEqualTo("Sửa quy định của tỉnh năm 2025");
        assertThat(changed.text()).contains("Người dùng admin")
                .containsPattern("^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} ");
        assertThat(changed.select("li[data-field]")).extracting(Element::text).containsExactly(
                "Thực hiện kế hoạch: ngưỡng cao (%): 90 → 80", "Thực hiện kế hoạch: ngưỡng thấp (%): 70 → 50");
        Element created = changes.get(1);
        assertThat(created.selectFirst("strong").text())
                .isEqualTo("Đặt quy định riêng của tỉnh năm 2025 (thay cho quy định mặc định)");
        assertThat(created.select("li[data-field]")).extracting(Element::text).containsExactly(
                "Hạn ban hành kế hoạch: ngày: 31 → 15", "Hạn ban hành kế hoạch: tháng: 1 → 3",
                "Kế hoạch: điểm đúng hạn: 1 → 1,5");

        Document flashed = Html.page(mvc.perform(get("/rollups/par-index/rules").with(as(world.admin()))
                .cookie(session)).andExpect(status().isOk()));
        assertThat(flashed.selectFirst(".alert-success").text()).isEqualTo("Đã lưu quy định chấm điểm năm 2025.");
        assertThat(flashed.selectFirst("#edit-rule").text()).matches("Sửa quy định của tỉnh năm \\d{4}");

        Document english = Html.page(mvc.perform(get("/rollups/par-index/rules?lang=en").with(as(world.admin())))
                .andExpect(status().isOk()));
        assertThat(english.select("#rule-history li[data-field=planOnTimePoints]").text())
                .isEqualTo("Plan: points on time: 1 → 1.5");
        assertThat(english.select("#rule-history strong").first().text()).isEqualTo("Changed the province's rule for 2025");
        assertThat(english.select("#rules-table tr[data-rule] td:first-child")).extracting(Element::text)
                .contains("The province's, year 2025");
    }

    @Test
    void anotherProvincesAdministratorDoesNotSeeTheHistoryAndNoOneElseSeesItAtAll() throws Exception {
        mvc.perform(save(null, "70", "90")).andExpect(status().is3xxRedirection());

        World other = fixtures.newWorld();
        Document page = Html.page(mvc.perform(get("/rollups/par-index/rules").with(as(other.admin())))
                .andExpect(status().isOk()));
        assertThat(page.select("#rule-history li[data-change]")).isEmpty();
        assertThat(page.selectFirst("#rule-history p").text()).isEqualTo("Quy định của tỉnh chưa được thay đổi lần nào.");
        for (var user : List.of(world.office(), world.leader(), world.unitUserA(), world.reviewer())) {
            mvc.perform(get("/rollups/par-index/rules").with(as(user))).andExpect(status().isForbidden());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> assessments.ruleHistory(user))
                    .isInstanceOf(vn.parcomms.shared.ForbiddenException.class);
        }
    }

    @Test
    void onlyTheAdministratorEditsTheRules() throws Exception {
        mvc.perform(get("/rollups/par-index/rules/2025/edit").with(as(world.office()))).andExpect(status().isForbidden());
        mvc.perform(save(null, "70", "90").with(as(world.office()))).andExpect(status().isForbidden());
        assertThat(assessments.assess(world.office(), null, 2025).rule().provinceNodeId()).isNull();
    }
}
