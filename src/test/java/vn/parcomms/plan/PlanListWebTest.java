package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The plan list at scale: 50 plans a page with the filters kept in the paging links, and a node
 * filter that offers the first level of the user's scope, narrows to a node's subtree and never
 * widens what the user may see.
 */
@IntegrationTest
@Import(PlanTestData.class)
class PlanListWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanDrafting planDrafting;

    World w;
    /** The agency's 57 drafts of 2025 and 3 of 2024, in the order the list shows them. */
    List<Long> agencyPlans2025;
    List<Long> agencyPlans2024;
    long unitAPlan;
    long unitBPlan;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        agencyPlans2025 = drafts(w.office(), 2025, 57);
        agencyPlans2024 = drafts(w.office(), 2024, 3);
        unitAPlan = drafts(w.unitUserA(), 2025, 1).get(0);
        unitBPlan = drafts(w.unitUserB(), 2025, 1).get(0);
    }

    private List<Long> drafts(CurrentUser drafter, int year, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(planDrafting.create(drafter, PlanTestData.header(year, "Kế hoạch thử số " + i + " năm " + year)));
        }
        // Same node, year and version: the list orders them newest first.
        ids.sort(Comparator.reverseOrder());
        return ids;
    }

    @Test
    void thePlanListShowsFiftyPlansAPageAndTheSecondPageHoldsTheNextOnes() throws Exception {
        Document first = page(get("/plans").param("node", String.valueOf(w.agency())).param("year", "2025"),
                w.office());
        Document second = page(get("/plans").param("node", String.valueOf(w.agency())).param("year", "2025")
                .param("page", "1"), w.office());

        // The agency's 57 plans sort by node path first, so they come before unit A's and unit B's.
        List<Long> expected = new ArrayList<>(agencyPlans2025);
        assertThat(planIds(first)).hasSize(50).containsExactlyElementsOf(expected.subList(0, 50));
        assertThat(planIds(second)).startsWith(expected.subList(50, 57).toArray(Long[]::new))
                .containsExactlyInAnyOrder(concat(expected.subList(50, 57), unitAPlan, unitBPlan));
        assertThat(first.selectFirst("p.plan-count").text()).isEqualTo("Kế hoạch 1–50 trong tổng số 59");
        assertThat(second.selectFirst("p.plan-count").text()).isEqualTo("Kế hoạch 51–59 trong tổng số 59");
        assertThat(first.selectFirst("nav .pagination").text()).contains("Trang 1/2");
    }

    @Test
    void noPageEverHoldsMoreThanFiftyPlans() throws Exception {
        for (int page = 0; page < 2; page++) {
            Document list = page(get("/plans").param("page", String.valueOf(page)), w.reviewer());
            assertThat(planIds(list)).hasSizeLessThanOrEqualTo(PlanListing.PAGE_SIZE);
        }
        // The reviewer's province holds 62 plans of this world: two pages.
        Document first = page(get("/plans"), w.reviewer());
        assertThat(planIds(first)).hasSize(50);
        assertThat(first.selectFirst("p.plan-count").text()).isEqualTo("Kế hoạch 1–50 trong tổng số 62");
    }

    @Test
    void theFiltersSurvivePaging() throws Exception {
        Document first = page(get("/plans").param("year", "2025").param("status", "DRAFT")
                .param("node", String.valueOf(w.agency())).param("issuer", "Sở Y tế"), w.reviewer());
        assertThat(first.selectFirst("p.plan-count").text()).isEqualTo("Kế hoạch 1–50 trong tổng số 57");
        String next = first.selectFirst("nav .pagination a[rel=next]").attr("href");
        assertThat(next).contains("year=2025", "status=DRAFT", "node=" + w.agency(), "page=1",
                "issuer=S%E1%BB%9F%20Y%20t%E1%BA%BF");

        Document second = Html.page(mvc.perform(get(URI.create(next)).with(as(w.reviewer()))).andExpect(status().isOk()));
        assertThat(planIds(second)).containsExactlyElementsOf(agencyPlans2025.subList(50, 57));
        assertThat(second.selectFirst("#year option[selected]").val()).isEqualTo("2025");
        assertThat(second.selectFirst("#status option[selected]").val()).isEqualTo("DRAFT");
        assertThat(second.selectFirst("#node option[selected]").val()).isEqualTo(String.valueOf(w.agency()));
        assertThat(second.selectFirst("#issuer").val()).isEqualTo("Sở Y tế");
        String previous = second.selectFirst("nav .pagination a[rel=prev]").attr("href");
        assertThat(previous).contains("year=2025", "status=DRAFT", "page=0");
        assertThat(second.select("nav .pagination a[rel=next]")).isEmpty();
    }

    @Test
    void aPageOutOfRangeShowsTheNearestPageInsteadOfAnError() throws Exception {
        Document beyond = page(get("/plans").param("node", String.valueOf(w.agency())).param("page", "99"), w.office());
        assertThat(beyond.selectFirst("p.plan-count").text()).isEqualTo("Kế hoạch 51–62 trong tổng số 62");
        assertThat(beyond.selectFirst("nav .pagination").text()).contains("Trang 2/2");

        Document negative = page(get("/plans").param("page", "-4"), w.office());
        assertThat(negative.selectFirst("p.plan-count").text()).startsWith("Kế hoạch 1–50 ");

        Document empty = page(get("/plans").param("year", "2019").param("page", "3"), w.office());
        assertThat(planIds(empty)).isEmpty();
        assertThat(empty.selectFirst("main").text()).contains("Chưa có kế hoạch nào phù hợp.");

        mvc.perform(get("/plans").param("page", "second").with(as(w.office()))).andExpect(status().isNotFound());
    }

    @Test
    void theNodeFilterOffersTheScopeRootAndTheNodesDirectlyUnderIt() throws Exception {
        Document reviewer = page(get("/plans"), w.reviewer());
        // By name: "Sở Nội vụ …" before "Sở Y tế …".
        assertThat(optionValues(reviewer)).containsExactly("", String.valueOf(w.province()),
                String.valueOf(w.homeAffairs()), String.valueOf(w.agency()));

        Document office = page(get("/plans"), w.office());
        assertThat(optionValues(office)).containsExactly("", String.valueOf(w.agency()), String.valueOf(w.unitA()),
                String.valueOf(w.unitB()));

        // A deeper node chosen by a link stays visible as the chosen one.
        Document deeper = page(get("/plans").param("node", String.valueOf(w.subUnitA())), w.reviewer());
        assertThat(deeper.selectFirst("#node option[selected]").val()).isEqualTo(String.valueOf(w.subUnitA()));
    }

    @Test
    void theNodeFilterNarrowsToTheChosenNodesSubtree() throws Exception {
        Document agency = page(get("/plans").param("node", String.valueOf(w.agency())).param("year", "2025")
                .param("page", "1"), w.reviewer());
        assertThat(planIds(agency)).contains(unitAPlan, unitBPlan);

        Document unitA = page(get("/plans").param("node", String.valueOf(w.unitA())), w.reviewer());
        assertThat(planIds(unitA)).containsExactly(unitAPlan);

        Document homeAffairs = page(get("/plans").param("node", String.valueOf(w.homeAffairs())), w.reviewer());
        assertThat(planIds(homeAffairs)).isEmpty();
    }

    @Test
    void theIssuerSearchFindsPlansByTheIssuingNodesNameOrCode() throws Exception {
        String unitAName = "Trung tâm Y tế A";
        Document byName = page(get("/plans").param("issuer", unitAName), w.office());
        assertThat(planIds(byName)).containsExactly(unitAPlan);

        String unitBCode = ".syt.b";
        Document byCode = page(get("/plans").param("issuer", unitBCode), w.reviewer());
        assertThat(planIds(byCode)).containsExactly(unitBPlan);
    }

    @Test
    void theIssuerSearchIgnoresCaseAndTonesAndTakesWildcardsLiterally() throws Exception {
        Document withoutTones = page(get("/plans").param("issuer", "TRUNG TAM Y TE A"), w.office());
        assertThat(planIds(withoutTones)).containsExactly(unitAPlan);
        assertThat(withoutTones.selectFirst("p.plan-count").text()).endsWith("trong tổng số 1");

        Document wildcard = page(get("/plans").param("issuer", "trung t_m"), w.office());
        assertThat(planIds(wildcard)).isEmpty();
    }

    @Test
    void aUnitCannotWidenItsListThroughTheNodeParameter() throws Exception {
        // Its agency is above it: allowed, but shows only what the unit reads anyway (no agency draft, not unit B's).
        Document agency = page(get("/plans").param("node", String.valueOf(w.agency())), w.unitUserA());
        assertThat(planIds(agency)).containsExactly(unitAPlan);

        mvc.perform(get("/plans").param("node", String.valueOf(w.unitB())).with(as(w.unitUserA())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans").param("node", String.valueOf(w.homeAffairs())).with(as(w.unitUserA())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficeCannotListASiblingAgencyOrAnotherProvinceThroughTheNodeParameter() throws Exception {
        World other = fixtures.newWorld();
        mvc.perform(get("/plans").param("node", String.valueOf(w.homeAffairs())).with(as(w.office())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans").param("node", String.valueOf(other.agency())).with(as(w.office())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans").param("node", String.valueOf(w.agency())).with(as(other.reviewer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans").param("node", "987654321").with(as(w.office())))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void everyRoleListsTheAgencysNodeWithinItsReach(Role role) throws Exception {
        CurrentUser user = w.userWith(role);
        Document list = page(get("/plans").param("node", String.valueOf(w.agency())), user);
        List<Long> ids = planIds(list);
        if (role == Role.UNIT) {
            assertThat(ids).containsExactly(unitAPlan);
        } else {
            assertThat(ids).hasSize(50).doesNotContain(unitAPlan, unitBPlan);
        }
    }

    private Document page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return Html.page(mvc.perform(request.with(as(user))).andExpect(status().isOk()));
    }

    private static List<Long> planIds(Document page) {
        List<Long> ids = new ArrayList<>();
        for (Element link : page.select("table.plan-list tbody tr td:first-child a[href]")) {
            ids.add(Long.valueOf(link.attr("href").replaceAll(".*/plans/", "")));
        }
        return ids;
    }

    private static List<String> optionValues(Document page) {
        return page.select("#node option").eachAttr("value");
    }

    private static Long[] concat(List<Long> first, long... more) {
        List<Long> all = new ArrayList<>(first);
        for (long id : more) {
            all.add(id);
        }
        return all.toArray(Long[]::new);
    }
}
