package vn.parcomms.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.RollupPlan;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.IntegrationTest;

/**
 * The demo tells the 2025 story (issue 13, point 4): plan 79a's first half year filed to the
 * Department of Health of Bà Rịa - Vũng Tàu, which from 1 July 2025 is part of the Sở Y tế Thành phố
 * Hồ Chí Minh; its 9-month reports filed to the successor, whose dashboard shows the whole year.
 */
@IntegrationTest
class DemoReorganisationTest {

    static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);

    @Autowired
    DemoPlans demoPlans;
    @Autowired
    OrganizationService organizations;
    @Autowired
    OrgSuccessionService successions;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    RollupService rollups;
    @Autowired
    ConsolidationService consolidations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theProvinceAndItsDepartmentOfHealthBecameTheCitysOnTheFirstOfJuly() {
        long province = organizations.findByCode(DemoOrganization.PROVINCE_CODE).id();
        assertThat(organizations.find(province).name()).isEqualTo("Ủy ban nhân dân Thành phố Hồ Chí Minh");
        assertThat(organizations.nameAt(province, JUNE_30)).isEqualTo("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu");

        long health = organizations.findByCode(DemoOrganization.HEALTH).id();
        long cityHealth = organizations.findByCode(DemoOrganization.CITY_HEALTH).id();
        assertThat(organizations.find(health).active()).isFalse();
        assertThat(successions.predecessors(cityHealth)).singleElement().satisfies(p -> {
            assertThat(p.node().id()).isEqualTo(health);
            assertThat(p.node().name()).isEqualTo("Sở Y tế tỉnh Bà Rịa - Vũng Tàu");
        });
        // the office and the leader work for the successor now; the district centre is a regional one under it
        assertThat(demoPlans.demoUser("vanphong").orgNodeId()).isEqualTo(cityHealth);
        assertThat(demoPlans.demoUser("giamdoc").orgNodeId()).isEqualTo(cityHealth);
        long centre = organizations.findByCode(DemoOrganization.DISTRICT_CENTRE).id();
        assertThat(organizations.find(centre).name()).isEqualTo("Trung tâm Y tế khu vực Bà Rịa");
        assertThat(organizations.nameAt(centre, JUNE_30)).isEqualTo("Trung tâm Y tế thành phố Bà Rịa");
        assertThat(organizations.isWithin(centre, cityHealth)).isTrue();
    }

    @Test
    void planSeventyNineAIsCarriedOnByTheSuccessorAndStillPrintsTheBodyThatIssuedIt() {
        CurrentUser office = demoPlans.demoUser("vanphong");
        PlanDetails plan = planReader.details(office, plan79a(office));
        assertThat(plan.issuingNodeId()).isEqualTo(organizations.findByCode(DemoOrganization.CITY_HEALTH).id());
        assertThat(plan.header().issuingBody()).isEqualTo("SỞ Y TẾ");
        assertThat(plan.header().parentBody()).containsIgnoringCase("Bà Rịa - Vũng Tàu");
    }

    @Test
    void theSuccessorsDashboardShowsTheWholeYearAndTheReportsKeepTheNamesTheyWereSentWith() throws Exception {
        CurrentUser office = demoPlans.demoUser("vanphong");
        long planId = plan79a(office);
        long q1 = actual(office, planId, ReportPeriod.Q1);
        long h1 = actual(office, planId, ReportPeriod.H1);
        long m9 = actual(office, planId, ReportPeriod.M9);
        assertThat(q1).isPositive();
        assertThat(h1).isGreaterThan(q1);
        // the third quarter, filed to the successor, adds to what the predecessor accepted
        assertThat(m9).isGreaterThan(h1);
        assertThat(actual(office, planId, ReportPeriod.YEAR)).isEqualTo(m9);

        long centre = organizations.findByCode(DemoOrganization.DISTRICT_CENTRE).id();
        assertThat(reportPage(office, centre, ReportPeriod.H1)).contains("Trung tâm Y tế thành phố Bà Rịa")
                .doesNotContain("Trung tâm Y tế khu vực Bà Rịa");
        assertThat(reportPage(office, centre, ReportPeriod.M9)).contains("Trung tâm Y tế khu vực Bà Rịa");
    }

    @Test
    void theSuccessorSentTheNineMonthConsolidatedReportAndThePredecessorsFirstHalfStaysAsSent() {
        long health = organizations.findByCode(DemoOrganization.HEALTH).id();
        long cityHealth = organizations.findByCode(DemoOrganization.CITY_HEALTH).id();
        List<String> sent = jdbc.sql("""
                select node_id || ':' || period || ':' || status from consolidated_report
                where plan_year = 2025 and node_id in (:nodes) order by period""")
                .param("nodes", List.of(health, cityHealth)).query(String.class).list();
        assertThat(sent).containsExactlyInAnyOrder(health + ":Q1:ACCEPTED", health + ":H1:SENT",
                cityHealth + ":M9:ACCEPTED");
    }

    private long actual(CurrentUser office, long planId, ReportPeriod period) {
        Rollup rollup = rollups.rollup(office, null, planId, period);
        return rollup.indicators().stream().mapToLong(Rollup.IndicatorTotal::actual).sum();
    }

    private String reportPage(CurrentUser office, long unit, ReportPeriod period) throws Exception {
        long id = jdbc.sql("select id from unit_report where unit_node_id = :unit and period = :period and plan_year = 2025"
                + " and status = 'ACCEPTED' order by id limit 1")
                .param("unit", unit).param("period", period.name()).query(Long.class).single();
        String html = mvc.perform(get("/reports/{id}", id).with(as(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).select("main").text();
    }

    private long plan79a(CurrentUser office) {
        return rollups.plans(office, null).stream().filter(p -> p.label().startsWith("79a/")).map(RollupPlan::id)
                .findFirst().orElseThrow();
    }
}
