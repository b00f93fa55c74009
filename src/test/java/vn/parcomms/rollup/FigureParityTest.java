package vn.parcomms.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.report.ActivityStatus.DONE;
import static vn.parcomms.report.ActivityStatus.DROPPED;
import static vn.parcomms.report.ActivityStatus.IN_PROGRESS;
import static vn.parcomms.rollup.ParityProvince.Outcome.ACCEPTED_LATE;
import static vn.parcomms.rollup.ParityProvince.Outcome.ACCEPTED_ON_TIME;
import static vn.parcomms.rollup.ParityProvince.Outcome.RETURNED;
import static vn.parcomms.rollup.ParityProvince.Outcome.SUBMITTED;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.parcomms.account.AccountService;
import vn.parcomms.assessment.ParIndex;
import vn.parcomms.assessment.ParIndexService;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.consolidation.ConsolidationDetails;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.review.ProvinceReview;
import vn.parcomms.review.ProvinceReviewService;
import vn.parcomms.rollup.ParityProvince.Activity;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Csv;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/**
 * Every page, document and export that shows a plan's figures gives the same numbers, and they are
 * the numbers the units typed into the reports the office accepted (ADR 0010): the dashboard, the
 * consolidated report draft, the province view, PAR INDEX, the JSON API and the CSV exports, for
 * every plan (department, unit, nested) and every period.
 */
@IntegrationTest
class FigureParityTest {

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
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    AccountService accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RollupService rollups;
    @Autowired
    ConsolidationService consolidations;
    @Autowired
    ProvinceReviewService provinceReviews;
    @Autowired
    ParIndexService parIndex;
    @Autowired
    ObjectMapper json;

    /**
     * department (office's own activity, unit A, unit B) → unit A's own plan (linked activities and
     * one added, one led by its sub-unit) → the sub-unit's own plan (linked and added); reports
     * accepted on time, late, returned, left submitted and missing.
     */
    @Test
    void everyViewOfEveryPlanAndPeriodGivesTheAcceptedFiguresOnce() throws Exception {
        World world = fixtures.newWorld();
        ParityProvince p = new ParityProvince(planReader, planDrafting, planLifecycle, catalog, reportReader,
                reportDrafting, reportLifecycle, accounts,
                transactions);
        long department = p.departmentPlan(world, List.of("Nội dung thứ nhất", "Nội dung thứ hai", "Nội dung thứ ba"),
                List.of(new Activity(2, world.unitA(), List.of(1, 2), List.of(0), Map.of(0, 10)),
                        new Activity(0, world.unitA(), List.of(2), List.of(1), Map.of(0, 5, 1, 3)),
                        new Activity(1, world.unitB(), List.of(), List.of(0, 1), Map.of(1, 4)),
                        new Activity(0, world.agency(), List.of(1), List.of(2), Map.of(2, 2))));
        CurrentUser unitAOffice = p.user(world.unitA(), Role.OFFICE);
        // Unit A's plan: its two department activities pre-filled, one of its own, one for its sub-unit.
        long unitAPlan = p.implementingPlan(world.unitUserA(), department,
                List.of(new Activity(0, world.unitA(), List.of(1, 2), List.of(2), Map.of(2, 7)),
                        new Activity(0, world.subUnitA(), List.of(1, 2, 3, 4), List.of(1), Map.of(1, 6))),
                unitAOffice);
        CurrentUser subUnit = p.user(world.subUnitA(), Role.UNIT);
        CurrentUser subUnitOffice = p.user(world.subUnitA(), Role.OFFICE);
        long subPlan = p.implementingPlan(subUnit, unitAPlan,
                List.of(new Activity(0, world.subUnitA(), List.of(2), List.of(0), Map.of(0, 3))), subUnitOffice);
        assertThat(subPlan).isPositive();

        AtomicInteger amount = new AtomicInteger(3);
        p.file(world.unitUserA(), department, ReportPeriod.Q1, DONE, ACCEPTED_ON_TIME, () -> amount.getAndAdd(2));
        p.file(world.unitUserA(), department, ReportPeriod.H1, IN_PROGRESS, ACCEPTED_LATE, () -> amount.getAndAdd(3));
        p.file(world.unitUserA(), department, ReportPeriod.M9, DONE, SUBMITTED, () -> amount.getAndAdd(1));
        p.file(world.unitUserB(), department, ReportPeriod.Q1, IN_PROGRESS, ACCEPTED_ON_TIME, () -> amount.getAndAdd(5));
        p.file(world.unitUserB(), department, ReportPeriod.H1, DONE, RETURNED, () -> amount.getAndAdd(7));
        p.file(subUnit, unitAPlan, ReportPeriod.Q1, DROPPED, ACCEPTED_ON_TIME, () -> amount.getAndAdd(4));
        p.file(subUnit, unitAPlan, ReportPeriod.H1, DONE, ACCEPTED_LATE, () -> amount.getAndAdd(1));

        for (long plan : List.of(department, unitAPlan)) {
            for (ReportPeriod period : ReportPeriod.values()) {
                Rollup dashboard = assertPlanAgrees(p, plan, period, "fixed province");
                if (plan == department) {
                    assertProvinceAgrees(world, dashboard);
                    assertApiAndExportsAgree(world.office(), dashboard);
                }
            }
        }
        // The unit's own activity is shown as added by the unit, under its own content text.
        Rollup year = rollups.rollup(world.office(), null, department, ReportPeriod.YEAR);
        assertThat(year.byContent()).anySatisfy(b -> {
            assertThat(b.unitAdded()).isTrue();
            assertThat(b.label()).contains("Nội dung riêng của đơn vị");
            assertThat(b.actual()).isPositive();
        });
        assertThat(year.byContent().stream().filter(b -> !b.unitAdded()).map(Rollup.Breakdown::label).distinct()
                .toList()).containsExactly("a) Nội dung thứ nhất", "b) Nội dung thứ hai", "c) Nội dung thứ ba");
        ParIndex score = parIndex.assess(world.office(), null, ParityProvince.YEAR);
        assertThat(score.carried().done()).isEqualTo(year.overall().done());
        assertThat(score.carried().due()).isEqualTo(year.overall().due());
        assertThat(score.carried().dropped()).isEqualTo(year.overall().dropped());
    }

    /**
     * Random small provinces (fixed seed): units with and without their own plans, linked and
     * added activities, reports accepted, late, returned, submitted or missing. The dashboard, the
     * consolidated report and the province view agree with the accepted figures in every case.
     */
    @Test
    void randomProvincesAgreeEverywhere() {
        Random random = new Random(20251001L);
        int cases = Integer.getInteger("parity.cases", 200);
        // One province for every case; each case's plans and reports are rolled back after it.
        World world = fixtures.newWorld();
        for (int c = 0; c < cases; c++) {
            long seed = random.nextLong();
            transactions.executeWithoutResult(tx -> {
                randomCase(world, new Random(seed), seed);
                tx.setRollbackOnly();
            });
        }
    }

    private void randomCase(World world, Random r, long seed) {
        ParityProvince p = new ParityProvince(planReader, planDrafting, planLifecycle, catalog, reportReader,
                reportDrafting, reportLifecycle, accounts,
                transactions);
        List<Long> units = List.of(world.unitA(), world.unitB());
        List<CurrentUser> unitUsers = List.of(world.unitUserA(), world.unitUserB());
        List<Activity> activities = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            activities.add(randomActivity(r, r.nextInt(3), units.get(r.nextInt(2))));
        }
        if (r.nextBoolean()) {
            activities.add(randomActivity(r, 0, world.agency()));
        }
        long department = p.departmentPlan(world, List.of("Nội dung một", "Nội dung hai", "Nội dung ba"), activities);
        for (int u = 0; u < 2; u++) {
            long unit = units.get(u);
            boolean leads = activities.stream().anyMatch(a -> a.lead() == unit);
            if (leads && r.nextBoolean()) {
                List<Activity> added = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    added.add(randomActivity(r, 0, unit));
                }
                p.implementingPlan(unitUsers.get(u), department, added, world.office());
            }
        }
        AtomicInteger amount = new AtomicInteger(r.nextInt(20));
        for (int u = 0; u < 2; u++) {
            long unit = units.get(u);
            for (ReportPeriod period : ReportPeriod.values()) {
                boolean due = activities.stream().anyMatch(a -> a.lead() == unit && dueBy(a, period));
                if (!due || r.nextInt(5) == 0) {
                    continue; // missing
                }
                ParityProvince.Outcome outcome = ParityProvince.Outcome.values()[r.nextInt(4)];
                var status = vn.parcomms.report.ActivityStatus.values()[r.nextInt(4)];
                p.file(unitUsers.get(u), department, period, status, outcome, () -> amount.getAndAdd(1 + r.nextInt(9)));
            }
        }
        for (ReportPeriod period : ReportPeriod.values()) {
            Rollup dashboard = assertPlanAgrees(p, department, period, "seed " + seed);
            assertProvinceAgrees(world, dashboard);
        }
    }

    private static Activity randomActivity(Random r, int content, long lead) {
        List<Integer> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            if (r.nextInt(3) == 0) {
                quarters.add(q);
            }
        }
        List<Integer> channels = new ArrayList<>(List.of(r.nextInt(3)));
        if (r.nextBoolean()) {
            channels.add((channels.get(0) + 1) % 3);
        }
        Map<Integer, Integer> targets = new HashMap<>();
        targets.put(r.nextInt(3), 1 + r.nextInt(50));
        if (r.nextBoolean()) {
            targets.put(r.nextInt(3), 1 + r.nextInt(50));
        }
        return new Activity(content, lead, quarters, channels, targets);
    }

    private static boolean dueBy(Activity a, ReportPeriod period) {
        return a.quarters().isEmpty() || a.quarters().stream().anyMatch(q -> q <= period.quarter());
    }

    /**
     * The dashboard of the plan for the period counts the accepted figures exactly once, and the
     * consolidated report drafted now shows the same tables.
     */
    private Rollup assertPlanAgrees(ParityProvince p, long plan, ReportPeriod period, String caseName) {
        CurrentUser office = p.officeOf.get(plan);
        Rollup dashboard = rollups.rollup(office, null, plan, period);
        Map<Long, Long> expected = p.expected(plan, period);
        String where = caseName + ", plan " + plan + ", " + period;
        assertThat(actuals(dashboard)).as("dashboard totals, " + where).isEqualTo(expected);
        assertThat(sum(dashboard.byContent())).as("content rows, " + where).isEqualTo(expected);
        assertThat(sum(dashboard.byUnit())).as("unit rows, " + where).isEqualTo(expected);
        assertThat(dashboard.byContent()).as("no bare letter, " + where)
                .noneMatch(b -> b.label().matches("[a-zđ]+\\)\\s*"));

        ConsolidationDetails report = consolidations.details(office, consolidations.open(office, plan, period));
        assertThat(report.byIndicator().stream()
                .collect(Collectors.toMap(ConsolidationDetails.FigureRow::indicator, ConsolidationDetails.FigureRow::total)))
                .as("consolidated totals, " + where)
                .isEqualTo(dashboard.indicators().stream().filter(i -> i.actual() > 0)
                        .collect(Collectors.toMap(Rollup.IndicatorTotal::indicator, Rollup.IndicatorTotal::actual)));
        assertThat(rows(report.byContent())).as("consolidated content rows, " + where)
                .isEqualTo(breakdown(dashboard.byContent()));
        assertThat(rows(report.byChannel())).as("consolidated channel rows, " + where)
                .isEqualTo(breakdown(dashboard.byChannel()));
        assertThat(report.units().stream().mapToLong(ConsolidationDetails.UnitResult::activitiesDone).sum())
                .as("activities done, " + where).isEqualTo(dashboard.overall().done());
        assertThat(report.units().stream().mapToLong(ConsolidationDetails.UnitResult::activities).sum())
                .as("activities due, " + where).isEqualTo(dashboard.overall().due() - dashboard.overall().dropped());
        return dashboard;
    }

    /** The province view (one agency with a plan) gives the agency dashboard's totals and channel rows. */
    private void assertProvinceAgrees(World world, Rollup dashboard) {
        ProvinceReview review = provinceReviews.review(world.reviewer(), ParityProvince.YEAR, dashboard.period());
        Map<Long, List<Long>> province = new HashMap<>();
        review.indicators().forEach(i -> province.put(i.indicatorId(), List.of(i.target(), i.actual())));
        Map<Long, List<Long>> agency = new HashMap<>();
        dashboard.indicators().forEach(i -> agency.put(i.indicatorId(), List.of(i.target(), i.actual())));
        assertThat(province).as("province totals, " + dashboard.period()).isEqualTo(agency);
        Map<String, List<Long>> channels = new HashMap<>();
        review.channels().forEach(c -> channels.put(c.channelName() + "/" + c.indicatorId(),
                List.of(c.target(), c.actual())));
        Map<String, List<Long>> agencyChannels = new HashMap<>();
        dashboard.byChannel().forEach(b -> agencyChannels.put(b.label() + "/" + b.indicatorId(),
                List.of(b.target(), b.actual())));
        assertThat(channels).as("province channels, " + dashboard.period()).isEqualTo(agencyChannels);
    }

    /** The JSON API and the dashboard's and province view's CSV give the dashboard's totals. */
    private void assertApiAndExportsAgree(CurrentUser office, Rollup dashboard) throws Exception {
        String query = "?plan=" + dashboard.planId() + "&period=" + dashboard.period();
        byte[] body = mvc.perform(get("/api/v1/rollups" + query).with(Fixtures.as(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        JsonNode api = json.readTree(body);
        Map<Long, Long> fromApi = new HashMap<>();
        api.get("indicators").forEach(i -> fromApi.put(i.get("indicatorId").asLong(), i.get("actual").asLong()));
        Map<Long, Long> all = new HashMap<>();
        dashboard.indicators().forEach(i -> all.put(i.indicatorId(), i.actual()));
        assertThat(fromApi).as("API, " + dashboard.period()).isEqualTo(all);

        List<List<String>> csv = Csv.rows(mvc.perform(get("/rollups/export.csv" + query + "&table=indicators")
                .with(Fixtures.as(office))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        List<Long> csvActuals = csv.subList(1, csv.size() - 1).stream().map(row -> Long.parseLong(row.get(3))).toList();
        assertThat(csvActuals).as("dashboard CSV, " + dashboard.period())
                .isEqualTo(dashboard.indicators().stream().map(Rollup.IndicatorTotal::actual).toList());
    }

    private static Map<Long, Long> actuals(Rollup r) {
        Map<Long, Long> result = new HashMap<>();
        r.indicators().stream().filter(i -> i.actual() > 0).forEach(i -> result.put(i.indicatorId(), i.actual()));
        return result;
    }

    private static Map<Long, Long> sum(List<Rollup.Breakdown> rows) {
        Map<Long, Long> result = new HashMap<>();
        rows.forEach(b -> result.merge(b.indicatorId(), b.actual(), Long::sum));
        result.values().removeIf(v -> v == 0);
        return result;
    }

    private static Map<String, Long> rows(List<ConsolidationDetails.FigureRow> rows) {
        Map<String, Long> result = new HashMap<>();
        rows.forEach(f -> result.merge(f.group() + "|" + f.unitAdded() + "|" + f.indicator(), f.total(), Long::sum));
        return result;
    }

    private static Map<String, Long> breakdown(List<Rollup.Breakdown> rows) {
        Map<String, Long> result = new HashMap<>();
        rows.stream().filter(b -> b.actual() > 0)
                .forEach(b -> result.merge(b.label() + "|" + b.unitAdded() + "|" + b.indicator(), b.actual(), Long::sum));
        return result;
    }
}
