package vn.parcomms.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.report.ActivityStatus.DONE;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.plan.PlanService;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.report.ReportService;
import vn.parcomms.rollup.RollupDataSet;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The self-assessment of the agency on the rollup's hand-checked 2025 data set (plan issued on
 * 6 February 2025; activities due 4, dropped 1, done 1 → 33.3 %; reports partly late or
 * missing), scored by the default rule (31 January; 90 % / 70 %) and by a province rule put into
 * the table by the test.
 */
@IntegrationTest
class ParIndexServiceTest {

    @Autowired
    ParIndexService assessments;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanService plans;
    @Autowired
    CatalogService catalog;
    @Autowired
    ReportService reports;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    World world;
    RollupDataSet data;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        data = new RollupDataSet(plans, catalog, reports, transactions);
    }

    @Test
    void theAgencyWithALatePlanAThirdDoneAndLateReportsScoresHalfAPointWithItsEvidence() {
        RollupDataSet.HandChecked set = data.handChecked(world);

        ParIndex index = assessments.assess(world.office(), null, 2025);

        assertThat(index.plan().planId()).isEqualTo(set.plan().id());
        assertThat(index.plan().onTime()).isFalse();
        assertThat(index.plan().points()).isEqualByComparingTo("0.5");
        assertThat(index.carried().due()).isEqualTo(4);
        assertThat(index.carried().dropped()).isEqualTo(1);
        assertThat(index.carried().done()).isEqualTo(1);
        assertThat(index.carried().percent()).isEqualTo(33.3);
        assertThat(index.carried().points()).isEqualByComparingTo("0");
        assertThat(index.reports().allOnTime()).isFalse();
        assertThat(index.reports().cells()).filteredOn(ParIndex.ReportCell::onTime)
                .extracting(ParIndex.ReportCell::reportId)
                .containsExactlyInAnyOrder(set.aQ1(), set.bQ1(), set.bH1());
        assertThat(index.reports().points()).isEqualByComparingTo("0");
        assertThat(index.total()).isEqualByComparingTo("0.5");
    }

    @Test
    void theScoreFollowsTheProvincesRuleInTheTable() {
        data.handChecked(world);
        jdbc.sql("""
                insert into par_index_rule (province_node_id, year, plan_deadline_month, plan_deadline_day,
                    plan_on_time_points, plan_late_points, plan_none_points, carried_high_percent,
                    carried_low_percent, carried_high_points, carried_mid_points, carried_low_points,
                    reports_on_time_points, reports_late_points)
                values (:province, 2025, 2, 28, 3, 1, 0, 60, 30, 5, 2, 0, 1, 0)""")
                .param("province", world.province()).update();

        ParIndex index = assessments.assess(world.office(), null, 2025);

        assertThat(index.plan().onTime()).isTrue();
        assertThat(index.plan().points()).isEqualByComparingTo("3");
        assertThat(index.carried().points()).isEqualByComparingTo("2");
        assertThat(index.total()).isEqualByComparingTo("5");
        assertThat(index.rule().maximum()).isEqualByComparingTo("9");
    }

    @Test
    void aNodeWithoutAPlanScoresNothing() {
        ParIndex index = assessments.assess(world.office(), null, 2025);

        assertThat(index.plan().planId()).isNull();
        assertThat(index.plan().points()).isEqualByComparingTo("0");
        assertThat(index.carried().planId()).isNull();
        assertThat(index.reports().points()).isEqualByComparingTo("0");
        assertThat(index.total()).isEqualByComparingTo("0");
    }

    @Test
    void aUnitThatDidAllItsWorkAndReportedEveryPeriodOnTimeScoresFullOnThoseTwoPoints() {
        RollupDataSet.Plan plan = data.plan(world, List.of("Tuyên truyền cải cách hành chính"),
                List.of(new RollupDataSet.Activity(0, "Đăng tin trên trang thông tin điện tử", world.unitA(),
                        List.of(1), List.of(0), Map.of(0, 10))));
        var key = plan.keys().get(0);
        var done = Map.of(key, new RollupDataSet.Entry(DONE, Map.of(0, 3)));
        data.accept(world, data.file(world.unitUserA(), plan, ReportPeriod.Q1, done, LocalDateTime.of(2025, 3, 15, 9, 0)));
        data.accept(world, data.file(world.unitUserA(), plan, ReportPeriod.H1, done, LocalDateTime.of(2025, 6, 15, 9, 0)));
        data.accept(world, data.file(world.unitUserA(), plan, ReportPeriod.M9, done, LocalDateTime.of(2025, 9, 15, 9, 0)));
        data.accept(world, data.file(world.unitUserA(), plan, ReportPeriod.YEAR, done,
                LocalDateTime.of(2025, 12, 15, 9, 0)));

        ParIndex unit = assessments.assess(world.unitUserA(), null, 2025);
        assertThat(unit.nodeId()).isEqualTo(world.unitA());
        assertThat(unit.carried().percent()).isEqualTo(100.0);
        assertThat(unit.carried().points()).isEqualByComparingTo("2");
        assertThat(unit.reports().expected()).isEqualTo(4);
        assertThat(unit.reports().allOnTime()).as(unit.reports().cells().toString()).isTrue();
        assertThat(unit.reports().points()).isEqualByComparingTo("1");
        // The unit issued no plan of its own.
        assertThat(unit.plan().points()).isEqualByComparingTo("0");

        ParIndex agency = assessments.assess(world.office(), null, 2025);
        assertThat(agency.reports().points()).isEqualByComparingTo("1");
        assertThat(agency.total()).isEqualByComparingTo("3.5");
    }

    @Test
    void officeLeaderReviewerAndUnitOpenThePageAndTheAdministratorDoesNot() throws Exception {
        RollupDataSet.HandChecked set = data.handChecked(world);

        Document office = Html.page(mvc.perform(get("/rollups/par-index?year=2025").with(as(world.office())))
                .andExpect(status().isOk()));
        assertThat(office.selectFirst("#point-plan a").attr("href")).isEqualTo("/plans/" + set.plan().id());
        assertThat(office.selectFirst("#point-plan td.text-end").text()).isEqualTo("0.5");
        assertThat(office.select("#point-reports a[href=/reports/" + set.aQ1() + "]")).hasSize(1);
        mvc.perform(get("/rollups/par-index?year=2025").with(as(world.leader()))).andExpect(status().isOk());
        Document reviewer = Html.page(mvc.perform(get("/rollups/par-index?year=2025&node=" + world.agency())
                .with(as(world.reviewer()))).andExpect(status().isOk()));
        assertThat(reviewer.selectFirst("#point-plan a").attr("href")).isEqualTo("/plans/" + set.plan().id());
        mvc.perform(get("/rollups/par-index?year=2025").with(as(world.unitUserB()))).andExpect(status().isOk());
        mvc.perform(get("/rollups/par-index?year=2025").with(as(world.admin()))).andExpect(status().isForbidden());
        // A unit asking for another node still gets its own; so do the office and the leader.
        assertThat(assessments.assess(world.unitUserB(), world.agency(), 2025).nodeId()).isEqualTo(world.unitB());
        assertThat(assessments.assess(world.leader(), world.province(), 2025).nodeId()).isEqualTo(world.agency());
        assertThatThrownBy(() -> assessments.assess(world.admin(), null, 2025))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theDemoDepartmentSeesItsDemoPlanAsEvidenceAndTheRollupLinksToThePage() throws Exception {
        CurrentUser vanphong = jdbc.sql("""
                select id, username, full_name, role, org_node_id from user_account where username = 'vanphong'""")
                .query((rs, i) -> new CurrentUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("full_name"), Role.valueOf(rs.getString("role")), rs.getLong("org_node_id")))
                .single();

        Document page = Html.page(mvc.perform(get("/rollups/par-index?year=2025").with(as(vanphong)))
                .andExpect(status().isOk()));
        assertThat(page.selectFirst("#point-plan a").text()).isEqualTo("79a/KH-SYT");
        assertThat(page.select("#point-reports li")).isNotEmpty();
        Document rollup = Html.page(mvc.perform(get("/rollups").with(as(vanphong))).andExpect(status().isOk()));
        assertThat(rollup.selectFirst("#par-index-link").attr("href")).isEqualTo("/rollups/par-index");
    }

    @Test
    void onlyTheAdministratorSeesTheRules() throws Exception {
        Document page = Html.page(mvc.perform(get("/rollups/par-index/rules").with(as(world.admin())))
                .andExpect(status().isOk()));
        assertThat(page.select("#rules-table tr[data-rule]")).isNotEmpty();
        mvc.perform(get("/rollups/par-index/rules").with(as(world.office()))).andExpect(status().isForbidden());
    }
}
