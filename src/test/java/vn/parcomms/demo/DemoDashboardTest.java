package vn.parcomms.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.RollupPlan;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.IntegrationTest;

/**
 * The office's dashboard (/rollups as vanphong) on the demo data: every figure the units reported
 * and the office accepted is on it, including those of the district centre, which reports through
 * its own implementing plan. Guards the demo against links between plans that would make figures
 * vanish from the department's dashboard.
 */
@IntegrationTest
class DemoDashboardTest {

    @Autowired
    DemoPlans demoPlans;

    @Autowired
    RollupService rollups;

    @Autowired
    PlanDetailsReader planReader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOfficeDashboardCountsEveryFigureOfTheUnitsAcceptedReports() {
        CurrentUser office = demoPlans.demoUser("vanphong");
        long planId = plan79a(office);
        UUID lineage = planReader.details(office, planId).lineageId();
        for (ReportPeriod period : List.of(ReportPeriod.Q1, ReportPeriod.H1, ReportPeriod.YEAR)) {
            Rollup rollup = rollups.rollup(office, null, planId, period);
            long accepted = jdbc.sql("""
                    select coalesce(sum(f.amount), 0) from unit_report r
                    join unit_report_entry e on e.report_id = r.id join unit_report_figure f on f.entry_id = e.id
                    where r.plan_lineage_id = :lineage and r.status = 'ACCEPTED' and r.period in (:periods)""")
                    .param("lineage", lineage)
                    .param("periods", Arrays.stream(ReportPeriod.values())
                            .filter(p -> p.ordinal() <= period.ordinal()).map(Enum::name).toList())
                    .query(Long.class).single();

            assertThat(accepted).as(period + ": the demo has accepted figures").isPositive();
            assertThat(rollup.indicators().stream().mapToLong(Rollup.IndicatorTotal::actual).sum())
                    .as(period + ": indicator totals").isEqualTo(accepted);
            assertThat(rollup.byContent().stream().mapToLong(Rollup.Breakdown::actual).sum())
                    .as(period + ": by content item").isEqualTo(accepted);
        }
    }

    @Test
    void theOfficeDashboardShowsTheDemoCompletionAsMeasured() {
        CurrentUser office = demoPlans.demoUser("vanphong");
        long planId = plan79a(office);
        // Measured on the demo data as loaded before the 79a activities were linked to 148's.
        assertThat(rollups.rollup(office, null, planId, ReportPeriod.Q1).overall())
                .satisfies(o -> assertThat(List.of(o.done(), o.due(), o.dropped())).containsExactly(8, 13, 0));
        assertThat(rollups.rollup(office, null, planId, ReportPeriod.H1).overall())
                .satisfies(o -> assertThat(List.of(o.done(), o.due(), o.dropped())).containsExactly(9, 28, 0));
    }

    private long plan79a(CurrentUser office) {
        return rollups.plans(office, null).stream().filter(p -> p.label().startsWith("79a/")).map(RollupPlan::id)
                .findFirst().orElseThrow();
    }
}
