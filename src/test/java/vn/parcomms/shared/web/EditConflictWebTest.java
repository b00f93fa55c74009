package vn.parcomms.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.account.UserView;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

/**
 * After someone else saved the record, a stale save shows the form with what the user typed, the
 * record as saved now under each field, and the current version, so that saving again works
 * without copying text out.
 */
@IntegrationTest
class EditConflictWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;

    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganizationService organizations;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
    }

    @Test
    void aStalePlanSaveShowsTheSavedTitleBesideTheTypedOneAndSavesOnTheSecondTry() throws Exception {
        long id = planDrafting.create(w.office(), header("Kế hoạch ban đầu"));
        long stale = planReader.details(w.office(), id).version();
        planDrafting.updateHeader(w.office(), id, stale, header("Tiêu đề của đồng nghiệp"));
        Map<String, String> typed = Map.of("year", "2025", "title", "Tiêu đề của tôi");
        Document page = page(mvc.perform(form(post("/plans/{id}", id), typed, stale).with(as(w.office()))));
        assertShowsBoth(page, "title", "Tiêu đề của tôi", "Tiêu đề của đồng nghiệp");
        long shown = shownVersion(page, "title");
        assertThat(shown).isEqualTo(planReader.details(w.office(), id).version());
        mvc.perform(form(post("/plans/{id}", id), typed, shown).with(as(w.office())))
                .andExpect(status().is3xxRedirection());
        assertThat(planReader.details(w.office(), id).header().title()).isEqualTo("Tiêu đề của tôi");
    }

    @Test
    void aStaleReportSaveShowsTheSavedTextBesideTheTypedOne() throws Exception {
        IssuedPlan plan = planFixtures.issuedPlan(w, 2025);
        long id = reportDrafting.open(w.unitUserA(), plan.id(), ReportPeriod.Q1);
        long stale = reportReader.details(w.unitUserA(), id).version();
        mvc.perform(form(multipart("/reports/{id}", id), Map.of("resultsSummary", "Bản của đồng nghiệp"), stale)
                .with(as(w.unitUserA()))).andExpect(status().is3xxRedirection());
        Map<String, String> typed = Map.of("resultsSummary", "Bản của tôi");
        ResultActions conflict = mvc.perform(form(multipart("/reports/{id}", id), typed, stale)
                .with(as(w.unitUserA()))).andExpect(status().isConflict());
        Document page = page(conflict);
        assertShowsBoth(page, "resultsSummary", "Bản của tôi", "Bản của đồng nghiệp");
        long shown = shownVersion(page, "resultsSummary");
        mvc.perform(form(multipart("/reports/{id}", id), typed, shown).with(as(w.unitUserA())))
                .andExpect(status().is3xxRedirection());
        assertThat(reportReader.details(w.unitUserA(), id).resultsSummary()).isEqualTo("Bản của tôi");
    }

    @Test
    void aStaleUserSaveShowsTheSavedNameInsteadOfTheConflictPage() throws Exception {
        UserView user = accounts.view(w.admin(), w.unitUserB().id());
        accounts.update(w.admin(), user.id(), user.version(), new UserCommand(user.username(), "Tên của đồng nghiệp",
                user.email(), user.orgNodeId(), user.role()));
        Map<String, String> typed = Map.of("username", user.username(), "fullName", "Tên của tôi",
                "orgNodeId", String.valueOf(user.orgNodeId()), "role", user.role().name());
        Document page = page(mvc.perform(form(post("/users/{id}", user.id()), typed, user.version())
                .with(as(w.admin()))).andExpect(status().isConflict()));
        assertShowsBoth(page, "fullName", "Tên của tôi", "Tên của đồng nghiệp");
        long shown = shownVersion(page, "fullName");
        mvc.perform(form(post("/users/{id}", user.id()), typed, shown).with(as(w.admin())))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.view(w.admin(), user.id()).fullName()).isEqualTo("Tên của tôi");
    }

    @Test
    void aStaleOrganisationSaveShowsTheSavedNameInsteadOfTheConflictPage() throws Exception {
        OrgNodeView node = organizations.view(w.admin(), w.unitB());
        organizations.update(w.admin(), node.id(), node.version(), new OrgNodeCommand(node.code(),
                "Tên của đồng nghiệp", node.shortName(), node.kind(), node.parentId()));
        Map<String, String> typed = Map.of("code", node.code(), "name", "Tên của tôi", "kind", node.kind().name(),
                "parentId", String.valueOf(node.parentId()));
        Document page = page(mvc.perform(form(post("/organizations/{id}", node.id()), typed, node.version())
                .with(as(w.admin()))).andExpect(status().isConflict()));
        assertShowsBoth(page, "name", "Tên của tôi", "Tên của đồng nghiệp");
        long shown = shownVersion(page, "name");
        mvc.perform(form(post("/organizations/{id}", node.id()), typed, shown).with(as(w.admin())))
                .andExpect(status().is3xxRedirection());
        assertThat(organizations.view(w.admin(), node.id()).name()).isEqualTo("Tên của tôi");
    }

    private static void assertShowsBoth(Document page, String field, String typed, String saved) {
        assertThat(page.selectFirst("[name=\"" + field + "\"]").val()).isEqualTo(typed);
        assertThat(page.select(".saved-version").text()).contains(saved);
    }

    /** The version the form will send, read from the form that holds the field. */
    private static long shownVersion(Document page, String field) {
        return Long.parseLong(page.selectFirst("[name=\"" + field + "\"]").closest("form")
                .selectFirst("input[name=version]").val());
    }

    private static AbstractMockHttpServletRequestBuilder<?> form(AbstractMockHttpServletRequestBuilder<?> request,
            Map<String, String> values, long version) {
        request.with(csrf()).param("version", String.valueOf(version));
        values.forEach(request::param);
        return request;
    }

    private static Document page(ResultActions result) throws Exception {
        return Html.page(result);
    }

    private static PlanHeader header(String title) {
        return new PlanHeader(2025, null, null, "KH-SYT", null, null, title, null, null, null, null, null, null, null,
                null, null);
    }
}
