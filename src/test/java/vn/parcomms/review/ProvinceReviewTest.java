package vn.parcomms.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.consolidation.ConsolidationStatus;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.review.ProvinceReview.Agency;
import vn.parcomms.review.ProvinceReview.IndicatorTotal;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

/**
 * A small hand-checked province for 2099: the agency's issued plan has targets 12 + 8 + 20 = 40
 * news items. Unit A files Q1 with 5 (accepted) and 6 months with 3 on each of its two activities
 * (accepted); unit B files Q1 with 7 and is returned (never counted). The agency's office sends the
 * Q1 consolidated report, which Home Affairs accepts, and drafts the 6-month one. Home Affairs
 * itself has no plan.
 */
@IntegrationTest
class ProvinceReviewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;

    @Autowired
    ConsolidationService consolidations;

    @Autowired
    ProvinceReviewService reviews;

    World w;
    IssuedPlan plan;
    long q1Consolidated;
    long h1Consolidated;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        plan = planFixtures.issuedPlan(w, 2099);
        long a1 = file(w.unitUserA(), ReportPeriod.Q1, 5);
        reportLifecycle.accept(w.office(), a1, reportReader.details(w.office(), a1).version());
        long b1 = file(w.unitUserB(), ReportPeriod.Q1, 7);
        reportLifecycle.returnForRevision(w.office(), b1, reportReader.details(w.office(), b1).version(),
                "Thiếu minh chứng");
        long aH1 = file(w.unitUserA(), ReportPeriod.H1, 3);
        reportLifecycle.accept(w.office(), aH1, reportReader.details(w.office(), aH1).version());

        q1Consolidated = consolidations.open(w.office(), plan.id(), ReportPeriod.Q1);
        consolidations.submit(w.office(), q1Consolidated, version(q1Consolidated));
        consolidations.approve(w.leader(), q1Consolidated, version(q1Consolidated));
        consolidations.send(w.office(), q1Consolidated, version(q1Consolidated));
        consolidations.accept(w.reviewer(), q1Consolidated, version(q1Consolidated));
        h1Consolidated = consolidations.open(w.office(), plan.id(), ReportPeriod.H1);
    }

    long file(CurrentUser unit, ReportPeriod period, int figure) {
        long id = reportDrafting.open(unit, plan.id(), period);
        ReportDetails report = reportReader.details(unit, id);
        List<ReportCommand.Entry> entries = new ArrayList<>();
        for (ReportDetails.EntryView e : report.entries()) {
            Map<Long, Integer> figures = new HashMap<>();
            e.figures().forEach(f -> figures.put(f.indicatorId(), figure));
            entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.DONE, null, "Công văn 1/TTYT", null,
                    figures));
        }
        long version = reportDrafting.save(unit, id, report.version(), new ReportCommand("Đã thực hiện.", null, null,
                null,
                null, entries, List.of(), List.of()));
        reportLifecycle.submit(unit, id, version);
        return id;
    }

    long version(long id) {
        return consolidations.details(w.office(), id).version();
    }

    Agency agency(ProvinceReview review, long nodeId) {
        return review.agencies().stream().filter(a -> a.nodeId() == nodeId).findFirst().orElseThrow();
    }

    IndicatorTotal indicator(ProvinceReview review) {
        return review.indicators().stream().filter(i -> i.indicatorId() == plan.indicatorId()).findFirst()
                .orElseThrow();
    }

    @Test
    void everyAgencyShowsItsPlanOfTheYearAndItsConsolidatedReportPerPeriod() {
        ProvinceReview review = reviews.review(w.reviewer(), null, null);
        assertThat(review.year()).as("the latest year with plans").isEqualTo(2099);
        assertThat(review.provinceId()).isEqualTo(w.province());
        assertThat(review.agencies()).extracting(Agency::nodeId).containsExactlyInAnyOrder(w.homeAffairs(), w.agency());

        Agency health = agency(review, w.agency());
        assertThat(health.planId()).isEqualTo(plan.id());
        assertThat(health.planStatus()).isEqualTo(PlanStatus.ISSUED);
        assertThat(health.planNumber()).endsWith("/KH-SYT");
        assertThat(health.issueDate()).isEqualTo(LocalDate.of(2099, 2, 6));
        assertThat(health.consolidated().get(ReportPeriod.Q1).id()).isEqualTo(q1Consolidated);
        assertThat(health.consolidated().get(ReportPeriod.Q1).status()).isEqualTo(ConsolidationStatus.ACCEPTED);
        assertThat(health.consolidated().get(ReportPeriod.Q1).sentOn()).isNotNull();
        assertThat(health.consolidated().get(ReportPeriod.H1).status()).isEqualTo(ConsolidationStatus.DRAFT);
        assertThat(health.consolidated().get(ReportPeriod.H1).sentOn()).isNull();
        assertThat(health.consolidated()).doesNotContainKeys(ReportPeriod.M9, ReportPeriod.YEAR);

        Agency homeAffairs = agency(review, w.homeAffairs());
        assertThat(homeAffairs.planId()).isNull();
        assertThat(homeAffairs.planStatus()).isNull();
        assertThat(homeAffairs.consolidated()).isEmpty();
    }

    @Test
    void provinceTotalsCountOnlyAcceptedFiguresUpToThePeriodAgainstTheIssuedPlansTargets() {
        IndicatorTotal q1 = indicator(reviews.review(w.reviewer(), 2099, ReportPeriod.Q1));
        assertThat(q1.target()).as("the activities due by Q1, as on the dashboard").isEqualTo(12 + 20);
        assertThat(indicator(reviews.review(w.reviewer(), 2099, ReportPeriod.H1)).target()).isEqualTo(12 + 8 + 20);
        assertThat(q1.actual()).as("unit A's 5; unit B's returned 7 not counted").isEqualTo(5);
        assertThat(indicator(reviews.review(w.reviewer(), 2099, ReportPeriod.H1)).actual()).isEqualTo(5 + 3 + 3);
        assertThat(indicator(reviews.review(w.reviewer(), 2099, ReportPeriod.YEAR)).actual()).isEqualTo(5 + 3 + 3);
        assertThat(reviews.review(w.reviewer(), 2098, ReportPeriod.YEAR).indicators())
                .as("no plan in 2098").isEmpty();
        // every activity of the fixture plan is on the same one channel
        ProvinceReview h1 = reviews.review(w.reviewer(), 2099, ReportPeriod.H1);
        assertThat(h1.channels()).hasSize(1);
        assertThat(h1.channels().get(0).indicatorId()).isEqualTo(plan.indicatorId());
        assertThat(h1.channels().get(0).target()).isEqualTo(40);
        assertThat(h1.channels().get(0).actual()).isEqualTo(11);
        assertThat(reviews.review(w.reviewer(), 2099, ReportPeriod.Q1).channels().get(0).actual()).isEqualTo(5);
    }

    @Test
    void thePageShowsStatusesTotalsAndDrillDownLinks() throws Exception {
        Document page = Html.page(mvc.perform(get("/rollups/province").param("year", "2099").param("period", "H1")
                .with(as(w.reviewer()))).andExpect(status().isOk()));
        var row = page.selectFirst("#agencies-table tr[data-agency=" + w.agency() + "]");
        assertThat(row.selectFirst("a.agency-link").attr("href")).isEqualTo("/rollups?node=" + w.agency());
        assertThat(row.selectFirst("td.plan-status a").attr("href")).isEqualTo("/plans/" + plan.id());
        assertThat(row.selectFirst("td[data-period=Q1]").attr("data-status")).isEqualTo("ACCEPTED");
        assertThat(row.selectFirst("td[data-period=Q1] a").attr("href"))
                .isEqualTo("/consolidations/" + q1Consolidated);
        assertThat(row.selectFirst("td[data-period=H1]").attr("data-status")).isEqualTo("DRAFT");
        assertThat(row.selectFirst("td[data-period=M9]").attr("data-status")).isEqualTo("NONE");
        var none = page.selectFirst("#agencies-table tr[data-agency=" + w.homeAffairs() + "] td.plan-status");
        assertThat(none.attr("data-status")).isEmpty();
        var indicator = page.selectFirst("#indicators-table tr[data-indicator=" + plan.indicatorId() + "]");
        assertThat(indicator.selectFirst("td.target").text()).isEqualTo("40");
        assertThat(indicator.selectFirst("td.actual").text()).isEqualTo("11");
        assertThat(page.select("#channels-table tbody tr td.actual")).extracting(e -> e.text()).containsExactly("11");
    }

    @Test
    void onlyAReviewerOpensTheProvinceViewAndOnlyForTheirOwnProvince() throws Exception {
        for (CurrentUser other : List.of(w.office(), w.leader(), w.unitUserA(), w.admin())) {
            mvc.perform(get("/rollups/province").with(as(other))).andExpect(status().isForbidden());
        }
        World elsewhere = fixtures.newWorld();
        Document page = Html.page(mvc.perform(get("/rollups/province").param("year", "2099")
                .with(as(elsewhere.reviewer()))).andExpect(status().isOk()));
        assertThat(page.select("#agencies-table tr[data-agency]")).extracting(e -> e.attr("data-agency"))
                .containsExactlyInAnyOrder("" + elsewhere.homeAffairs(), "" + elsewhere.agency());
        assertThat(page.select("#indicators-table tr[data-indicator]")).isEmpty();
        assertThat(page.select("a[href=/rollups?node=" + w.agency() + "]")).isEmpty();
    }
}
