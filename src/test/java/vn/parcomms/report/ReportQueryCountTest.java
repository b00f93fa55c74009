package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.StatementCounting;

/**
 * A unit's report list and home page run as many SQL statements for plans of twelve activities
 * and content items as for plans of two: they read when the unit's activities are due, not whole
 * plans. Two plans assign the unit work; in the second the unit reports through its own issued
 * implementing plan, which has an amendment in draft. Its own context (a counting DataSource).
 */
@IntegrationTest
@Import(StatementCounting.class)
class ReportQueryCountTest {

    private static final int YEAR = 2097;

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
    ReportListing reportListing;
    @Autowired
    ReportDrafting reportDrafting;

    @Test
    void theUnitsReportListAndHomePageDoNotGrowWithThePlansActivitiesAndItems() throws Exception {
        int[] small = measure(2);
        int[] large = measure(12);

        System.out.printf("Unit report statements: myReports %d/%d, /reports %d/%d, home %d/%d (2/12 activities)%n",
                small[0], large[0], small[1], large[1], small[2], large[2]);
        assertThat(small[0]).isPositive();
        assertThat(large[0]).as("myReports, 12 activities vs 2").isEqualTo(small[0]);
        assertThat(large[1]).as("/reports page, 12 activities vs 2").isEqualTo(small[1]);
        assertThat(large[2]).as("home page, 12 activities vs 2").isEqualTo(small[2]);
        // Measured 6, 6 and 27; 61, 61 and 82 when myReports loaded every plan whole. The bounds leave
        // room, not for a loop per plan part. Most of the home page is other cards (assigned activities).
        // 11 since ADR 0032: one statement reads the offices' decisions on periods due before issue.
        assertThat(large[1]).as("/reports page statements").isLessThanOrEqualTo(11);
        // 32 measured since the to-do list (issue 14): it reads the unit's reports once (the reminders
        // card it replaced read them too) and the assigned activities the page has read already; its
        // returned reports and the navigation's unread count are the statements it adds.
        // 33 since ADR 0032: the unit's reports read the offices' decisions on periods due before issue.
        assertThat(large[2]).as("home page statements").isLessThanOrEqualTo(33);
    }

    /** Statements of myReports, of GET /reports and of GET / for a unit assigned n activities in each of two plans. */
    int[] measure(int n) throws Exception {
        World world = fixtures.newWorld();
        CurrentUser unit = world.unitUserA();
        long first = issuedPlan(world, n, "1" + n);
        long second = issuedPlan(world, n, "2" + n);
        long own = planDrafting.startImplementingPlan(unit, second);
        PlanDetails draft = planReader.details(unit, own);
        PlanHeader h = draft.header();
        planDrafting.updateHeader(unit, own, draft.version(), new PlanHeader(h.year(), h.parentPlanId(), "05",
                "KH-TTYT",
                h.place(), LocalDate.of(YEAR, 2, 20), h.title(), h.parentBody(), h.issuingBody(), null, null, null,
                null, h.archiveLine(), h.signerAuthority(), "Lê Văn Đơn"));
        for (int i = 0; i < n; i++) {
            draft = planReader.details(unit, own);
            planDrafting.saveActivity(unit, own, draft.version(), null, new ActivityCommand(
                    draft.items(ItemKind.CONTENT).get(0).key(), "Tuyên truyền tại khoa " + i, world.subUnitA(),
                    List.of(), null, null, List.of(1 + i % 4), null, List.of(), Map.of()));
        }
        planLifecycle.submit(unit, own, planReader.details(unit, own).version());
        planLifecycle.issue(fixtures.leaderAt(unit.orgNodeId()), own, planReader.details(unit, own).version());
        planLifecycle.amend(unit, own, planReader.details(unit, own).version());
        reportDrafting.open(unit, first, ReportPeriod.Q1);

        StatementCounting.reset();
        List<UnitReportRow> rows = reportListing.myReports(unit);
        int service = StatementCounting.count();
        assertThat(rows).extracting(UnitReportRow::planId).contains(first, second);
        assertThat(rows).filteredOn(r -> r.planId() == first && r.period() == ReportPeriod.Q1)
                .singleElement().satisfies(r -> assertThat(r.reportId()).isNotNull());

        StatementCounting.reset();
        mvc.perform(get("/reports").with(as(unit))).andExpect(status().isOk());
        int page = StatementCounting.count();

        StatementCounting.reset();
        mvc.perform(get("/").with(as(unit))).andExpect(status().isOk());
        int home = StatementCounting.count();
        return new int[] {service, page, home};
    }

    /** An issued plan of the world's agency with n content items and n activities led by unitA, one per quarter in turn. */
    private long issuedPlan(World world, int n, String number) {
        CurrentUser office = world.office();
        long indicator = catalog.indicators(office).get(0).id();
        long channel = catalog.channels(office).get(0).id();
        long id = planDrafting.create(office, new PlanHeader(YEAR, null, number, "KH-SYT", "Bà Rịa",
                LocalDate.of(YEAR, 2, 6),
                "Kế hoạch thông tin, tuyên truyền CCHC năm " + YEAR, "UBND TỈNH", "SỞ Y TẾ", null, null, null, null,
                "Lưu: VT, VP.", "GIÁM ĐỐC", "Nguyễn Văn Thử"));
        for (int i = 0; i < n; i++) {
            planDrafting.addItem(office, id, planReader.details(office, id).version(), ItemKind.CONTENT, null,
                    "Nội dung " + i);
            planDrafting.addItem(office, id, planReader.details(office, id).version(), ItemKind.PURPOSE, null,
                    "Mục đích " + i);
        }
        List<UUID> contents = planReader.details(office,
                id).items(ItemKind.CONTENT).stream().map(i -> i.key()).toList();
        for (int i = 0; i < n; i++) {
            planDrafting.saveActivity(office, id, planReader.details(office, id).version(), null, new ActivityCommand(
                    contents.get(i), "Hoạt động " + i, world.unitA(), List.of(world.unitB()), null, null,
                    List.of(1 + i % 4), null, List.of(channel), Map.of(indicator, 10 + i)));
        }
        planLifecycle.submit(office, id, planReader.details(office, id).version());
        planLifecycle.issue(world.leader(), id, planReader.details(office, id).version());
        return id;
    }
}
