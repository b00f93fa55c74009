package vn.parcomms.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.StatementCounting;

/**
 * The dashboard runs a fixed number of SQL statements, however many units report: the same
 * count with 2 and with 6 units (six activities, each unit's Q1 report filed and accepted).
 * Its own context (a counting DataSource), so it starts the application once more.
 */
@IntegrationTest
@Import(StatementCounting.class)
class RollupQueryCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RollupService rollups;
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
    OrganizationService organizations;
    @Autowired
    AccountService accounts;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDashboardRunsAsManyStatementsForSixUnitsAsForTwo() throws Exception {
        int[] two = measure(2);
        int[] six = measure(6);

        assertThat(two[0]).isPositive();
        assertThat(six[0]).as("service statements, 6 units vs 2").isEqualTo(two[0]);
        assertThat(six[1]).as("page statements, 6 units vs 2").isEqualTo(two[1]);
        // Measured 14 and 17 (docs/architecture.md); the bound leaves room, not for a loop per unit.
        // 20 for the page itself, plus the account check every signed-in request makes (security stamp, issue 11),
        // plus the year-over-year table (one statement for every year, its indicators named by the dashboard).
        // 24 since ADR 0032: the timeliness matrix reads the plan's first issue day and the office's
        // decisions on periods due before it (two statements per page, whatever the number of units).
        assertThat(six[1]).as("page statements").isLessThanOrEqualTo(24);
        System.out.printf("Rollup statements: service %d, page %d (2 and 6 units alike)%n", six[0], six[1]);
    }

    /** Statements of the service call and of the whole page request for a plan of 6 activities over n units. */
    int[] measure(int units) throws Exception {
        World world = fixtures.newWorld();
        RollupDataSet data = new RollupDataSet(planReader, planDrafting, planLifecycle, catalog, reportReader,
                reportDrafting, reportLifecycle, transactions);
        List<CurrentUser> unitUsers = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            long node = organizations.create(world.admin(), new OrgNodeCommand(world.province() + ".U" + units + i,
                    "Trạm y tế số " + i, null, OrgKind.UNIT, world.agency()));
            String username = ("u" + world.province() + "-" + units + "-" + i).toLowerCase();
            long id = accounts.createForSetup(new UserCommand(username, "Đơn vị " + i, null, node, Role.UNIT),
                    Fixtures.PASSWORD);
            unitUsers.add(new CurrentUser(id, username, "Đơn vị " + i, Role.UNIT, node));
        }
        List<RollupDataSet.Activity> activities = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            activities.add(new RollupDataSet.Activity(0, "Hoạt động " + a, unitUsers.get(a % units).orgNodeId(),
                    List.of(1), List.of(0, 1), Map.of(0, 10, 1, 5)));
        }
        RollupDataSet.Plan plan = data.plan(world, List.of("Tuyên truyền CCHC"), activities);
        for (CurrentUser unit : unitUsers) {
            Map<UUID, RollupDataSet.Entry> entries = new HashMap<>();
            plan.keys().forEach(k -> entries.put(k, new RollupDataSet.Entry(ActivityStatus.DONE, Map.of(0, 2, 1, 1))));
            data.accept(world, data.file(unit, plan, ReportPeriod.Q1, entries, LocalDateTime.of(2025, 3, 15, 9, 0)));
        }

        StatementCounting.reset();
        Rollup rollup = rollups.rollup(world.office(), null, plan.id(), ReportPeriod.Q1);
        int service = StatementCounting.count();
        assertThat(rollup.timeliness()).hasSize(units);
        assertThat(rollup.indicators().get(0).actual()).isEqualTo(12);

        StatementCounting.reset();
        mvc.perform(get("/rollups?plan=" + plan.id() + "&period=Q1").with(as(world.office())))
                .andExpect(status().isOk());
        int page = StatementCounting.count();
        // The service call read the plan's counting keys; the page, on the same unchanged plans,
        // checks their stamp and uses them again (PlanFacts): the keys statement is not run twice.
        List<String> statements = StatementCounting.statements();
        assertThat(statements).as("the keys' stamp is checked").anyMatch(sql -> sql.startsWith("with stamp_lin"));
        assertThat(statements).as("the keys are not read again").noneMatch(sql -> sql.startsWith("with given as"));
        // Nor the accepted entries: their reports' ids and versions came with the report states.
        assertThat(statements).as("the accepted entries are not read again")
                .noneMatch(sql -> sql.contains("join unit_report_entry e") && !sql.startsWith("with pred as"));
        // The years are one statement, and the dashboard's indicators need no second reading of the catalogue.
        assertThat(statements).as("the year-over-year table").filteredOn(sql -> sql.startsWith("with pred as"))
                .hasSize(1);
        return new int[] {service, page};
    }
}
