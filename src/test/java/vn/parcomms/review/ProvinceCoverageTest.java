package vn.parcomms.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.review.ProvinceReview.AgencyRef;
import vn.parcomms.review.ProvinceReview.ContentCoverage;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The province issues a 2099 plan with four content items: (1) one activity led by the health
 * agency and one by Home Affairs, (2) one activity led by Home Affairs, (3) one led by the health
 * agency, (4) no activity. Both agencies start their implementing plans from it and issue them, so
 * item 1 is carried by two agencies, items 2 and 3 by one each, item 4 by none.
 */
@IntegrationTest
class ProvinceCoverageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanLifecycle planLifecycle;

    @Autowired
    CatalogService catalog;

    @Autowired
    AccountService accounts;

    World w;
    long provincePlan;
    long healthPlan;
    long homeAffairsPlan;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        CurrentUser provinceOffice = user(w.province(), Role.OFFICE);
        CurrentUser provinceLeader = user(w.province(), Role.LEADER);
        CurrentUser homeOffice = user(w.homeAffairs(), Role.OFFICE);
        CurrentUser homeLeader = user(w.homeAffairs(), Role.LEADER);
        long channel = catalog.channels(provinceOffice).get(0).id();
        long indicator = catalog.indicators(provinceOffice).get(0).id();

        provincePlan = planDrafting.create(provinceOffice, new PlanHeader(2099, null, null, null, "Bà Rịa", null,
                "Kế hoạch thông tin, tuyên truyền CCHC năm 2099", null, "UBND TỈNH", null, null, null, null,
                "Lưu: VT.", "CHỦ TỊCH", null));
        List<UUID> contents = new java.util.ArrayList<>();
        for (String body : List.of("Tuyên truyền cải cách thủ tục hành chính", "Tuyên truyền cải cách công vụ",
                "Tuyên truyền chuyển đổi số", "Tuyên truyền cải cách tài chính công")) {
            planDrafting.addItem(provinceOffice, provincePlan, version(provinceOffice, provincePlan),
                    ItemKind.CONTENT, null,
                    body);
        }
        planReader.details(provinceOffice, provincePlan).items(ItemKind.CONTENT).forEach(i -> contents.add(i.key()));
        activity(provinceOffice, contents.get(0), "Đăng tin về thủ tục hành chính", w.agency(), channel, indicator);
        activity(provinceOffice, contents.get(0), "Hội nghị đối thoại", w.homeAffairs(), channel, indicator);
        activity(provinceOffice, contents.get(1), "Tập huấn công vụ", w.homeAffairs(), channel, indicator);
        activity(provinceOffice, contents.get(2), "Chuyên mục chuyển đổi số", w.agency(), channel, indicator);
        issue(provinceOffice, provinceLeader, provincePlan, "148", "KH-UBND");

        healthPlan = planDrafting.startImplementingPlan(w.office(), provincePlan);
        issue(w.office(), w.leader(), healthPlan, "79", "KH-SYT");
        homeAffairsPlan = planDrafting.startImplementingPlan(homeOffice, provincePlan);
        issue(homeOffice, homeLeader, homeAffairsPlan, "80", "KH-SNV");
    }

    CurrentUser user(long node, Role role) {
        String username = ("cov-" + node + "-" + role).toLowerCase();
        long id = accounts.createForSetup(new UserCommand(username, "Người dùng " + role, null, node, role),
                Fixtures.PASSWORD);
        return new CurrentUser(id, username, "Người dùng " + role, role, node);
    }

    long version(CurrentUser user, long id) {
        return planReader.details(user, id).version();
    }

    void activity(CurrentUser office, UUID content, String name, long lead, long channel, long indicator) {
        planDrafting.saveActivity(office, provincePlan, version(office, provincePlan), null,
                new ActivityCommand(content,
                name, lead, List.of(), null, null, List.of(1, 2, 3, 4), null, List.of(channel), Map.of(indicator, 4)));
    }

    void issue(CurrentUser office, CurrentUser leader, long id, String number, String symbol) {
        PlanHeader h = planReader.details(office, id).header();
        planDrafting.updateHeader(office, id, version(office, id), new PlanHeader(h.year(), h.parentPlanId(), number,
                symbol,
                "Bà Rịa", LocalDate.of(2099, 2, 6), h.title(), h.parentBody(), h.issuingBody(), h.intro(),
                h.budget(), h.reportingDuty(), h.closing(), h.archiveLine(), h.signerAuthority(), "Nguyễn Văn Thử"));
        planLifecycle.submit(office, id, version(office, id));
        planLifecycle.issue(leader, id, version(office, id));
    }

    @Test
    void eachContentItemOfTheProvincePlanListsTheAgenciesWhosePlansCarryIt() {
        ProvinceReview.ProvincePlan plan = reviews.review(w.reviewer(), 2099, null).provincePlan();
        assertThat(plan.id()).isEqualTo(provincePlan);
        assertThat(plan.number()).isEqualTo("148/KH-UBND");
        assertThat(plan.implementing()).extracting(AgencyRef::nodeId)
                .containsExactlyInAnyOrder(w.agency(), w.homeAffairs());
        assertThat(plan.contents()).extracting(ContentCoverage::number).containsExactly(1, 2, 3, 4);
        assertThat(plan.contents().get(0).label()).isEqualTo("Tuyên truyền cải cách thủ tục hành chính");
        assertThat(plan.contents().get(0).agencies()).extracting(AgencyRef::nodeId)
                .containsExactlyInAnyOrder(w.agency(), w.homeAffairs());
        assertThat(plan.contents().get(1).agencies()).extracting(AgencyRef::nodeId).containsExactly(w.homeAffairs());
        assertThat(plan.contents().get(2).agencies()).extracting(AgencyRef::nodeId).containsExactly(w.agency());
        assertThat(plan.contents().get(3).agencies()).isEmpty();
    }

    @Test
    void aYearWithoutAProvincePlanHasNoCoverage() {
        ProvinceReview.ProvincePlan plan = reviews.review(w.reviewer(), 2098, null).provincePlan();
        assertThat(plan.id()).isNull();
        assertThat(plan.contents()).isEmpty();
    }

    @Test
    void thePageShowsTheCoverageWithLinksToTheAgencies() throws Exception {
        Document page = Html.page(mvc.perform(get("/rollups/province").param("year", "2099")
                .with(as(w.reviewer()))).andExpect(status().isOk()));
        assertThat(page.selectFirst("#province-plan").attr("href")).isEqualTo("/plans/" + provincePlan);
        assertThat(page.select("#coverage-table tr[data-content] td.count")).extracting(e -> e.text())
                .containsExactly("2", "1", "1", "0");
        assertThat(page.selectFirst("#coverage-table tr[data-content=3] a").attr("href"))
                .isEqualTo("/rollups?node=" + w.agency());
        var health = page.selectFirst("#agencies-table tr[data-agency=" + w.agency() + "] td.plan-status a");
        assertThat(health.attr("href")).isEqualTo("/plans/" + healthPlan);
    }

    @Autowired
    ProvinceReviewService reviews;
}
