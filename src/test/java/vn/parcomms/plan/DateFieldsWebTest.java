package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * Dates are typed and shown dd/mm/yyyy whatever the browser's language (issue 14, point 6; ADR
 * 0031): a text field, not a date input; a date that cannot be read stays in its field as typed,
 * with the reason beside it in the page's language.
 */
@IntegrationTest
@Import(PlanTestData.class)
class DateFieldsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanTestData data;
    @Autowired
    PlanDetailsReader planReader;

    World w;
    long id;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        id = data.draft(w);
    }

    private Document saveHeader(String issueDate, String lang) throws Exception {
        return Html.page(mvc.perform(post("/plans/{id}?lang=" + lang, id).with(as(w.office())).with(csrf())
                        .param("year", "2025").param("title", "Kế hoạch có ngày").param("issueDate", issueDate)
                        .param("version", String.valueOf(data.version(w.office(), id))))
                .andExpect(status().isOk()));
    }

    @Test
    void theIssueDateIsATextFieldTypedDayMonthYearAndShownSoAfterSaving() throws Exception {
        Element field = Html.page(mvc.perform(get("/plans/{id}/edit", id).with(as(w.office())))
                .andExpect(status().isOk())).getElementById("issueDate");
        assertThat(field.attr("type")).isEqualTo("text");
        assertThat(field.attr("placeholder")).isEqualTo("dd/mm/yyyy");

        mvc.perform(post("/plans/{id}", id).with(as(w.office())).with(csrf())
                        .param("year", "2025").param("title", "Kế hoạch có ngày").param("issueDate", "6/5/2025")
                        .param("version", String.valueOf(data.version(w.office(), id))))
                .andExpect(status().is3xxRedirection());
        assertThat(planReader.details(w.office(), id).header().issueDate()).isEqualTo(LocalDate.of(2025, 5, 6));
        Element saved = Html.page(mvc.perform(get("/plans/{id}/edit?lang=en", id).with(as(w.office())))
                .andExpect(status().isOk())).getElementById("issueDate");
        assertThat(saved.attr("value")).as("the English page too").isEqualTo("06/05/2025");
    }

    @Test
    void aDateThatCannotBeReadStaysAsTypedWithAClearMessageInEachLanguage() throws Exception {
        Document page = saveHeader("31/02/2025", "vi");
        Element field = page.getElementById("issueDate");
        assertThat(field.attr("value")).isEqualTo("31/02/2025");
        assertThat(field.hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("title").text()).isEqualTo("Kế hoạch có ngày");
        assertThat(field.parent().selectFirst(".invalid-feedback").text())
                .isEqualTo("Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy, ví dụ 06/05/2025.");

        Document english = saveHeader("2025/05/06", "en");
        assertThat(english.getElementById("issueDate").attr("value")).isEqualTo("2025/05/06");
        assertThat(english.getElementById("issueDate").parent().selectFirst(".invalid-feedback").text())
                .isEqualTo("Not a date: type it as dd/mm/yyyy, e.g. 06/05/2025.");
        assertThat(planReader.details(w.office(), id).header().title()).as("nothing saved").isNotEqualTo("Kế hoạch có ngày");
    }
}
