package vn.parcomms.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.organization.Predecessor;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.FollowUp;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.report.UnitReportRow;
import vn.parcomms.rollup.YearComparison;
import vn.parcomms.rollup.YearComparisons;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.IntegrationTest;

/**
 * Runs the province generator at a small scale on the test database and reads the result back
 * through the services and pages, so that the generator cannot drift from the schema and the
 * rules the app applies to the same tables.
 */
@IntegrationTest
class ProvinceGeneratorTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanListing planListing;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    ReportListing reportListing;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    OrganizationService organizations;
    @Autowired
    OrgSuccessionService successions;
    @Autowired
    YearComparisons yearComparisons;
    @Autowired
    MockMvc mvc;

    // Generated once for the class: the tests only read it, and none changes it.
    static ProvinceGenerator.Settings settings;
    static ProvinceGenerator.Result result;
    // The merged layout at a small scale: three former provinces of 4 agencies, job 4 merged.
    static ProvinceGenerator.Settings merged;
    static ProvinceGenerator.Result mergedResult;

    @BeforeEach
    void generateSmallProvince() throws Exception {
        if (result != null) {
            return;
        }
        String prefix = "G" + Long.toString(System.nanoTime(), 36).toUpperCase();
        settings = new ProvinceGenerator.Settings(prefix, 2, 10, 2, 12, 2024, 2025);
        try (Connection c = dataSource.getConnection()) {
            result = new ProvinceGenerator(settings).generate(c);
        }
        merged = new ProvinceGenerator.Settings(prefix + "M", 4, 3, 1, 6, 2024, 2025, 3, 1);
        try (Connection c = dataSource.getConnection()) {
            mergedResult = new ProvinceGenerator(merged).generate(c);
        }
    }

    @Test
    void mergedProvinceEndsThePredecessorsTheDayBeforeAndMovesTheirUnitsUnderTheSuccessor() {
        long successor = nodeId(merged.successorCode(1));
        List<Long> predecessors = List.of(nodeId(merged.agencyCode(4)), nodeId(merged.agencyCode(8)),
                nodeId(merged.agencyCode(12)));

        // 12 agencies and the successor; 36 units (3 each) and 12 sub-units; the province.
        assertThat(mergedResult.counts()).containsEntry("org_node AGENCY", 13L).containsEntry("org_node", 62L)
                .containsEntry("org_node ended", 3L).containsEntry("org_node_succession", 1L)
                .containsEntry("org_node_succession_link", 3L);
        assertThat(successions.predecessors(successor)).extracting(p -> p.node().id())
                .containsExactlyInAnyOrderElementsOf(predecessors);
        assertThat(successions.predecessors(successor)).extracting(Predecessor::until)
                .containsOnly(java.time.LocalDate.of(2025, 6, 30));
        assertThat(organizations.tree(user(merged, "successor1"), null)).hasSize(1 + 9 + 3);
        assertThat(jdbc.sql("select count(*) from org_node where id in (:ids) and not active and ended_on = date '2025-06-30'")
                .param("ids", predecessors).query(Long.class).single()).isEqualTo(3L);
    }

    @Test
    void mergedProvinceHasThePredecessorsReportUntilJuneAndTheSuccessorFromSeptember() {
        long successor = nodeId(merged.successorCode(1));
        String periods = """
                select string_agg(distinct r.period, ',' order by r.period) from unit_report r
                where r.plan_year = 2025 and (r.unit_node_id in (:ids) or r.plan_node_id in (:ids))""";
        List<Long> predecessors = List.of(nodeId(merged.agencyCode(4)), nodeId(merged.agencyCode(8)),
                nodeId(merged.agencyCode(12)));

        assertThat(jdbc.sql(periods).param("ids", predecessors).query(String.class).single()).isEqualTo("H1,Q1");
        assertThat(jdbc.sql(periods).param("ids", List.of(successor)).query(String.class).single()).isEqualTo("M9,YEAR");
    }

    @Test
    void successorsYearOverYearCountsItsPredecessorsFigures() {
        long successor = nodeId(merged.successorCode(1));
        List<Long> lineage = List.of(successor, nodeId(merged.agencyCode(4)), nodeId(merged.agencyCode(8)),
                nodeId(merged.agencyCode(12)));
        String sum = """
                select coalesce(sum(f.amount), 0) from unit_report r join unit_report_entry e on e.report_id = r.id
                join unit_report_figure f on f.entry_id = e.id
                where r.status = 'ACCEPTED' and r.plan_year = :year and r.plan_node_id in (:nodes)""";
        long all2025 = jdbc.sql(sum).param("year", 2025).param("nodes", lineage).query(Long.class).single();
        long own2025 = jdbc.sql(sum).param("year", 2025).param("nodes", List.of(successor)).query(Long.class).single();
        long all2024 = jdbc.sql(sum).param("year", 2024).param("nodes", lineage).query(Long.class).single();

        YearComparison years = yearComparisons.compare(user(merged, "successor1"), null);

        assertThat(own2025).isPositive().isLessThan(all2025);
        assertThat(all2024).isPositive();
        assertThat(years.rows().stream().filter(r -> r.year() == 2025).mapToLong(YearComparison.Row::total).sum())
                .isEqualTo(all2025);
        assertThat(years.rows().stream().filter(r -> r.year() == 2024).mapToLong(YearComparison.Row::total).sum())
                .isEqualTo(all2024);
        assertThat(years.included()).extracting(LineageLink::until).containsOnly(java.time.LocalDate.of(2025, 6, 30));
        assertThat(years.included()).hasSize(3);
    }

    @Test
    void generatedTreeHasTheRequestedShapeAndTheReviewerSeesAllOfIt() {
        assertThat(result.counts()).containsEntry("org_node AGENCY", 2L).containsEntry("org_node UNIT", 20L)
                .containsEntry("org_node SUB_UNIT", 4L).containsEntry("org_node", 27L);
        assertThat(organizations.tree(user("reviewer"), null)).hasSize(27);
        assertThat(organizations.tree(user("office1"), null)).hasSize(1 + 10 + 2);
    }

    @Test
    void reviewerListsEveryGeneratedPlanOfTheYearWithItsActivities() {
        List<PlanSummary> listed = planListing.list(user("reviewer"), new PlanFilter(2025, null, null, false));

        assertThat(listed).hasSize(1 + 2 + 20);
        assertThat(listed).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(PlanStatus.ISSUED);
            assertThat(p.activityCount()).isEqualTo(12);
        });
        assertThat(planListing.list(user("reviewer"), new PlanFilter(2024, null, null, false)))
                .extracting(PlanSummary::status).containsOnly(PlanStatus.CLOSED);
    }

    @Test
    void agencyPlanImplementsTheProvincePlanAndAssignsItsActivitiesToItsUnits() {
        CurrentUser office = user("office1");
        long planId = agencyPlan(2025);

        PlanDetails plan = planReader.details(office, planId);

        assertThat(plan.parentPlan()).isNotNull();
        assertThat(plan.activities()).hasSize(12);
        assertThat(plan.activities()).extracting(ActivityView::leadNodeId).doesNotContain(office.orgNodeId())
                .allSatisfy(lead -> assertThat(organizations.isWithin(lead, office.orgNodeId())).isTrue());
        assertThat(plan.activities()).allSatisfy(a -> {
            assertThat(a.targets()).hasSize(1);
            assertThat(a.contentLabel()).isNotNull();
        });
        assertThat(plan.implementations()).hasSize(10);
    }

    @Test
    void followUpShowsTheGeneratedReportStatusesOfEveryUnit() {
        long planId = agencyPlan(2025);
        Map<String, Long> stored = jdbc.sql("""
                select r.status, count(*) n from unit_report r join plan p on p.lineage_id = r.plan_lineage_id
                where p.id = ? and r.period = 'YEAR' group by r.status""").param(planId)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        FollowUp followUp = reportListing.followUp(user("office1"), planId, ReportPeriod.YEAR, null, null);

        assertThat(followUp.rows()).hasSize(10);
        assertThat(followUp.counts().get(FollowUpStatus.ACCEPTED)).isEqualTo(stored.getOrDefault("ACCEPTED", 0L));
        assertThat(followUp.counts().get(FollowUpStatus.RETURNED)).isEqualTo(stored.getOrDefault("RETURNED", 0L));
        long reportsStored = stored.values().stream().mapToLong(Long::longValue).sum();
        assertThat(followUp.rows().stream().filter(r -> r.reportId() != null).count()).isEqualTo(reportsStored);
        assertThat(reportsStored).isPositive();
    }

    @Test
    void unitSeesItsReportsWithEntriesAndCumulativeFigures() {
        CurrentUser unit = user("unit1");

        List<UnitReportRow> mine = reportListing.myReports(unit);

        assertThat(mine).extracting(UnitReportRow::period).contains(ReportPeriod.YEAR);
        UnitReportRow opened = mine.stream().filter(r -> r.reportId() != null).reduce((a, b) -> b).orElseThrow();
        ReportDetails details = reportReader.details(unit, opened.reportId());
        assertThat(details.entries()).isNotEmpty();
        assertThat(details.entries()).anySatisfy(e -> assertThat(e.figures()).isNotEmpty());
        assertThat(details.entries()).allSatisfy(e -> e.figures()
                .forEach(f -> assertThat(f.cumulative()).isEqualTo(f.earlier() + (f.amount() == null ? 0 : f.amount()))));
    }

    @Test
    void assignedActivitiesAreThoseOfIssuedPlansTheUnitLeadsOrCooperatesOn() {
        long unitId = jdbc.sql("select id from org_node where code = ?").param(settings.prefix() + "-A01-U003")
                .query(Long.class).single();
        List<Long> expected = jdbc.sql("""
                select a.id from plan_activity a join plan p on p.id = a.plan_id
                where p.status = 'ISSUED' and p.issuing_node_id <> ? and (a.lead_node_id = ? or a.id in
                      (select activity_id from plan_activity_cooperator where node_id = ?))""")
                .param(unitId).param(unitId).param(unitId).query(Long.class).list();
        long cooperatingOnly = jdbc.sql("""
                select count(*) from plan_activity_cooperator c join plan_activity a on a.id = c.activity_id
                join plan p on p.id = a.plan_id where p.status = 'ISSUED' and c.node_id = ? and a.lead_node_id <> ?""")
                .param(unitId).param(unitId).query(Long.class).single();
        CurrentUser unit = new CurrentUser(0, "u3", "u3", Role.UNIT, unitId);

        List<ActivityView> assigned = planListing.assignedActivities(unit);

        assertThat(cooperatingOnly).isPositive();
        assertThat(assigned).extracting(ActivityView::id).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void generatedAccountsSignInWithTheDocumentedPassword() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", settings.username("reviewer"))
                        .param("password", ProvinceGenerator.PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    private long agencyPlan(int year) {
        return jdbc.sql("select p.id from plan p join org_node n on n.id = p.issuing_node_id "
                + "where n.code = ? and p.plan_year = ?").param(settings.prefix() + "-A01").param(year)
                .query(Long.class).single();
    }

    private long nodeId(String code) {
        return jdbc.sql("select id from org_node where code = ?").param(code).query(Long.class).single();
    }

    private CurrentUser user(String role) {
        return user(settings, role);
    }

    private CurrentUser user(ProvinceGenerator.Settings of, String role) {
        return jdbc.sql("select id, username, full_name, role, org_node_id from user_account where username = ?")
                .param(of.username(role))
                .query((rs, i) -> new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.valueOf(rs.getString(4)), rs.getLong(5)))
                .single();
    }
}
