package vn.parcomms.demo;

import java.util.Map;
import vn.parcomms.consolidation.ConsolidationDetails;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.assessment.ParIndex;
import vn.parcomms.assessment.ParIndexService;
import vn.parcomms.consolidation.ConsolidationStatus;
import vn.parcomms.consolidation.ConsolidationTimeliness;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.review.ProvinceReview;
import vn.parcomms.review.ProvinceReviewService;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * The demo's consolidated reports of the Department of Health of Bà Rịa - Vũng Tàu: Q1 on time and
 * accepted, 6 months late; 9 months then came from its successor (DemoReorganisationTest).
 */
@IntegrationTest
class DemoConsolidationsTest {

    @Autowired
    DemoPlans demoPlans;
    @Autowired
    ProvinceReviewService reviews;
    @Autowired
    ParIndexService parIndex;
    @Autowired
    MockMvc mvc;
    @Autowired
    vn.parcomms.organization.OrganizationService organizations;

    @Test
    void homeAffairsSeesTheHealthDepartmentsFirstQuarterOnTimeAndItsSixMonthsLate() {
        ProvinceReview review = reviews.review(demoPlans.demoUser("noivu"), 2025, ReportPeriod.YEAR);
        // The province's department merged into the city's on 1 July 2025: one row, the successor's,
        // carrying what its predecessor sent before the date (ADR 0023).
        assertThat(review.agencies()).extracting(ProvinceReview.Agency::name)
                .doesNotContain("Sở Y tế tỉnh Bà Rịa - Vũng Tàu");
        ProvinceReview.Agency health = review.agencies().stream()
                .filter(a -> a.name().equals("Sở Y tế Thành phố Hồ Chí Minh")).findFirst().orElseThrow();
        assertThat(health.included()).extracting(vn.parcomms.organization.LineageLink::predecessorName)
                .containsExactly("Sở Y tế tỉnh Bà Rịa - Vũng Tàu");

        assertThat(health.consolidated().get(ReportPeriod.Q1).status()).isEqualTo(ConsolidationStatus.ACCEPTED);
        assertThat(health.consolidated().get(ReportPeriod.Q1).sentOn()).hasToString("2025-03-20");
        assertThat(health.timeliness().get(ReportPeriod.Q1)).isEqualTo(ConsolidationTimeliness.ON_TIME);
        assertThat(health.consolidated().get(ReportPeriod.H1).status()).isEqualTo(ConsolidationStatus.SENT);
        assertThat(health.timeliness().get(ReportPeriod.H1)).isEqualTo(ConsolidationTimeliness.LATE);
        assertThat(health.consolidated().get(ReportPeriod.M9).status()).as("the successor's own")
                .isEqualTo(ConsolidationStatus.ACCEPTED);
        assertThat(health.consolidated()).doesNotContainKey(ReportPeriod.YEAR);
    }

    @Test
    void theConsolidatedReportPageShowsItsDeadlineAndTimelinessToTheOfficeAndHomeAffairsButNotToAUnit()
            throws Exception {
        long h1 = parIndex.assess(demoPlans.demoUser("noivu"), health(), 2025).reports().cells().stream()
                .filter(c -> c.period() == ReportPeriod.H1).findFirst().orElseThrow().consolidationId();
        for (String user : new String[] {"noivu"}) {
            Document page = Html.page(mvc.perform(get("/consolidations/" + h1).with(as(demoPlans.demoUser(user))))
                    .andExpect(status().isOk()));
            assertThat(page.selectFirst("#timeliness").text()).as(user)
                    .isEqualTo("Hạn gửi Sở Nội vụ: 20/06/2025 Chậm");
        }
        mvc.perform(get("/consolidations/" + h1).with(as(demoPlans.demoUser("donvi"))))
                .andExpect(status().isForbidden());
    }

    @Autowired
    ConsolidationService consolidations;
    @Autowired
    RollupService rollups;

    /**
     * The Q1 report sent to Home Affairs counts TTYT TP Bà Rịa's figures, filed on its own plan,
     * under the department's content items and channels (they once came out under bare letters and
     * in no channel), frozen as sent, and its totals are the dashboard's for 79a, Q1 2025.
     */
    @Test
    void theFirstQuarterReportSentUpwardCountsTheCentreWithItsOwnPlanAsTheDashboardDoes() {
        CurrentUser office = demoPlans.demoUser("vanphong");
        CurrentUser reviewer = demoPlans.demoUser("noivu");
        long q1 = parIndex.assess(reviewer, health(), 2025).reports().cells().stream()
                .filter(c -> c.period() == ReportPeriod.Q1).findFirst().orElseThrow().consolidationId();
        ConsolidationDetails report = consolidations.details(reviewer, q1);
        Rollup dashboard = rollups.rollup(office, null, report.planId(), ReportPeriod.Q1);

        assertThat(report.frozenAt()).isNotNull();
        assertThat(report.planLabel()).isEqualTo("79a/KH-SYT");
        assertThat(report.byContent()).isNotEmpty()
                .noneMatch(f -> f.group().strip().matches("[a-zđ]+\\)"));
        assertThat(report.byContent()).allSatisfy(f -> assertThat(f.group()).matches("(?s)[a-zđ]+\\) .+|.+: .+"));
        assertThat(report.units()).anySatisfy(u -> assertThat(u.unitName()).isEqualTo("Trung tâm Y tế thành phố Bà Rịa"));
        Map<String, Long> sent = report.byIndicator().stream().collect(
                java.util.stream.Collectors.toMap(ConsolidationDetails.FigureRow::indicator,
                        ConsolidationDetails.FigureRow::total));
        Map<String, Long> live = dashboard.indicators().stream().filter(i -> i.actual() > 0).collect(
                java.util.stream.Collectors.toMap(Rollup.IndicatorTotal::indicator, Rollup.IndicatorTotal::actual));
        assertThat(sent).isEqualTo(live);
        Map<String, Long> channels = new java.util.HashMap<>();
        report.byChannel().forEach(f -> channels.merge(f.group() + "/" + f.indicator(), f.total(), Long::sum));
        Map<String, Long> dashboardChannels = new java.util.HashMap<>();
        dashboard.byChannel().stream().filter(b -> b.actual() > 0)
                .forEach(b -> dashboardChannels.merge(b.label() + "/" + b.indicator(), b.actual(), Long::sum));
        assertThat(channels).isEqualTo(dashboardChannels);
        // The centre's 499 leaflets and 2 panos (its Q1 report on its own plan) are in the channel table.
        assertThat(report.byChannel()).anySatisfy(f -> {
            assertThat(f.group()).isEqualTo("Pano, áp phích, băng rôn");
            assertThat(f.total()).isGreaterThanOrEqualTo(2);
        });
        assertThat(report.differences()).isEmpty();
    }

    @Test
    void theHealthDepartmentsParIndexCountsOneOfItsFourReportsOnTimeWithTheReportsAsEvidence() {
        ParIndex index = parIndex.assess(demoPlans.demoUser("noivu"), health(), 2025);

        assertThat(index.reports().consolidated()).isTrue();
        assertThat(index.reports().expected()).isEqualTo(4);
        assertThat(index.reports().onTime()).isEqualTo(1);
        assertThat(index.reports().cells()).filteredOn(c -> c.consolidationId() != null).hasSize(2);
    }

    /**
     * The Department of Health of Bà Rịa - Vũng Tàu, which sent Q1 and 6 months before it merged into
     * the city's on 1 July 2025 (DemoReorganisation); Home Affairs reads its history.
     */
    private long health() {
        return organizations.findByCode(DemoOrganization.HEALTH).id();
    }
}
