package vn.parcomms.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.report.ActivityStatus.DONE;
import static vn.parcomms.support.Fixtures.as;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.rollup.RollupDataSet;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;

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
    ParIndexCriteriaService criteria;
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
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Autowired
    ConsolidationService consolidations;
    @Autowired
    PlanFixtures planFixtures;

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Clock JANUARY_2098 = Clock.fixed(LocalDateTime.of(2098, 1, 31, 9, 0).atZone(VIETNAM).toInstant(),
            VIETNAM);

    World world;
    RollupDataSet data;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        data = new RollupDataSet(planReader, planDrafting, planLifecycle, catalog, reportReader, reportDrafting,
                reportLifecycle, transactions);
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
        // An agency is scored on its own consolidated reports to Home Affairs: none was sent for 2025.
        assertThat(index.reports().consolidated()).isTrue();
        assertThat(index.reports().allOnTime()).isFalse();
        assertThat(index.reports().cells()).extracting(ParIndex.ReportCell::period)
                .containsExactly(ReportPeriod.values());
        assertThat(index.reports().cells()).extracting(ParIndex.ReportCell::status).containsOnly("OVERDUE");
        assertThat(index.reports().cells()).extracting(ParIndex.ReportCell::consolidationId).containsOnlyNulls();
        assertThat(index.reports().points()).isEqualByComparingTo("0");
        assertThat(index.total()).isEqualByComparingTo("0.5");
    }

    /** The agency's plan of 2097 and its consolidated report of each period sent at the given times. */
    Map<ReportPeriod, Long> sendConsolidated(Map<ReportPeriod, LocalDateTime> sentAt) {
        long plan = planFixtures.issuedPlan(world, 2097).id();
        Map<ReportPeriod, Long> ids = new java.util.EnumMap<>(ReportPeriod.class);
        sentAt.forEach((period, time) -> {
            long id = consolidations.open(world.office(), plan, period);
            consolidations.submit(world.office(), id, consolidations.details(world.office(), id).version());
            consolidations.approve(world.leader(), id, consolidations.details(world.office(), id).version());
            Clock clock = Clock.fixed(time.atZone(VIETNAM).toInstant(), VIETNAM);
            transactions.executeWithoutResult(tx -> consolidations.withClock(clock).send(world.office(), id,
                    consolidations.details(world.office(), id).version()));
            ids.put(period, id);
        });
        return ids;
    }

    /**
     * Deadlines of 2097 (cut-off + 5 working days): Q1 Thu 14 Mar → Thu 21 Mar, 6 months Fri 14 Jun →
     * Fri 21 Jun, 9 months Sat 14 Sep → Fri 20 Sep, year Sat 14 Dec → Fri 20 Dec.
     */
    @Test
    void anAgencySendingItsFourConsolidatedReportsOnTimeScoresTheOnTimePointWithEachReportAsEvidence()
            throws Exception {
        Map<ReportPeriod, Long> ids = sendConsolidated(Map.of(ReportPeriod.Q1, LocalDateTime.of(2097, 3, 21, 16, 0),
                ReportPeriod.H1, LocalDateTime.of(2097, 6, 20, 9, 0), ReportPeriod.M9,
                LocalDateTime.of(2097, 9, 20, 23, 0), ReportPeriod.YEAR, LocalDateTime.of(2097, 12, 18, 9, 0)));

        ParIndex index = transactions.execute(tx -> assessments.withClock(JANUARY_2098).assess(world.reviewer(),
                world.agency(), 2097));

        assertThat(index.reports().consolidated()).isTrue();
        assertThat(index.reports().expected()).isEqualTo(4);
        assertThat(index.reports().onTime()).isEqualTo(4);
        assertThat(index.reports().allOnTime()).isTrue();
        assertThat(index.reports().points()).isEqualByComparingTo("1");
        assertThat(index.reports().cells()).extracting(ParIndex.ReportCell::consolidationId)
                .containsExactly(ids.get(ReportPeriod.Q1), ids.get(ReportPeriod.H1), ids.get(ReportPeriod.M9),
                        ids.get(ReportPeriod.YEAR));
        assertThat(index.reports().cells()).extracting(ParIndex.ReportCell::unitId).containsOnly(world.agency());
        assertThat(index.reports().cells()).extracting(ParIndex.ReportCell::reportId).containsOnlyNulls();

        Document page = Html.page(mvc.perform(get("/rollups/par-index?year=2097").with(as(world.office())))
                .andExpect(status().isOk()));
        assertThat(page.select("#point-reports li[data-on-time=true] a")).extracting(a -> a.attr("href"))
                .containsExactly("/consolidations/" + ids.get(ReportPeriod.Q1), "/consolidations/" + ids.get(ReportPeriod.H1),
                        "/consolidations/" + ids.get(ReportPeriod.M9), "/consolidations/" + ids.get(ReportPeriod.YEAR));
        assertThat(page.selectFirst("#point-reports td.text-end").text()).isEqualTo("1");
    }

    @Test
    void anAgencyWithOneConsolidatedReportLateOrMissingScoresTheLatePoints() {
        sendConsolidated(Map.of(ReportPeriod.Q1, LocalDateTime.of(2097, 3, 21, 16, 0), ReportPeriod.H1,
                LocalDateTime.of(2097, 6, 20, 9, 0), ReportPeriod.M9, LocalDateTime.of(2097, 9, 20, 23, 0),
                ReportPeriod.YEAR, LocalDateTime.of(2097, 12, 21, 0, 5)));

        ParIndex late = transactions.execute(tx -> assessments.withClock(JANUARY_2098).assess(world.office(), null,
                2097));
        assertThat(late.reports().cells()).extracting(ParIndex.ReportCell::status)
                .containsExactly("ON_TIME", "ON_TIME", "ON_TIME", "LATE");
        assertThat(late.reports().allOnTime()).isFalse();
        assertThat(late.reports().points()).isEqualByComparingTo("0");

        World other = fixtures.newWorld();
        ParIndex missing = transactions.execute(tx -> assessments.withClock(JANUARY_2098).assess(other.office(),
                null, 2097));
        assertThat(missing.reports().cells()).extracting(ParIndex.ReportCell::status).containsOnly("OVERDUE");
        assertThat(missing.reports().points()).isEqualByComparingTo("0");
    }

    @Test
    void theScoreFollowsTheProvincesOwnCriteria() {
        data.handChecked(world);
        criteria.update(world.admin(), 2025, null, "1", new CriterionCommand("1", null, 1, "Kế hoạch",
                new java.math.BigDecimal("3"), CriterionKind.PLAN_ISSUED, Map.of("deadlineMonth", "2", "deadlineDay",
                        "28", "onTimePoints", "3", "latePoints", "1", "nonePoints", "0")));
        criteria.update(world.admin(), 2025, criteria.page(world.admin(), 2025).version(), "2",
                new CriterionCommand("2", null, 2, "Thực hiện", new java.math.BigDecimal("5"),
                        CriterionKind.ACTIVITIES_DONE, Map.of("mode", "STEPPED", "highPercent", "60", "highPoints",
                                "5", "lowPercent", "30", "midPoints", "2", "lowPoints", "0")));

        ParIndex index = assessments.assess(world.office(), null, 2025);

        assertThat(index.plan().onTime()).isTrue();
        assertThat(index.plan().deadline()).isEqualTo(java.time.LocalDate.of(2025, 2, 28));
        assertThat(index.plan().points()).isEqualByComparingTo("3");
        assertThat(index.carried().points()).isEqualByComparingTo("2");
        assertThat(index.total()).isEqualByComparingTo("5");
        assertThat(index.maximum()).isEqualByComparingTo("9");
        // Another year keeps the default.
        assertThat(assessments.assess(world.office(), null, 2024).criteria().provinceNodeId()).isNull();
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

        // The units' reports no longer make the agency's point: its own consolidated reports do (none sent).
        ParIndex agency = assessments.assess(world.office(), null, 2025);
        assertThat(agency.reports().consolidated()).isTrue();
        assertThat(agency.reports().points()).isEqualByComparingTo("0");
        assertThat(agency.total()).isEqualByComparingTo("2.5");
    }

    @Test
    void officeLeaderReviewerAndUnitOpenThePageAndTheAdministratorDoesNot() throws Exception {
        RollupDataSet.HandChecked set = data.handChecked(world);

        Document office = Html.page(mvc.perform(get("/rollups/par-index?year=2025").with(as(world.office())))
                .andExpect(status().isOk()));
        assertThat(office.selectFirst("#point-plan a").attr("href")).isEqualTo("/plans/" + set.plan().id());
        assertThat(office.selectFirst("#point-plan td.text-end").text()).isEqualTo("0,5");
        assertThat(office.select("#point-reports li[data-period]")).hasSize(4);
        assertThat(office.select("#point-reports a[href=/reports/" + set.aQ1() + "]")).isEmpty();
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
