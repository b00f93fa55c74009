package vn.parcomms.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

@IntegrationTest
/** MockMvc keeps the query string only when it is part of the URL, as a browser sends it. */
class LanguageSwitchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void switchingLanguageKeepsTheLoginErrorOnThePage() throws Exception {
        Document page = Html.page(mvc.perform(get("/login?error=bad")));
        String english = page.select("a.nav-link:contains(English)").attr("href");
        assertThat(english).isEqualTo("?error=bad&lang=en");
        Document switched = Html.page(mvc.perform(get("/login?error=bad&lang=en")));
        assertThat(switched.select(".alert-danger").text()).isEqualTo("Wrong username or password, or the account is locked for a while or deactivated. "
                + "Try again in a few minutes or ask your administrator.");
        assertThat(switched.select("a.nav-link:contains(Tiếng Việt)").attr("href")).isEqualTo("?error=bad&lang=vi");
    }

    @Test
    void switchingLanguageKeepsTheFiltersOfAList() throws Exception {
        var world = fixtures.newWorld();
        Document page = Html.page(mvc.perform(get("/plans?year=2025&status=ISSUED")
                .with(Fixtures.as(world.office()))));
        assertThat(page.select("a.nav-link:contains(English)").attr("href"))
                .isEqualTo("?year=2025&status=ISSUED&lang=en");
    }
}
