package vn.parcomms.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.organization.SuccessionCommand;
import vn.parcomms.organization.SuccessionKind;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.review.ProvinceReviewService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Csv;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.ReportFiling;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

/**
 * Rollups across succession (issue 13, point 2; ADR 0023): two health centres A and B file the
 * first quarter and the six months of 2025 on the department's plan, are merged into a regional
 * centre C from 1 July 2025, and C files the nine months on the activities they led. A leads two
 * activities (Q1; Q2–Q3), B one (all year), one indicator throughout.
 */
@IntegrationTest
class RollupAcrossSuccessionTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    static final String DECISION = "2468/QĐ-UBND";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    OrganizationService organizations;
    @Autowired
    OrgSuccessionService successions;
    @Autowired
    RollupService rollups;
    @Autowired
    ProvinceReviewService provinceReviews;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    TransactionTemplate transactions;

    World world;
    IssuedPlan plan;
    String nameA;
    String nameB;
    long q1A;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        plan = planFixtures.issuedPlan(world, 2025);
        nameA = organizations.find(world.unitA()).name();
        nameB = organizations.find(world.unitB()).name();
        // Q1: A 4 on its Q1 activity, B 6 on its all-year one; H1: A 3 on each of its two, B 5.
        q1A = accepted(world.unitUserA(), ReportPeriod.Q1, 4, LocalDateTime.of(2025, 4, 3, 9, 0));
        accepted(world.unitUserB(), ReportPeriod.Q1, 6, LocalDateTime.of(2025, 4, 4, 9, 0));
        accepted(world.unitUserA(), ReportPeriod.H1, 3, LocalDateTime.of(2025, 6, 16, 9, 0));
        accepted(world.unitUserB(), ReportPeriod.H1, 5, LocalDateTime.of(2025, 6, 16, 10, 0));
    }

    @Test
    void theSuccessorsNineMonthsAddToBothPredecessorsSixMonthsAndTheNoteNamesThem() throws Exception {
        long regional = newUnit("Trung tâm Y tế khu vực Long Điền");
        merge(regional);
        CurrentUser centre = movedTo(world.unitUserA(), regional);

        // C reports on the activities A and B led in the issued plan: 2 on each of the three due by 9 months.
        long m9 = accepted(centre, ReportPeriod.M9, 2, LocalDateTime.of(2025, 9, 16, 9, 0));
        ReportDetails report = reportReader.details(centre, m9);
        assertThat(report.entries()).extracting(ReportDetails.EntryView::activityKey)
                .containsExactlyInAnyOrder(plan.unitAFirstQuarter(), plan.unitASecondAndThird(), plan.unitBAllYear());
        // its cumulative figures add the predecessors' earlier increments: A 4 + 3 + 2, A 3 + 2, B 6 + 5 + 2
        assertThat(cumulative(report, plan.unitAFirstQuarter())).isEqualTo(9);
        assertThat(cumulative(report, plan.unitASecondAndThird())).isEqualTo(5);
        assertThat(cumulative(report, plan.unitBAllYear())).isEqualTo(13);

        // the department's dashboard, period by period: before the date the predecessors', after it C's on top
        Rollup office = rollups.rollup(world.office(), null, plan.id(), ReportPeriod.M9);
        assertThat(actual(office)).isEqualTo(4 + 6 + 3 + 3 + 5 + 2 + 2 + 2);
        assertThat(office.byPeriod()).extracting(Rollup.PeriodTotal::period, Rollup.PeriodTotal::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReportPeriod.Q1, 10L),
                        org.assertj.core.groups.Tuple.tuple(ReportPeriod.H1, 21L),
                        org.assertj.core.groups.Tuple.tuple(ReportPeriod.M9, 27L),
                        org.assertj.core.groups.Tuple.tuple(ReportPeriod.YEAR, 27L));
        // one row for C carrying A's and B's figures, not three rows
        assertThat(office.byUnit()).extracting(Rollup.Breakdown::key, Rollup.Breakdown::actual)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(regional, 27L));
        // C's row in the follow-up matrix shows the predecessors' reports before the date and its own after
        Rollup.TimelinessRow row = office.timeliness().stream().filter(t -> t.unitId() == regional).findFirst()
                .orElseThrow();
        assertThat(row.cell(ReportPeriod.Q1).reportId()).isNotNull().isNotEqualTo(m9);
        assertThat(row.cell(ReportPeriod.M9).reportId()).isEqualTo(m9);
        assertThat(office.timeliness()).extracting(Rollup.TimelinessRow::unitId).doesNotContain(world.unitA(),
                world.unitB());
        assertThat(office.included()).extracting(LineageLink::predecessorId, LineageLink::until)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(world.unitA(), JULY_1.minusDays(1)),
                        org.assertj.core.groups.Tuple.tuple(world.unitB(), JULY_1.minusDays(1)));

        // the centre's own dashboard: A's and B's six months and its own third quarter
        Rollup own = rollups.rollup(centre, null, plan.id(), ReportPeriod.M9);
        assertThat(actual(own)).isEqualTo(27);
        Rollup ownH1 = rollups.rollup(centre, null, plan.id(), ReportPeriod.H1);
        assertThat(actual(ownH1)).isEqualTo(21);
        assertThat(own.included()).extracting(LineageLink::predecessorName).containsExactlyInAnyOrder(nameA, nameB);

        // the page says so, with the names they had and the last day
        String page = text(mvc.perform(get("/rollups").param("plan", String.valueOf(plan.id()))
                .param("period", "M9").with(as(world.office()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        String centreName = organizations.find(regional).name();
        assertThat(page).contains(centreName + " gồm số liệu của ")
                .contains(nameA + " đến 30/06/2025").contains(nameB + " đến 30/06/2025");
        String ownPage = text(mvc.perform(get("/rollups").param("plan", String.valueOf(plan.id()))
                .param("period", "M9").with(as(centre))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(ownPage).contains(nameA + " đến 30/06/2025");
        // and so do the exports: the CSV of the lineage and a sheet of the workbook
        List<List<String>> csv = Csv.rows(mvc.perform(get("/rollups/export.csv").param("plan", String.valueOf(plan.id()))
                .param("period", "M9").param("table", "lineage").with(as(world.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(csv).anySatisfy(r -> assertThat(r).contains(centreName, nameA, "30/06/2025"));
        assertThat(csv).anySatisfy(r -> assertThat(r).contains(centreName, nameB, "30/06/2025"));
        List<List<String>> units = Csv.rows(mvc.perform(get("/rollups/export.csv").param("plan", String.valueOf(plan.id()))
                .param("period", "M9").param("table", "units").with(as(world.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(units).anySatisfy(r -> assertThat(r).contains(centreName, "27"));
        byte[] xlsx = mvc.perform(get("/rollups/export.xlsx").param("plan", String.valueOf(plan.id()))
                .param("period", "M9").with(as(world.office()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(book.getNumberOfSheets() - 1);
            StringBuilder all = new StringBuilder();
            sheet.forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all.toString()).contains(nameA, nameB, "30/06/2025");
        }

        // the predecessors' reports and their documents keep the names they were sent with
        assertThat(reportReader.details(world.office(), q1A).unitName()).isEqualTo(nameA);
        assertThat(docx(q1A)).containsIgnoringCase(nameA).doesNotContainIgnoringCase(centreName);
    }

    @Test
    void theMergeChangesNoTotalAboveThePredecessors() {
        Rollup before = rollups.rollup(world.office(), null, plan.id(), ReportPeriod.H1);
        long provinceBefore = provinceActual(ReportPeriod.H1);
        assertThat(actual(before)).isEqualTo(21);
        assertThat(provinceBefore).isEqualTo(21);

        long regional = newUnit("Trung tâm Y tế khu vực Đất Đỏ");
        merge(regional);

        Rollup after = rollups.rollup(world.office(), null, plan.id(), ReportPeriod.H1);
        assertThat(actual(after)).isEqualTo(actual(before));
        assertThat(after.indicators()).extracting(Rollup.IndicatorTotal::target)
                .isEqualTo(before.indicators().stream().map(Rollup.IndicatorTotal::target).toList());
        assertThat(after.byUnit().stream().mapToLong(Rollup.Breakdown::actual).sum()).isEqualTo(21);
        assertThat(provinceActual(ReportPeriod.H1)).isEqualTo(provinceBefore);
        // the completion share is the same work, now counted under the centre
        assertThat(after.overall().due()).isEqualTo(before.overall().due());
    }

    @Test
    void aSplitGivesTheHistoryToTheMainSuccessorOnly() {
        long main = newUnit("Trung tâm Y tế khu vực Bắc");
        long other = newUnit("Trung tâm Y tế khu vực Nam");
        successions.apply(world.admin(), world.unitA(), organizations.find(world.unitA()).version(),
                new SuccessionCommand(SuccessionKind.SPLIT, JULY_1, DECISION, null, null, main, List.of(other)));

        Rollup office = rollups.rollup(world.office(), null, plan.id(), ReportPeriod.H1);
        assertThat(actual(office)).isEqualTo(21);
        // A's 4 + 3 + 3 under the main successor, B's 6 + 5 as before, nothing under the other
        assertThat(office.byUnit()).extracting(Rollup.Breakdown::key, Rollup.Breakdown::actual)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(main, 10L),
                        org.assertj.core.groups.Tuple.tuple(world.unitB(), 11L));
        assertThat(office.included()).extracting(LineageLink::successorId).containsExactly(main);

        CurrentUser mainUser = movedTo(world.unitUserA(), main);
        assertThat(actual(rollups.rollup(mainUser, null, plan.id(), ReportPeriod.H1))).isEqualTo(10);
        assertThat(successions.lineage(other)).isEmpty();
        assertThat(successions.lineage(main)).extracting(LineageLink::predecessorName).containsExactly(nameA);
    }

    @Test
    void aReportOfAPredecessorAfterItsLastDayIsNotTheSuccessors() {
        // A's third-quarter report was filed before the merger was recorded, for a period ending after A's last day
        long m9A = accepted(world.unitUserA(), ReportPeriod.M9, 7, LocalDateTime.of(2025, 9, 10, 9, 0));
        long regional = newUnit("Trung tâm Y tế khu vực Xuyên Mộc");
        merge(regional);
        CurrentUser centre = movedTo(world.unitUserB(), regional);
        // C's own dashboard takes A's and B's six months, not A's nine months
        assertThat(actual(rollups.rollup(centre, null, plan.id(), ReportPeriod.M9))).isEqualTo(21);
        assertThat(reportReader.details(world.office(), m9A).unitNodeId()).isEqualTo(world.unitA());
    }

    // --- helpers --------------------------------------------------------------------------------

    private void merge(long regional) {
        successions.apply(world.admin(), world.unitA(), organizations.find(world.unitA()).version(),
                new SuccessionCommand(SuccessionKind.MERGE, JULY_1, DECISION, null, null, regional,
                        List.of(world.unitB())));
    }

    private long provinceActual(ReportPeriod period) {
        return provinceReviews.review(world.reviewer(), 2025, period).indicators().stream()
                .mapToLong(vn.parcomms.review.ProvinceReview.IndicatorTotal::actual).sum();
    }

    private static long actual(Rollup rollup) {
        return rollup.indicators().stream().mapToLong(Rollup.IndicatorTotal::actual).sum();
    }

    private static long cumulative(ReportDetails report, UUID key) {
        return report.entries().stream().filter(e -> e.activityKey().equals(key)).findFirst().orElseThrow()
                .figures().get(0).cumulative();
    }

    private long newUnit(String name) {
        return organizations.create(world.admin(), new OrgNodeCommand("N" + System.nanoTime() % 1_000_000_000L,
                name + " " + System.nanoTime() % 10_000, null, OrgKind.UNIT, world.agency()));
    }

    private static CurrentUser movedTo(CurrentUser user, long node) {
        return new CurrentUser(user.id(), user.username(), user.fullName(), Role.UNIT, node);
    }

    /** The unit files the period with {@code figure} for every indicator of every entry, sent at {@code at}, and the office accepts it. */
    private long accepted(CurrentUser unit, ReportPeriod period, int figure, LocalDateTime at) {
        return new ReportFiling(reportDrafting, reportReader, reportLifecycle, transactions)
                .accepted(unit, plan.id(), period, figure, at, world.office());
    }

    private String docx(long reportId) throws Exception {
        byte[] body = mvc.perform(get("/reports/{id}/export.docx", reportId).with(as(world.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String text(String html) {
        return org.jsoup.Jsoup.parse(html).text();
    }
}
