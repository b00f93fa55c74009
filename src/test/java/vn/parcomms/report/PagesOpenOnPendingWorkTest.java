package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.ModelAndView;
import vn.parcomms.rollup.RollupPlan;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

/**
 * The pages that list by plan and period (the follow-up page, the dashboard) open, when no plan or
 * period is asked for, on the plan and period where the user's work waits, not on the newest plan
 * (issue 14, point 1): the office's report to review, the unit's returned report; nothing waiting,
 * the newest plan. The world has an older plan (2098) and a newer one (2099); a plan of 2098 or
 * 2099 opened without pending work shows its first period, Q1.
 */
@IntegrationTest
class PagesOpenOnPendingWorkTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportLifecycle reportLifecycle;

    World world;
    IssuedPlan older;
    IssuedPlan newest;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        older = planFixtures.issuedPlan(world, 2098);
        newest = planFixtures.issuedPlan(world, 2099);
    }

    private long submitted(IssuedPlan plan, ReportPeriod period) {
        CurrentUser unit = world.unitUserA();
        long id = reportDrafting.open(unit, plan.id(), period);
        ReportDetails report = reportReader.details(unit, id);
        List<ReportCommand.Entry> entries = new ArrayList<>();
        for (ReportDetails.EntryView e : report.entries()) {
            Map<Long, Integer> figures = new HashMap<>();
            e.figures().forEach(f -> figures.put(f.indicatorId(), 3));
            entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.DONE, null, "CV 1/TTYT", null, figures));
        }
        long version = reportDrafting.save(unit, id, report.version(),
                new ReportCommand("Đã đăng 3 tin.", null, null, null, null, entries, List.of(), List.of()));
        reportLifecycle.submit(unit, id, version);
        return id;
    }

    private Map<String, Object> page(String path, CurrentUser user) throws Exception {
        ModelAndView view = mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn()
                .getModelAndView();
        assertThat(view).isNotNull();
        return view.getModel();
    }

    private static long followUpPlan(Map<String, Object> model) {
        return ((PlanChoice) model.get("plan")).id();
    }

    private static long dashboardPlan(Map<String, Object> model) {
        return ((RollupPlan) model.get("plan")).id();
    }

    @Test
    void theOfficeOpensOnTheOlderPlanAndPeriodWhereAReportWaitsForReview() throws Exception {
        submitted(older, ReportPeriod.H1);

        Map<String, Object> followUp = page("/reports", world.office());
        assertThat(followUpPlan(followUp)).isEqualTo(older.id());
        assertThat(followUp.get("period")).isEqualTo(ReportPeriod.H1);
        Map<String, Object> dashboard = page("/rollups", world.office());
        assertThat(dashboardPlan(dashboard)).isEqualTo(older.id());
        assertThat(dashboard.get("period")).isEqualTo(ReportPeriod.H1);

        // A plan asked for is the one shown; the pending period only on the pending plan.
        Map<String, Object> asked = page("/reports?plan=" + newest.id(), world.office());
        assertThat(followUpPlan(asked)).isEqualTo(newest.id());
        assertThat(asked.get("period")).isEqualTo(ReportPeriod.Q1);
        assertThat(page("/reports?plan=" + older.id() + "&period=Q1", world.office()).get("period"))
                .isEqualTo(ReportPeriod.Q1);
        // The unit that sent it has nothing waiting for itself there: its dashboard opens on the newest plan.
        assertThat(dashboardPlan(page("/rollups", world.unitUserA()))).isEqualTo(newest.id());
    }

    @Test
    void aUnitOpensOnThePlanAndPeriodOfItsReturnedReportAndTheOfficeNoLonger() throws Exception {
        long id = submitted(older, ReportPeriod.H1);
        reportLifecycle.returnForRevision(world.office(), id, reportReader.details(world.office(), id).version(),
                "Thiếu số liệu 6 tháng");

        Map<String, Object> dashboard = page("/rollups", world.unitUserA());
        assertThat(dashboardPlan(dashboard)).isEqualTo(older.id());
        assertThat(dashboard.get("period")).isEqualTo(ReportPeriod.H1);
        // Another unit of the same plans has nothing returned: the newest plan.
        assertThat(dashboardPlan(page("/rollups", world.unitUserB()))).isEqualTo(newest.id());
        // The report waits for the unit now, not for the office.
        assertThat(followUpPlan(page("/reports", world.office()))).isEqualTo(newest.id());
    }

    @Test
    void withNothingPendingThePagesOpenOnTheNewestPlan() throws Exception {
        Map<String, Object> followUp = page("/reports", world.office());
        assertThat(followUpPlan(followUp)).isEqualTo(newest.id());
        assertThat(followUp.get("period")).isEqualTo(ReportPeriod.Q1);
        assertThat(dashboardPlan(page("/rollups", world.office()))).isEqualTo(newest.id());
        assertThat(dashboardPlan(page("/rollups", world.unitUserA()))).isEqualTo(newest.id());
        assertThat(followUpPlan(page("/reports", world.leader()))).isEqualTo(newest.id());
    }
}
