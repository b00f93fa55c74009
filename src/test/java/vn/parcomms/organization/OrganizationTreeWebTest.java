package vn.parcomms.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.List;
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
 * The organisation page of a scope larger than {@link OrganizationService#COLLAPSE_ABOVE}: it opens
 * with the branches closed, a branch opens on request, and the search still reaches every node.
 */
@IntegrationTest
class OrganizationTreeWebTest {

    /** Units added under the agency, beyond the world's own: the agency's scope then holds 214 nodes. */
    static final int EXTRA_UNITS = 210;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganizationService organizations;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        for (int i = 1; i <= EXTRA_UNITS; i++) {
            organizations.create(w.admin(), new OrgNodeCommand(w.admin().username() + "-U" + i,
                    "Trạm Y tế xã số " + i, null, OrgKind.UNIT, w.agency()));
        }
    }

    @Test
    void aLargeScopeOpensWithOnlyTheRootAndTheNodesDirectlyUnderIt() throws Exception {
        Document page = page(get("/organizations"), w.reviewer());

        assertThat(nodeIds(page)).containsExactly(w.province(), w.homeAffairs(), w.agency());
        assertThat(page.selectFirst("main").text())
                .contains("Phạm vi có 216 cơ quan, đơn vị nên các nhánh được thu gọn");
        assertThat(page.selectFirst("#node-" + w.agency() + " a.tree-open").text())
                .isEqualTo("Xem 212 đơn vị trực thuộc");
        assertThat(page.selectFirst("#node-" + w.homeAffairs() + " a.tree-open")).isNull();
    }

    @Test
    void openingANodeShowsItsChildrenButNotTheirs() throws Exception {
        Document page = page(get("/organizations"), w.reviewer());
        String open = page.selectFirst("#node-" + w.agency() + " a.tree-open").attr("href");
        assertThat(open).isEqualTo("/organizations?open=" + w.agency() + "#node-" + w.agency());

        Document opened = page(get("/organizations").param("open", String.valueOf(w.agency())), w.reviewer());

        assertThat(nodeIds(opened)).hasSize(3 + 212).contains(w.unitA(), w.unitB()).doesNotContain(w.subUnitA());
        assertThat(opened.selectFirst("#node-" + w.unitA() + " a.tree-open").text())
                .isEqualTo("Xem 1 đơn vị trực thuộc");
        assertThat(opened.selectFirst("#node-" + w.agency() + " a.tree-close").attr("href"))
                .isEqualTo("/organizations#node-" + w.agency());
    }

    @Test
    void openingADeepNodeKeepsThePathToItOpen() throws Exception {
        Document page = page(get("/organizations").param("open", String.valueOf(w.unitA())), w.reviewer());

        List<Long> ids = nodeIds(page);
        assertThat(ids).contains(w.agency(), w.unitA(), w.subUnitA(), w.unitB());
        assertThat(ids.indexOf(w.subUnitA())).isEqualTo(ids.indexOf(w.unitA()) + 1);
        assertThat(page.selectFirst("#node-" + w.subUnitA() + " td").className()).isEqualTo("tree-level-3");
        assertThat(page.selectFirst("#node-" + w.unitA() + " a.tree-close").attr("href"))
                .isEqualTo("/organizations?open=" + w.agency() + "#node-" + w.unitA());
    }

    @Test
    void theOfficeOfTheLargeAgencySeesItsUnitsButNotTheirSubUnitsUntilOpened() throws Exception {
        Document page = page(get("/organizations"), w.office());
        assertThat(nodeIds(page)).hasSize(1 + 212).contains(w.unitA()).doesNotContain(w.subUnitA());

        Document opened = page(get("/organizations").param("open", String.valueOf(w.unitA())), w.office());
        assertThat(nodeIds(opened)).contains(w.subUnitA());
    }

    @Test
    void aSmallScopeStillShowsTheWholeTree() throws Exception {
        Document page = page(get("/organizations"), w.unitUserA());
        assertThat(nodeIds(page)).containsExactly(w.unitA(), w.subUnitA());
        assertThat(page.select("a.tree-open, a.tree-close")).isEmpty();
        assertThat(page.selectFirst("main").text()).doesNotContain("thu gọn");
    }

    @Test
    void theSearchFindsANodeHiddenInAClosedBranch() throws Exception {
        String subUnitName = organizations.find(w.subUnitA()).name();
        Document page = page(get("/organizations").param("q", subUnitName), w.reviewer());

        assertThat(nodeIds(page)).containsExactly(w.subUnitA());
        assertThat(page.selectFirst("#node-" + w.subUnitA()).text()).contains("thuộc Trung tâm Y tế A");
    }

    @Test
    void aSearchWithTooManyResultsShowsTheFirstHundredAndAsksToRefine() throws Exception {
        Document page = page(get("/organizations").param("q", "Trạm Y tế xã số"), w.reviewer());

        assertThat(nodeIds(page)).hasSize(OrganizationService.SEARCH_LIMIT);
        assertThat(page.selectFirst("main [role=status]").text())
                .isEqualTo("Chỉ hiển thị 100 kết quả đầu tiên. Hãy nhập thêm tên hoặc mã để thu hẹp tìm kiếm.");

        Document refined = page(get("/organizations").param("q", "Trạm Y tế xã số 21"), w.reviewer());
        assertThat(nodeIds(refined)).hasSize(2);
        assertThat(refined.select("main [role=status]")).isEmpty();
    }

    private Document page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
        return Html.page(mvc.perform(request.with(as(user))).andExpect(status().isOk()));
    }

    private static List<Long> nodeIds(Document page) {
        return page.select("table.org-tree tbody tr").eachAttr("id").stream()
                .map(id -> Long.valueOf(id.substring("node-".length()))).toList();
    }
}
