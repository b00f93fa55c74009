package vn.parcomms.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.consolidation.ConsolidationDeadline;
import vn.parcomms.consolidation.ConsolidationDeadlineService;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The agencies' consolidated report deadlines page of Home Affairs, /rollups/province/deadlines:
 * defaults of 2099 (cut-off + 5 working days: Q1 Sat 14 Mar → Fri 20 Mar, 6 months Sun 14 Jun →
 * Fri 19 Jun, 9 months Mon 14 Sep → Mon 21 Sep, year Mon 14 Dec → Mon 21 Dec), a deadline set,
 * refused dates kept on the form, stale saves refused, and every other role kept out.
 */
@IntegrationTest
class ConsolidationDeadlinesWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ConsolidationDeadlineService deadlines;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
    }

    MockHttpServletRequestBuilder save(ReportPeriod period, String deadline, String version) {
        MockHttpServletRequestBuilder request = post("/rollups/province/deadlines").with(csrf()).param("year", "2099")
                .param("period", period.name()).param("deadline", deadline);
        return version == null ? request : request.param("version", version);
    }

    ConsolidationDeadline deadline(World world, ReportPeriod period) {
        return deadlines.deadlines(world.reviewer(), 2099).stream().filter(d -> d.period() == period).findFirst()
                .orElseThrow();
    }

    @Test
    void theReviewerSeesTheDefaultsAndSetsADeadline() throws Exception {
        Document page = Html.page(mvc.perform(get("/rollups/province/deadlines").param("year", "2099")
                .with(as(w.reviewer()))).andExpect(status().isOk()));
        // Text fields typed dd/mm/yyyy (ADR 0031), whatever the browser's language.
        assertThat(page.select("input[type=text][name=deadline]")).extracting(e -> e.attr("value"))
                .containsExactly("20/03/2099", "19/06/2099", "21/09/2099", "21/12/2099");
        assertThat(page.select("input[name=deadline]")).extracting(e -> e.attr("placeholder")).containsOnly("dd/mm/yyyy");
        assertThat(page.select("input[name=version]")).extracting(e -> e.attr("value")).containsOnly("");

        mvc.perform(save(ReportPeriod.H1, "2099-06-26", "").with(as(w.reviewer())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/rollups/province/deadlines?year=2099"))
                .andExpect(flash().attributeExists("flashSuccess"));

        ConsolidationDeadline h1 = deadline(w, ReportPeriod.H1);
        assertThat(h1.deadline()).isEqualTo(LocalDate.of(2099, 6, 26));
        assertThat(h1.defaultDeadline()).isEqualTo(LocalDate.of(2099, 6, 19));
        assertThat(h1.custom()).isTrue();
        assertThat(deadline(w, ReportPeriod.Q1).custom()).isFalse();
        Document after = Html.page(mvc.perform(get("/rollups/province/deadlines").param("year", "2099")
                .with(as(w.reviewer()))).andExpect(status().isOk()));
        assertThat(after.selectFirst("[data-period=H1] input[name=version]").attr("value"))
                .isEqualTo(String.valueOf(h1.version()));
        // The province view shows it in the 6 months column's header.
        Document province = Html.page(mvc.perform(get("/rollups/province").param("year", "2099")
                .with(as(w.reviewer()))).andExpect(status().isOk()));
        assertThat(province.selectFirst("#agencies-table th[data-period=H1] .deadline").text()).contains("26/06/2099");
        assertThat(province.selectFirst("#deadlines-link").attr("href"))
                .isEqualTo("/rollups/province/deadlines?year=2099");

        mvc.perform(save(ReportPeriod.H1, "2099-06-30", String.valueOf(h1.version())).with(as(w.reviewer())))
                .andExpect(status().is3xxRedirection());
        assertThat(deadline(w, ReportPeriod.H1).deadline()).isEqualTo(LocalDate.of(2099, 6, 30));
    }

    @Test
    void aDateOutsideTheAllowedRangeIsRefusedOnTheFormWithWhatWasTyped() throws Exception {
        for (String refused : List.of("14/06/2099", "14/08/2099", "", "2099-06-14")) {
            Document page = Html.page(mvc.perform(save(ReportPeriod.H1, refused, "").with(as(w.reviewer())))
                    .andExpect(status().isOk()));
            var card = page.selectFirst("[data-period=H1]");
            assertThat(card.selectFirst("input[name=deadline]").attr("value")).as(refused).isEqualTo(refused);
            assertThat(card.selectFirst("input[name=deadline]").hasClass("is-invalid")).isTrue();
            assertThat(card.selectFirst(".invalid-feedback").text())
                    .isEqualTo("Hạn gửi phải sau ngày chốt số liệu, trong khoảng 15/06/2099 – 13/08/2099.");
            assertThat(page.selectFirst("[data-period=Q1] input[name=deadline]").hasClass("is-invalid")).isFalse();
        }
        // What is not a date at all says so, and stays as typed.
        Document unreadable = Html.page(mvc.perform(save(ReportPeriod.H1, "31/06/2099", "").with(as(w.reviewer())))
                .andExpect(status().isOk()));
        var card = unreadable.selectFirst("[data-period=H1]");
        assertThat(card.selectFirst("input[name=deadline]").attr("value")).isEqualTo("31/06/2099");
        assertThat(card.selectFirst(".invalid-feedback").text())
                .isEqualTo("Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy, ví dụ 06/05/2025.");
        assertThat(deadline(w, ReportPeriod.H1).custom()).isFalse();
        // The first and the last day of the range are accepted, typed either way.
        mvc.perform(save(ReportPeriod.H1, "15/06/2099", "").with(as(w.reviewer())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(save(ReportPeriod.Q1, "2099-05-13", "").with(as(w.reviewer())))
                .andExpect(status().is3xxRedirection());
        assertThat(deadline(w, ReportPeriod.Q1).deadline()).isEqualTo(LocalDate.of(2099, 5, 13));
    }

    @Test
    void aSaveFromAStalePageIsAConflictAndChangesNothing() throws Exception {
        mvc.perform(save(ReportPeriod.M9, "2099-09-25", "").with(as(w.reviewer())))
                .andExpect(status().is3xxRedirection());
        long version = deadline(w, ReportPeriod.M9).version();

        // A colleague's page still showed the default (no version): their save would overwrite.
        mvc.perform(save(ReportPeriod.M9, "2099-09-28", "").with(as(w.reviewer())))
                .andExpect(status().isConflict());
        mvc.perform(save(ReportPeriod.M9, "2099-09-28", String.valueOf(version + 1)).with(as(w.reviewer())))
                .andExpect(status().isConflict());
        // A version for a period still on its default.
        mvc.perform(save(ReportPeriod.YEAR, "2099-12-28", "0").with(as(w.reviewer())))
                .andExpect(status().isConflict());
        assertThat(deadline(w, ReportPeriod.M9).deadline()).isEqualTo(LocalDate.of(2099, 9, 25));
        assertThat(deadline(w, ReportPeriod.YEAR).custom()).isFalse();
    }

    @Test
    void onlyTheReviewerOfTheProvinceSetsItsDeadlines() throws Exception {
        for (CurrentUser other : List.of(w.admin(), w.office(), w.leader(), w.unitUserA())) {
            mvc.perform(get("/rollups/province/deadlines").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(save(ReportPeriod.Q1, "2099-03-25", "").with(as(other))).andExpect(status().isForbidden());
        }
        World elsewhere = fixtures.newWorld();
        mvc.perform(save(ReportPeriod.Q1, "2099-03-25", "").with(as(elsewhere.reviewer())))
                .andExpect(status().is3xxRedirection());
        assertThat(deadline(elsewhere, ReportPeriod.Q1).deadline()).isEqualTo(LocalDate.of(2099, 3, 25));
        assertThat(deadline(w, ReportPeriod.Q1).custom()).as("another province's reviewer sets only theirs")
                .isFalse();
        mvc.perform(get("/rollups/province/deadlines").with(as(w.reviewer()))).andExpect(status().isOk());
    }
}
