package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The activity form: units chosen by search with their paths, within what the plan may assign; no
 * content item chosen for the user; cooperators and targets added one at a time, all without a
 * script (each step a round trip keeping what was typed) and through the script's JSON search.
 */
@IntegrationTest
@Import(PlanTestData.class)
class ActivityFormWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanTestData data;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    OrganizationService organizations;
    @Autowired
    CatalogService catalog;

    World w;
    long plan;
    /** "Khoa Khám bệnh …" under unit A (the world's sub-unit) and a second one of the same name under unit B. */
    long clinicA;
    long clinicB;
    /** A node of the same name in another agency of the province, which this plan may not assign. */
    long otherClinic;
    World otherAgency;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        plan = data.draft(w);
        clinicA = w.subUnitA();
        String name = organizations.find(clinicA).name();
        CurrentUser setup = new CurrentUser(0, "setup", "setup", Role.ADMIN, w.province());
        clinicB = organizations.create(setup, new OrgNodeCommand("K2-" + w.unitB(), name, null, OrgKind.SUB_UNIT,
                w.unitB()));
        otherAgency = fixtures.anotherAgency(w, "Sở Giáo dục");
        otherClinic = organizations.create(setup, new OrgNodeCommand("K3-" + otherAgency.unitA(), name, null,
                OrgKind.SUB_UNIT, otherAgency.unitA()));
    }

    @Test
    void aNewActivityHasNoContentItemChosenUnlessOpenedFromOne() throws Exception {
        List<PlanItemView> contents = planReader.details(w.office(), plan).items(ItemKind.CONTENT);
        Document page = Html.page(mvc.perform(get("/plans/{id}/activities/new", plan).with(as(w.office())))
                .andExpect(status().isOk()));
        assertThat(page.select("#contentItemKey option[selected]")).isEmpty();
        assertThat(page.select("#contentItemKey option").first().text()).isEqualTo("— Chọn mục nội dung —");

        // The content part offers "add an activity" on each item; that item is then the choice.
        Document part = Html.page(mvc.perform(get("/plans/{id}/parts/CONTENT", plan).with(as(w.office()))));
        Element add = part.selectFirst("a[href*=content=" + contents.get(1).key() + "]");
        assertThat(add).isNotNull();
        assertThat(add.text()).isEqualTo("Thêm hoạt động cho mục b)");
        page = Html.page(mvc.perform(get(add.attr("href")).with(as(w.office()))).andExpect(status().isOk()));
        assertThat(page.select("#contentItemKey option[selected]").attr("value"))
                .isEqualTo(contents.get(1).key().toString());
    }

    @Test
    void savingWithoutAContentItemSaysSoBesideTheFieldAndAtTheTopAndKeepsWhatWasTyped() throws Exception {
        int before = planReader.details(w.office(), plan).activities().size();
        long indicator = catalog.indicatorsByCode(w.office()).get("NEWS_POSTED").id();
        Document page = Html.page(mvc.perform(form(post("/plans/{id}/activities", plan))
                        .param("name", "Tọa đàm về thủ tục mới").param("leadNodeId", String.valueOf(clinicB))
                        .param("cooperatorNodeIds", String.valueOf(w.unitA())).param("audience", "Người dân")
                        .param("targets[0].indicatorId", String.valueOf(indicator)).param("targets[0].target", "7"))
                .andExpect(status().isOk()));
        String message = "Hãy chọn mục nội dung mà hoạt động thuộc về.";
        assertThat(page.select("#contentItemKey.is-invalid")).hasSize(1);
        assertThat(page.select("#contentItemKey ~ .invalid-feedback").text()).isEqualTo(message);
        assertThat(page.select("#error-summary a[href=#contentItemKey]").text()).isEqualTo(message);
        assertThat(page.select("#name").text()).isEqualTo("Tọa đàm về thủ tục mới");
        assertThat(page.select("#audience").val()).isEqualTo("Người dân");
        assertThat(page.select("input[name=leadNodeId]").val()).isEqualTo(String.valueOf(clinicB));
        assertThat(page.select("[data-chosen-path]").text()).endsWith(organizations.find(w.unitB()).name() + " › "
                + organizations.find(clinicB).name());
        assertThat(page.select("#cooperatorChips input[name=cooperatorNodeIds]").eachAttr("value"))
                .containsExactly(String.valueOf(w.unitA()));
        assertThat(page.select("#targets0\\.target").val()).isEqualTo("7");
        assertThat(planReader.details(w.office(), plan).activities()).hasSize(before);
    }

    @Test
    void theLeadSearchShowsEachUnitWithItsPathAndOnlyTheUnitsThatReportToTheBody() throws Exception {
        Document page = Html.page(mvc.perform(form(post("/plans/{id}/activities", plan))
                        .param("name", "Giữ nguyên").param("leadQuery", "khoa kham").param("find", "LEAD"))
                .andExpect(status().isOk()));
        String agency = organizations.find(w.agency()).name();
        String clinic = organizations.find(clinicA).name();
        assertThat(page.select("#lead-matches li").eachText()).containsExactlyInAnyOrder(
                agency + " › " + organizations.find(w.unitA()).name() + " › " + clinic + " Chọn",
                agency + " › " + organizations.find(w.unitB()).name() + " › " + clinic + " Chọn");
        assertThat(page.select("#lead-matches button[name=chooseLead]").eachAttr("value"))
                .containsExactlyInAnyOrder(String.valueOf(clinicA), String.valueOf(clinicB))
                .doesNotContain(String.valueOf(otherClinic));
        // A search is not a save: nothing is marked as missing yet, what was typed stays.
        assertThat(page.select(".is-invalid, #error-summary")).isEmpty();
        assertThat(page.select("#name").text()).isEqualTo("Giữ nguyên");
        assertThat(page.select("#leadQuery").val()).isEqualTo("khoa kham");

        // Choosing one of them keeps the rest and shows its path.
        page = Html.page(mvc.perform(form(post("/plans/{id}/activities", plan))
                        .param("name", "Giữ nguyên").param("chooseLead", String.valueOf(clinicB)))
                .andExpect(status().isOk()));
        assertThat(page.select("input[name=leadNodeId]").val()).isEqualTo(String.valueOf(clinicB));
        assertThat(page.select("[data-chosen-path]").text())
                .isEqualTo(agency + " › " + organizations.find(w.unitB()).name() + " › " + clinic);
    }

    @Test
    void theScriptsSearchIsBoundedToWhatThePlanMayAssign() throws Exception {
        mvc.perform(get("/plans/{id}/activities/units", plan).param("for", "LEAD").param("q", "khoa kham")
                        .with(as(w.office())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units.length()").value(2))
                .andExpect(jsonPath("$.units[*].id").value(org.hamcrest.Matchers.containsInAnyOrder(
                        (int) clinicA, (int) clinicB)))
                .andExpect(jsonPath("$.units[0].path").value(org.hamcrest.Matchers.startsWith(
                        organizations.find(w.agency()).name() + " › ")))
                .andExpect(jsonPath("$.more").value(false));
        // Cooperators: the body's own units and the other agencies, not the units of another agency.
        String other = organizations.find(otherAgency.agency()).name();
        mvc.perform(get("/plans/{id}/activities/units", plan).param("for", "COOPERATOR").param("q", "khoa kham")
                        .with(as(w.office())))
                .andExpect(jsonPath("$.units[*].id").value(org.hamcrest.Matchers.containsInAnyOrder(
                        (int) clinicA, (int) clinicB)));
        mvc.perform(get("/plans/{id}/activities/units", plan).param("for", "COOPERATOR").param("q", other)
                        .with(as(w.office())))
                .andExpect(jsonPath("$.units[*].id").value(org.hamcrest.Matchers.contains((int) otherAgency.agency())));
        mvc.perform(get("/plans/{id}/activities/units", plan).param("for", "LEAD").param("q", other)
                        .with(as(w.office())))
                .andExpect(jsonPath("$.units.length()").value(0));
        // Typing nothing offers the nearest units, never more than the limit.
        mvc.perform(get("/plans/{id}/activities/units", plan).param("for", "LEAD").with(as(w.office())))
                .andExpect(jsonPath("$.units[0].id").value((int) w.agency()))
                .andExpect(jsonPath("$.units.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(
                        ActivityUnits.LIMIT)));
    }

    @Test
    void onlyThePlansDraftersMayOpenTheFormOrSearchItsUnits() throws Exception {
        World other = fixtures.newWorld();
        for (CurrentUser user : new CurrentUser[] {w.leader(), w.unitUserA(), w.reviewer(), w.admin(),
                otherAgency.office(), other.office(), other.reviewer(), fixtures.newOperator()}) {
            mvc.perform(get("/plans/{id}/activities/units", plan).param("for", "LEAD").param("q", "khoa")
                    .with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/plans/{id}/activities/new", plan).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/plans/{id}/activities", plan).with(as(user)).with(csrf())
                            .param("version", String.valueOf(data.version(w.office(), plan)))
                            .param("leadQuery", "khoa").param("find", "LEAD"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/plans/{id}/activities/units", plan).param("for", "LEAD").param("q", "khoa")
                .with(as(w.office()))).andExpect(status().isOk());
    }

    @Test
    void withoutAScriptCooperatorsAndTargetsAreAddedAndRemovedOneAtATimeThenSaved() throws Exception {
        long news = catalog.indicatorsByCode(w.office()).get("NEWS_POSTED").id();
        long conferences = catalog.indicatorsByCode(w.office()).get("CONFERENCES").id();
        String content = planReader.details(w.office(), plan).items(ItemKind.CONTENT).get(1).key().toString();
        // A cooperator found and added: a chip, and the search field emptied.
        Document page = Html.page(mvc.perform(form(post("/plans/{id}/activities", plan))
                        .param("name", "Tập huấn").param("contentItemKey", content)
                        .param("leadNodeId", String.valueOf(clinicA)).param("cooperatorNodeIds", String.valueOf(w.unitB()))
                        .param("targets[0].indicatorId", String.valueOf(news)).param("targets[0].target", "3")
                        .param("addCooperator", String.valueOf(w.homeAffairs())))
                .andExpect(status().isOk()));
        assertThat(page.select("#cooperatorChips input").eachAttr("value"))
                .containsExactly(String.valueOf(w.unitB()), String.valueOf(w.homeAffairs()));
        assertThat(page.select("#cooperatorChips li").eachText()).contains(organizations.find(w.homeAffairs()).name());
        // A target row added keeps the first row's figures.
        page = Html.page(mvc.perform(form(post("/plans/{id}/activities", plan))
                        .param("name", "Tập huấn").param("targets[0].indicatorId", String.valueOf(news))
                        .param("targets[0].target", "3").param("addTarget", "1"))
                .andExpect(status().isOk()));
        assertThat(page.select("[data-target-rows] .target-row")).hasSize(2);
        assertThat(page.select("#targets0\\.target").val()).isEqualTo("3");
        // A row removed: the others move up.
        page = Html.page(mvc.perform(form(post("/plans/{id}/activities", plan))
                        .param("name", "Tập huấn")
                        .param("targets[0].indicatorId", String.valueOf(news)).param("targets[0].target", "3")
                        .param("targets[1].target", "9")
                        .param("targets[2].indicatorId", String.valueOf(conferences)).param("targets[2].target", "2")
                        .param("removeTarget", "1"))
                .andExpect(status().isOk()));
        assertThat(page.select("[data-target-rows] .target-row")).hasSize(2);
        assertThat(page.select("#targets1\\.target").val()).isEqualTo("2");
        // A cooperator removed.
        page = Html.page(mvc.perform(form(post("/plans/{id}/activities", plan))
                        .param("name", "Tập huấn").param("cooperatorNodeIds", String.valueOf(w.unitB()))
                        .param("cooperatorNodeIds", String.valueOf(w.homeAffairs()))
                        .param("removeCooperator", String.valueOf(w.unitB())))
                .andExpect(status().isOk()));
        assertThat(page.select("#cooperatorChips input").eachAttr("value"))
                .containsExactly(String.valueOf(w.homeAffairs()));

        int before = planReader.details(w.office(), plan).activities().size();
        mvc.perform(form(post("/plans/{id}/activities", plan))
                        .param("name", "Tập huấn").param("contentItemKey", content)
                        .param("leadNodeId", String.valueOf(clinicB))
                        .param("cooperatorNodeIds", String.valueOf(w.unitB()))
                        .param("cooperatorNodeIds", String.valueOf(w.homeAffairs()))
                        .param("targets[0].indicatorId", String.valueOf(news)).param("targets[0].target", "3")
                        .param("targets[1].indicatorId", String.valueOf(conferences)).param("targets[1].target", "2"))
                .andExpect(redirectedUrl("/plans/" + plan + "/edit#activities"));
        List<ActivityView> activities = planReader.details(w.office(), plan).activities();
        assertThat(activities).hasSize(before + 1);
        ActivityView saved = activities.get(activities.size() - 1);
        assertThat(saved.leadNodeId()).isEqualTo(clinicB);
        assertThat(saved.contentItemKey().toString()).isEqualTo(content);
        assertThat(saved.cooperators()).extracting(ActivityView.NodeRef::id)
                .containsExactlyInAnyOrder(w.unitB(), w.homeAffairs());
        assertThat(saved.targets()).extracting(ActivityView.TargetView::indicatorId, ActivityView.TargetView::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(news, 3),
                        org.assertj.core.groups.Tuple.tuple(conferences, 2));
    }

    @Test
    void aFigureWithoutIndicatorOrAnIndicatorTwiceIsNamedBesideItsRow() throws Exception {
        long news = catalog.indicatorsByCode(w.office()).get("NEWS_POSTED").id();
        String content = planReader.details(w.office(), plan).items(ItemKind.CONTENT).get(0).key().toString();
        Document page = Html.page(mvc.perform(form(post("/plans/{id}/activities", plan))
                        .param("name", "Tập huấn").param("contentItemKey", content)
                        .param("leadNodeId", String.valueOf(clinicA))
                        .param("targets[0].target", "4")
                        .param("targets[1].indicatorId", String.valueOf(news)).param("targets[1].target", "3")
                        .param("targets[2].indicatorId", String.valueOf(news)).param("targets[2].target", "5"))
                .andExpect(status().isOk()));
        assertThat(page.select("#targets0\\.indicatorId ~ .invalid-feedback").text())
                .isEqualTo("Hãy chọn chỉ tiêu cho số lượng đã nhập.");
        assertThat(page.select("#targets2\\.indicatorId ~ .invalid-feedback").text())
                .isEqualTo("Chỉ tiêu này đã có ở một dòng khác.");
        assertThat(page.select("#targets1\\.indicatorId.is-invalid")).isEmpty();
    }

    @Test
    void theFormReadsInEnglish() throws Exception {
        Document page = Html.page(mvc.perform(get("/plans/{id}/activities/new", plan).param("lang", "en")
                .with(as(w.office()))).andExpect(status().isOk()));
        assertThat(page.select("#contentItemKey option").first().text()).isEqualTo("— Choose a content item —");
        assertThat(page.select("button[name=addTarget]").text()).isEqualTo("Add a target");
        assertThat(page.select("[data-chosen-none]").text()).isEqualTo("No lead unit chosen yet.");
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return request.with(as(w.office())).with(csrf()).param("version", String.valueOf(data.version(w.office(), plan)));
    }
}
