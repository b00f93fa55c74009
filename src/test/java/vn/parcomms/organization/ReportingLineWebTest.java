package vn.parcomms.organization;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.ReportingLineFixtures;
import vn.parcomms.support.ReportingLineFixtures.Line;

/**
 * The reporting line on the organisation pages (ADR 0016): the ADMIN sets it on the node's edit
 * form; the node's page shows the parent that administers it and the body it reports to, the
 * body's page the nodes that report to it, the tree page both.
 */
@IntegrationTest
class ReportingLineWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReportingLineFixtures lines;
    @Autowired
    OrganizationService organizations;
    @Autowired
    OrgSuccessionService successions;

    Line line;

    @BeforeEach
    void setUp() {
        line = lines.newLine();
    }

    @Test
    void theNodesPageShowsTheParentThatAdministersItAndTheBodyItReportsTo() throws Exception {
        Document station = Html.page(mvc.perform(get("/organizations/{id}", line.station())
                .with(as(line.world().admin()))).andExpect(status().isOk()));
        assertThat(station.getElementById("admin-parent").text())
                .isEqualTo(organizations.find(line.commune()).name());
        assertThat(station.getElementById("reporting-parent").text())
                .isEqualTo("báo cáo cho " + organizations.find(line.centre()).name());
        assertThat(station.select("#reporting-parent a").attr("href")).isEqualTo("/organizations/" + line.centre());

        Document centre = Html.page(mvc.perform(get("/organizations/{id}", line.centre())
                .with(as(line.world().admin()))).andExpect(status().isOk()));
        assertThat(centre.getElementById("reporting-here").text()).isEqualTo(organizations.find(line.station()).name());
        assertThat(centre.getElementById("reporting-parent").text())
                .as("a node without a line of its own reports to its parent")
                .isEqualTo("báo cáo cho " + organizations.find(line.world().agency()).name());
    }

    @Test
    void theCommunesOfficeSeesOnItsStationsPageWhereTheStationReportsWithoutALinkOutOfItsScope() throws Exception {
        Document station = Html.page(mvc.perform(get("/organizations/{id}", line.station())
                .with(as(line.communeOffice()))).andExpect(status().isOk()));
        assertThat(station.getElementById("reporting-parent").text())
                .isEqualTo("báo cáo cho " + organizations.find(line.centre()).name());
        assertThat(station.select("#reporting-parent a")).isEmpty();
    }

    @Test
    void theTreePageMarksTheNodeThatReportsElsewhereAndTheBodyThatReceivesIt() throws Exception {
        Document tree = Html.page(mvc.perform(get("/organizations").with(as(line.world().admin())))
                .andExpect(status().isOk()));
        assertThat(tree.select("#node-" + line.station() + " .reports-to").text())
                .isEqualTo("báo cáo cho " + organizations.find(line.centre()).name());
        assertThat(tree.select("#node-" + line.centre() + " .reported-by").text())
                .isEqualTo("nhận báo cáo của " + organizations.find(line.station()).name());

        // The centre's own users: the station is not in their tree, its line into their centre is.
        Document centreTree = Html.page(mvc.perform(get("/organizations").with(as(line.centreOffice())))
                .andExpect(status().isOk()));
        assertThat(centreTree.select("#node-" + line.centre() + " .reported-by").text())
                .contains(organizations.find(line.station()).name());
        assertThat(centreTree.getElementById("node-" + line.station())).isNull();
    }

    @Test
    void theEditFormOffersTheBodiesOfTheProvinceWithTheCurrentOneChosen() throws Exception {
        Document form = Html.page(mvc.perform(get("/organizations/{id}/edit", line.station())
                .with(as(line.world().admin()))).andExpect(status().isOk()));
        assertThat(form.select("#reportingParentId option[selected]").attr("value"))
                .isEqualTo(String.valueOf(line.centre()));
        assertThat(form.select("#reportingParentId option").eachAttr("value"))
                .contains("", String.valueOf(line.world().unitB()))
                .doesNotContain(String.valueOf(line.station()));
    }

    @Test
    void theAdminMovesTheLineToAnotherCentreAndBackToTheParent() throws Exception {
        mvc.perform(edit(line.station(), line.world().unitB()).with(as(line.world().admin())))
                .andExpect(redirectedUrl("/organizations/" + line.station()));
        assertThat(organizations.reportingParent(line.station())).map(OrgNodeView::id).contains(line.world().unitB());

        mvc.perform(edit(line.station(), null).with(as(line.world().admin())))
                .andExpect(redirectedUrl("/organizations/" + line.station()));
        assertThat(organizations.reportingParent(line.station())).isEmpty();
    }

    @Test
    void aStaleFormIsAConflictWithTheSavedLineShownAndNothingChanged() throws Exception {
        long stale = organizations.find(line.station()).version();
        lines.reportTo(line.world().admin(), line.station(), line.world().unitB());

        Document page = Html.page(mvc.perform(edit(line.station(), line.centre(), stale).with(as(line.world().admin())))
                .andExpect(status().isConflict()));
        assertThat(page.text()).contains("vừa được người khác lưu thay đổi");
        assertThat(page.select("#reportingParentId ~ .saved-version").text())
                .contains(organizations.find(line.world().unitB()).name());
        assertThat(organizations.reportingParent(line.station())).map(OrgNodeView::id).contains(line.world().unitB());
    }

    @Test
    void aLineToItselfToAnotherProvinceOrInACircleIsRefusedOnTheForm() throws Exception {
        Document self = Html.page(mvc.perform(edit(line.station(), line.station()).with(as(line.world().admin())))
                .andExpect(status().isOk()));
        assertThat(self.select("#reportingParentId ~ .invalid-feedback").text()).contains("chính nó");

        long elsewhere = fixtures.newWorld().unitA();
        Document other = Html.page(mvc.perform(edit(line.station(), elsewhere).with(as(line.world().admin())))
                .andExpect(status().isOk()));
        assertThat(other.select("#reportingParentId ~ .invalid-feedback").text()).contains("cùng tỉnh");

        // The centre cannot report to the station that reports to it.
        Document circle = Html.page(mvc.perform(edit(line.centre(), line.station()).with(as(line.world().admin())))
                .andExpect(status().isOk()));
        assertThat(circle.select("#reportingParentId ~ .invalid-feedback").text()).contains("vòng");
        // Once the commune reports to the centre's sub-unit, the centre cannot report to the commune:
        // centre → commune → sub-unit → (its parent) centre goes round.
        lines.reportTo(line.world().admin(), line.commune(), line.world().subUnitA());
        Document throughParents = Html.page(mvc.perform(edit(line.centre(), line.commune())
                .with(as(line.world().admin()))).andExpect(status().isOk()));
        assertThat(throughParents.select("#reportingParentId ~ .invalid-feedback").text()).contains("vòng");

        assertThat(organizations.reportingParent(line.centre())).isEmpty();
        assertThat(organizations.reportingParent(line.station())).map(OrgNodeView::id).contains(line.centre());
    }

    @Test
    void movingTheCentreUnderTheStationThatReportsToItIsACircle() {
        OrgNodeView centre = organizations.find(line.centre());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> organizations.move(line.world().admin(),
                        line.centre(), centre.version(), line.station()))
                .isInstanceOf(vn.parcomms.shared.DomainException.class)
                .satisfies(e -> assertThat(((vn.parcomms.shared.DomainException) e).messageKey())
                        .isEqualTo("organization.error.cycle"));
    }

    @Test
    void aMergedCentreHandsTheStationsLineToItsSuccessor() {
        long regional = organizations.create(line.world().admin(), new OrgNodeCommand(
                organizations.find(line.world().province()).code() + ".KV", "Trung tâm Y tế khu vực Thử", null,
                OrgKind.UNIT, line.world().agency()));
        SuccessionCommand merge = new SuccessionCommand(SuccessionKind.MERGE, java.time.LocalDate.of(2025, 7, 1),
                "Quyết định số 12/QĐ-UBND", null, null, regional, java.util.List.of());
        assertThat(successions.preview(line.world().admin(), line.centre(), organizations.find(line.centre()).version(),
                merge).moves()).extracting(SuccessionPreview.Move::what, SuccessionPreview.Move::amount)
                .contains(org.assertj.core.groups.Tuple.tuple("organization.succession.moved.reportingLines", 1L));

        successions.apply(line.world().admin(), line.centre(), organizations.find(line.centre()).version(), merge);

        assertThat(organizations.reportingParent(line.station())).map(OrgNodeView::id).contains(regional);
        assertThat(organizations.reportsWithin(line.station(), regional)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "OPERATOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyTheAdminSetsALine(Role role) throws Exception {
        for (CurrentUser user : java.util.List.of(line.world().userWith(role), line.centreSide(role))) {
            mvc.perform(get("/organizations/{id}/edit", line.station()).with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(edit(line.station(), line.world().unitB()).with(as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(organizations.reportingParent(line.station())).map(OrgNodeView::id).contains(line.centre());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void everyRoleReadsTheLinesOnThePagesOfItsScope(Role role) throws Exception {
        CurrentUser user = line.centreSide(role);
        Document tree = Html.page(mvc.perform(get("/organizations").with(as(user))).andExpect(status().isOk()));
        Document own = Html.page(mvc.perform(get("/organizations/{id}", user.orgNodeId()).with(as(user)))
                .andExpect(status().isOk()));
        if (role == Role.UNIT) {
            // The station itself: both lines on its own page and in its tree.
            assertThat(own.getElementById("reporting-parent").text()).contains(organizations.find(line.centre()).name());
            assertThat(tree.select("#node-" + line.station() + " .reports-to").text())
                    .contains(organizations.find(line.centre()).name());
        } else if (role == Role.OFFICE || role == Role.LEADER) {
            assertThat(own.getElementById("reporting-here").text()).contains(organizations.find(line.station()).name());
        } else {
            // The province's administrator and reviewer see the station's line in the whole tree.
            assertThat(tree.select("#node-" + line.station() + " .reports-to").text())
                    .contains(organizations.find(line.centre()).name());
        }
        // The station's page is the commune's administrative business: the centre's users do not open it.
        if (role == Role.OFFICE || role == Role.LEADER) {
            mvc.perform(get("/organizations/{id}", line.station()).with(as(user))).andExpect(status().isForbidden());
        }
    }

    private MockHttpServletRequestBuilder edit(long node, Long body) {
        return edit(node, body, organizations.find(node).version());
    }

    private MockHttpServletRequestBuilder edit(long node, Long body, long version) {
        OrgNodeView view = organizations.find(node);
        return post("/organizations/{id}", node).with(csrf())
                .param("code", view.code()).param("name", view.name())
                .param("shortName", view.shortName() == null ? "" : view.shortName())
                .param("kind", view.kind().name()).param("parentId", String.valueOf(view.parentId()))
                .param("reportingParentId", body == null ? "" : String.valueOf(body))
                .param("version", String.valueOf(version));
    }
}
