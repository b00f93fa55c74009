package vn.parcomms.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.parcomms.report.FollowUpStatus.ACCEPTED;
import static vn.parcomms.report.FollowUpStatus.LATE;
import static vn.parcomms.report.FollowUpStatus.OVERDUE;
import static vn.parcomms.report.FollowUpStatus.RETURNED;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.ChannelView;
import vn.parcomms.catalog.CatalogEntryCommand;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.FollowUp;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/**
 * The rollup of a small, hand-checked 2025 plan of the agency:
 * <pre>
 * activity  lead      content  channels  quarters  targets (indicator 0 / 1)
 * A1        unitA     C1       ch0       Q1        10 / –
 * A2        unitA     C2       ch0, ch1  Q2         6 / 3
 * A3        unitB     C1       ch1       Q1–Q4      – / 4
 * A4        subUnitA  C2       ch0       Q1         5 / –     (no report ever: overdue)
 *
 * unitA  Q1: A1 done, 4            on time, accepted
 *        H1: A1 done, 3; A2 dropped, 0/0   late, accepted
 *        M9: A1 done, 100; A2 dropped       late, not accepted (LATE)
 * unitB  Q1: A3 in progress, 2     on time, accepted
 *        H1: A3 done, 5            on time, returned (its figures do not count)
 * </pre>
 */
@IntegrationTest
class RollupServiceTest {

    @Autowired
    RollupService rollups;
    @Autowired
    ReportListing reportListing;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanLifecycle planLifecycle;
    @Autowired
    CatalogService catalog;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.parcomms.organization.OrganizationService organizations;

    World world;
    RollupDataSet data;
    RollupDataSet.Plan plan;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        data = new RollupDataSet(planReader, planDrafting, planLifecycle, catalog, reportReader, reportDrafting,
                reportLifecycle, transactions);
        plan = data.handChecked(world).plan();
    }

    Rollup officeAt(ReportPeriod period) {
        return rollups.rollup(world.office(), null, plan.id(), period);
    }

    @Test
    void timelinessShowsAcceptedLateReturnedAndOverdueReportsPerUnitAndPeriod() {
        Rollup r = officeAt(ReportPeriod.H1);

        assertThat(r.timeliness()).extracting(Rollup.TimelinessRow::unitId)
                .containsExactlyInAnyOrder(world.unitA(), world.unitB(), world.subUnitA());
        Rollup.TimelinessRow a = row(r, world.unitA());
        assertThat(a.cell(ReportPeriod.Q1).status()).isEqualTo(ACCEPTED);
        assertThat(a.cell(ReportPeriod.Q1).late()).isFalse();
        assertThat(a.cell(ReportPeriod.H1).status()).isEqualTo(ACCEPTED);
        assertThat(a.cell(ReportPeriod.H1).late()).isTrue();
        assertThat(a.cell(ReportPeriod.M9).status()).isEqualTo(LATE);
        assertThat(a.cell(ReportPeriod.YEAR).status()).isEqualTo(OVERDUE);
        Rollup.TimelinessRow b = row(r, world.unitB());
        assertThat(b.cell(ReportPeriod.Q1).status()).isEqualTo(ACCEPTED);
        assertThat(b.cell(ReportPeriod.H1).status()).isEqualTo(RETURNED);
        assertThat(b.cell(ReportPeriod.H1).reportId()).isNotNull();
        Rollup.TimelinessRow sub = row(r, world.subUnitA());
        assertThat(sub.cell(ReportPeriod.Q1).status()).isEqualTo(OVERDUE);
        assertThat(sub.cell(ReportPeriod.Q1).reportId()).isNull();
        assertThat(r.counts(ReportPeriod.H1)).containsEntry(ACCEPTED, 1L).containsEntry(RETURNED, 1L)
                .containsEntry(OVERDUE, 1L).containsEntry(LATE, 0L);
    }

    @Test
    void timelinessAgreesWithTheReportModulesFollowUpInEveryPeriod() {
        Rollup r = officeAt(ReportPeriod.YEAR);
        for (ReportPeriod p : ReportPeriod.values()) {
            FollowUp followUp = reportListing.followUp(world.office(), plan.id(), p, null, null);
            assertThat(followUp.rows()).isNotEmpty();
            for (FollowUp.Row f : followUp.rows()) {
                Rollup.Cell cell = row(r, f.unitNodeId()).cell(p);
                assertThat(cell.status()).as(f.unitName() + " " + p).isEqualTo(f.status());
                assertThat(cell.reportId()).isEqualTo(f.reportId());
                assertThat(cell.late()).isEqualTo(f.late());
            }
        }
    }

    @Test
    void indicatorTotalsCountOnlyAcceptedReportsCumulativelyAgainstTargetsDueByThePeriod() {
        Rollup h1 = officeAt(ReportPeriod.H1);
        // Indicator 0: targets A1 10 + A2 6 + A4 5; actual 4 (Q1) + 3 (H1); the late M9 100 is not accepted.
        assertThat(total(h1, 0)).containsExactly(21L, 7L);
        // Indicator 1: targets A2 3 + A3 4; actual unitB Q1 2 (its returned H1 5 does not count).
        assertThat(total(h1, 1)).containsExactly(7L, 2L);
        assertThat(h1.indicators().get(0).percent()).isEqualTo(33.3);

        Rollup q1 = officeAt(ReportPeriod.Q1);
        assertThat(total(q1, 0)).containsExactly(15L, 4L);
        assertThat(total(q1, 1)).containsExactly(4L, 2L);
    }

    @Test
    void totalsBreakDownByContentItemChannelUnitAndPeriod() {
        Rollup r = officeAt(ReportPeriod.H1);
        long i0 = plan.indicators().get(0);
        long i1 = plan.indicators().get(1);

        assertThat(breakdown(r.byContent(), "Tuyên truyền cải cách", i0)).containsExactly(10L, 7L);
        assertThat(breakdown(r.byContent(), "Tuyên truyền cải cách", i1)).containsExactly(4L, 2L);
        assertThat(breakdown(r.byContent(), "chuyển đổi số", i0)).containsExactly(11L, 0L);
        assertThat(breakdown(r.byContent(), "chuyển đổi số", i1)).containsExactly(3L, 0L);

        String ch0 = channelName(r, 0);
        String ch1 = channelName(r, 1);
        assertThat(breakdown(r.byChannel(), ch0, i0)).containsExactly(21L, 7L);
        assertThat(breakdown(r.byChannel(), ch0, i1)).containsExactly(3L, 0L);
        assertThat(breakdown(r.byChannel(), ch1, i0)).containsExactly(6L, 0L);
        assertThat(breakdown(r.byChannel(), ch1, i1)).containsExactly(7L, 2L);

        assertThat(unit(r, world.unitA(), i0)).containsExactly(16L, 7L);
        assertThat(unit(r, world.unitA(), i1)).containsExactly(3L, 0L);
        assertThat(unit(r, world.unitB(), i1)).containsExactly(4L, 2L);
        assertThat(unit(r, world.subUnitA(), i0)).containsExactly(5L, 0L);

        assertThat(period(r, ReportPeriod.Q1, i0)).containsExactly(15L, 4L);
        assertThat(period(r, ReportPeriod.H1, i0)).containsExactly(21L, 7L);
        assertThat(period(r, ReportPeriod.M9, i0)).containsExactly(21L, 7L);
        assertThat(period(r, ReportPeriod.YEAR, i1)).containsExactly(7L, 2L);
    }

    @Test
    void completionCountsDoneActivitiesAndLeavesDroppedOnesOutOfTheShare() {
        Rollup h1 = officeAt(ReportPeriod.H1);
        // unitA: A1 done, A2 dropped → 1 / (2 − 1) = 100 %; unitB: A3 only in progress in its
        // accepted Q1 (the returned H1 says done) → 0 %; subUnitA: nothing → 0 %.
        assertThat(completion(h1, world.unitA())).containsExactly(2, 1, 1);
        assertThat(row(h1.completion(), world.unitA()).percent()).isEqualTo(100.0);
        assertThat(completion(h1, world.unitB())).containsExactly(1, 0, 0);
        assertThat(completion(h1, world.subUnitA())).containsExactly(1, 0, 0);
        assertThat(List.of(h1.overall().due(), h1.overall().dropped(), h1.overall().done())).containsExactly(4, 1, 1);
        assertThat(h1.overall().percent()).isEqualTo(33.3);

        Rollup q1 = officeAt(ReportPeriod.Q1);
        assertThat(completion(q1, world.unitA())).containsExactly(1, 0, 1);
        assertThat(q1.overall().percent()).isEqualTo(33.3);
    }

    @Test
    void aUnitSeesOnlyItsOwnFigures() {
        Rollup r = rollups.rollup(world.unitUserA(), null, plan.id(), ReportPeriod.H1);

        assertThat(r.ownUnitOnly()).isTrue();
        assertThat(r.timeliness()).extracting(Rollup.TimelinessRow::unitId).containsExactly(world.unitA());
        assertThat(r.timeliness().get(0).cell(ReportPeriod.H1).status()).isEqualTo(ACCEPTED);
        assertThat(total(r, 0)).containsExactly(16L, 7L);
        assertThat(total(r, 1)).containsExactly(3L, 0L);
        assertThat(r.completion()).extracting(Rollup.CompletionRow::unitId).containsExactly(world.unitA());
        assertThat(r.byUnit()).extracting(Rollup.Breakdown::key).containsOnly(world.unitA());
    }

    @Test
    void theReviewerOpensAnyAgencyOfTheProvinceAndTheLeaderSeesWhatTheOfficeSees() {
        Rollup reviewer = rollups.rollup(world.reviewer(), world.agency(), plan.id(), ReportPeriod.H1);
        Rollup leader = rollups.rollup(world.leader(), null, plan.id(), ReportPeriod.H1);

        assertThat(total(reviewer, 0)).containsExactly(21L, 7L);
        assertThat(total(leader, 1)).containsExactly(7L, 2L);
        assertThat(rollups.nodeChoices(world.reviewer())).extracting(RollupNode::id).contains(world.agency());
    }

    @Test
    void anAdminAnotherProvinceAndAnotherUnitsPlanAreRefused() {
        World other = fixtures.newWorld();
        assertThatThrownBy(() -> rollups.rollup(world.admin(), null, plan.id(), ReportPeriod.H1))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rollups.rollup(other.office(), null, plan.id(), ReportPeriod.H1))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rollups.rollup(other.reviewer(), world.agency(), plan.id(), ReportPeriod.H1))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rollups.rollup(other.unitUserA(), null, plan.id(), ReportPeriod.H1))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aUnitReportingOnItsOwnImplementingPlanCountsUnderTheDepartmentsActivity() {
        World w = fixtures.newWorld();
        RollupDataSet.Plan dept = data.plan(w, List.of("Tuyên truyền CCHC"), List.of(new RollupDataSet.Activity(0,
                "Đăng tin về CCHC", w.unitA(), List.of(1), List.of(0), Map.of(0, 10))));
        CurrentUser unit = w.unitUserA();
        long own = planDrafting.startImplementingPlan(unit, dept.id());
        PlanDetails draft = planReader.details(unit, own);
        PlanHeader h = draft.header();
        planDrafting.updateHeader(unit, own, draft.version(), new PlanHeader(h.year(), h.parentPlanId(), "05",
                "KH-TTYT",
                h.place(), LocalDate.of(RollupDataSet.YEAR, 2, 20), h.title(), h.parentBody(), h.issuingBody(), null,
                null, null, null, h.archiveLine(), h.signerAuthority(), "Lê Văn Đơn"));
        draft = planReader.details(unit, own);
        planDrafting.saveActivity(unit, own, draft.version(), null, new ActivityCommand(
                draft.items(ItemKind.CONTENT).get(0).key(), "Tuyên truyền tại Khoa Khám bệnh", w.subUnitA(),
                List.of(), null, null, List.of(1), null, List.of(), Map.of()));
        planLifecycle.submit(unit, own, planReader.details(unit, own).version());
        planLifecycle.issue(fixtures.leaderAt(unit.orgNodeId()), own, planReader.details(unit, own).version());
        Map<UUID, RollupDataSet.Entry> entries = new HashMap<>();
        for (ActivityView a : planReader.details(unit, own).activities()) {
            entries.put(a.key(), a.parentKey() != null
                    ? new RollupDataSet.Entry(ActivityStatus.DONE, Map.of(0, 6))
                    : new RollupDataSet.Entry(ActivityStatus.DONE, Map.of()));
        }
        assertThat(entries.keySet()).doesNotContain(dept.keys().get(0));
        data.accept(w, data.file(unit, dept, ReportPeriod.Q1, entries, LocalDateTime.of(2025, 3, 15, 9, 0)));

        Rollup r = rollups.rollup(w.office(), null, dept.id(), ReportPeriod.Q1);
        assertThat(r.indicators()).singleElement().satisfies(i -> {
            assertThat(i.target()).isEqualTo(10);
            assertThat(i.actual()).isEqualTo(6);
        });
        assertThat(completion(r, w.unitA())).containsExactly(1, 0, 1);
    }

    @Test
    void aUnitsPlanIssuedAndAChannelRenamedAfterTheDashboardWasReadCountAtOnce() {
        World w = fixtures.newWorld();
        RollupDataSet.Plan dept = data.plan(w, List.of("Tuyên truyền CCHC"), List.of(new RollupDataSet.Activity(0,
                "Đăng tin về CCHC", w.unitA(), List.of(1), List.of(0), Map.of(0, 10))));
        // Read once: the plan's counting keys are now kept (PlanFacts), with no unit plan under it.
        assertThat(rollups.rollup(w.office(), null, dept.id(), ReportPeriod.Q1).byContent())
                .noneMatch(Rollup.Breakdown::unitAdded);

        long leaflets = catalog.createChannel(w.admin(), new CatalogEntryCommand("TR-" + w.province(), "Tờ rơi, tờ gấp",
                null, null, 90));
        CurrentUser unit = w.unitUserA();
        long own = planDrafting.startImplementingPlan(unit, dept.id());
        PlanDetails draft = planReader.details(unit, own);
        PlanHeader h = draft.header();
        planDrafting.updateHeader(unit, own, draft.version(), new PlanHeader(h.year(), h.parentPlanId(), "06", "KH-TTYT",
                h.place(), LocalDate.of(RollupDataSet.YEAR, 2, 20), h.title(), h.parentBody(), h.issuingBody(), null,
                null, null, null, h.archiveLine(), h.signerAuthority(), "Lê Văn Đơn"));
        planDrafting.addItem(unit, own, planReader.details(unit, own).version(), ItemKind.CONTENT, null, "Nội dung riêng của trung tâm");
        draft = planReader.details(unit, own);
        planDrafting.saveActivity(unit, own, draft.version(), null, new ActivityCommand(
                draft.items(ItemKind.CONTENT).get(draft.items(ItemKind.CONTENT).size() - 1).key(),
                "Phát tờ rơi tại trạm", w.unitA(), List.of(), null, null, List.of(1), null,
                List.of(leaflets), Map.of(dept.indicators().get(0), 3)));
        planLifecycle.submit(unit, own, planReader.details(unit, own).version());
        planLifecycle.issue(fixtures.leaderAt(unit.orgNodeId()), own, planReader.details(unit, own).version());
        Map<UUID, RollupDataSet.Entry> entries = new HashMap<>();
        for (ActivityView a : planReader.details(unit, own).activities()) {
            entries.put(a.key(), new RollupDataSet.Entry(ActivityStatus.DONE,
                    a.parentKey() == null ? Map.of(0, 7) : Map.of(0, 2)));
        }
        data.accept(w, data.file(unit, dept, ReportPeriod.Q1, entries, LocalDateTime.of(2025, 3, 15, 9, 0)));

        Rollup r = rollups.rollup(w.office(), null, dept.id(), ReportPeriod.Q1);
        assertThat(r.indicators()).singleElement().satisfies(i -> assertThat(i.actual()).isEqualTo(9));
        assertThat(r.byContent()).filteredOn(Rollup.Breakdown::unitAdded).singleElement()
                .satisfies(b -> assertThat(b.actual()).isEqualTo(7));

        ChannelView channel = catalog.channel(w.admin(), leaflets);
        catalog.updateChannel(w.admin(), channel.id(), channel.version(), new CatalogEntryCommand(channel.code(),
                "Tờ rơi, tờ gấp (đổi tên)", channel.nameEn(), null, channel.position()));
        assertThat(rollups.rollup(w.office(), null, dept.id(), ReportPeriod.Q1).byChannel())
                .anyMatch(b -> b.label().equals("Tờ rơi, tờ gấp (đổi tên)") && b.actual() == 7);
    }

    @Test
    void theDashboardCountsAReportAcceptedAndAUnitRenamedAfterItWasRead() {
        World w = fixtures.newWorld();
        RollupDataSet.Plan dept = data.plan(w, List.of("Tuyên truyền CCHC"), List.of(
                new RollupDataSet.Activity(0, "Đăng tin về CCHC", w.unitA(), List.of(1), List.of(0), Map.of(0, 10)),
                new RollupDataSet.Activity(0, "Treo pano", w.unitB(), List.of(1), List.of(0), Map.of(0, 6))));
        data.accept(w, data.file(w.unitUserA(), dept, ReportPeriod.Q1,
                Map.of(dept.keys().get(0), new RollupDataSet.Entry(ActivityStatus.DONE, Map.of(0, 4))),
                LocalDateTime.of(2025, 3, 15, 9, 0)));
        Rollup first = rollups.rollup(w.office(), null, dept.id(), ReportPeriod.Q1);
        assertThat(first.indicators()).singleElement().satisfies(i -> assertThat(i.actual()).isEqualTo(4));
        assertThat(first.overall().done()).isEqualTo(1);
        // Read again unchanged: the same figures.
        assertThat(rollups.rollup(w.office(), null, dept.id(), ReportPeriod.Q1).byUnit()).isEqualTo(first.byUnit());

        // The figures were kept as computed; a report accepted since counts at once, in every table.
        data.accept(w, data.file(w.unitUserB(), dept, ReportPeriod.Q1,
                Map.of(dept.keys().get(1), new RollupDataSet.Entry(ActivityStatus.DONE, Map.of(0, 5))),
                LocalDateTime.of(2025, 3, 20, 9, 0)));
        Rollup second = rollups.rollup(w.office(), null, dept.id(), ReportPeriod.Q1);
        assertThat(second.indicators()).singleElement().satisfies(i -> assertThat(i.actual()).isEqualTo(9));
        assertThat(second.overall().done()).isEqualTo(2);
        assertThat(second.byUnit()).extracting(Rollup.Breakdown::key, Rollup.Breakdown::actual)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(w.unitA(), 4L),
                        org.assertj.core.groups.Tuple.tuple(w.unitB(), 5L));

        // A unit renamed since: its new name in the unit table at once.
        var unitB = organizations.find(w.unitB());
        organizations.update(w.admin(), unitB.id(), unitB.version(), new vn.parcomms.organization.OrgNodeCommand(
                unitB.code(), "Trung tâm Y tế khu vực Long Điền", unitB.shortName(), unitB.kind(), unitB.parentId()));
        assertThat(rollups.rollup(w.office(), null, dept.id(), ReportPeriod.Q1).byUnit())
                .anyMatch(b -> b.key() == w.unitB() && b.label().equals("Trung tâm Y tế khu vực Long Điền"));
    }

    @Test
    void theProvincesTotalsCountAReportAcceptedAfterTheyWereRead() {
        World w = fixtures.newWorld();
        RollupDataSet.Plan dept = data.plan(w, List.of("Tuyên truyền CCHC"), List.of(new RollupDataSet.Activity(0,
                "Đăng tin về CCHC", w.unitA(), List.of(1), List.of(0), Map.of(0, 10))));
        var plan = planReader.planActivities(w.office(), dept.id());
        Map<Long, UUID> lineage = Map.of(dept.id(), plan.lineageId());
        Map<Long, Long> issuer = Map.of(dept.id(), plan.issuingNodeId());
        FigureTotals before = rollups.totals(lineage, issuer, RollupDataSet.YEAR, ReportPeriod.Q1);
        assertThat(before.indicators()).singleElement().satisfies(l -> {
            assertThat(l.target()).isEqualTo(10);
            assertThat(l.actual()).isZero();
        });
        // Kept as computed; a report accepted since must count at once.
        data.accept(w, data.file(w.unitUserA(), dept, ReportPeriod.Q1,
                Map.of(dept.keys().get(0), new RollupDataSet.Entry(ActivityStatus.DONE, Map.of(0, 4))),
                LocalDateTime.of(2025, 3, 15, 9, 0)));
        assertThat(rollups.totals(lineage, issuer, RollupDataSet.YEAR, ReportPeriod.Q1).indicators()).singleElement()
                .satisfies(l -> assertThat(l.actual()).isEqualTo(4));
    }

    @Test
    void aDepartmentActivityCarryingOutAProvinceActivityStillCountsItsUnitsFigures() {
        World w = fixtures.newWorld();
        RollupDataSet.Plan dept = data.plan(w, List.of("Tuyên truyền CCHC"), List.of(new RollupDataSet.Activity(0,
                "Đăng tin về CCHC", w.unitA(), List.of(1), List.of(0), Map.of(0, 10))));
        // As when the department started its plan from the province's: its activity points up.
        jdbc.sql("update plan_activity set parent_activity_key = :key where plan_id = :plan")
                .param("key", UUID.randomUUID()).param("plan", dept.id()).update();
        data.accept(w, data.file(w.unitUserA(), dept, ReportPeriod.Q1,
                Map.of(dept.keys().get(0), new RollupDataSet.Entry(ActivityStatus.DONE, Map.of(0, 4))),
                LocalDateTime.of(2025, 3, 15, 9, 0)));

        Rollup r = rollups.rollup(w.office(), null, dept.id(), ReportPeriod.Q1);
        assertThat(r.indicators()).singleElement().satisfies(i -> assertThat(i.actual()).isEqualTo(4));
        assertThat(completion(r, w.unitA())).containsExactly(1, 0, 1);
    }

    // ---------------------------------------------------------------- helpers

    static Rollup.TimelinessRow row(Rollup r, long unitId) {
        return r.timeliness().stream().filter(t -> t.unitId() == unitId).findFirst().orElseThrow();
    }

    static Rollup.CompletionRow row(List<Rollup.CompletionRow> rows, long unitId) {
        return rows.stream().filter(c -> c.unitId() == unitId).findFirst().orElseThrow();
    }

    List<Long> total(Rollup r, int indicator) {
        Rollup.IndicatorTotal t = r.indicators().stream()
                .filter(i -> i.indicatorId() == plan.indicators().get(indicator)).findFirst().orElseThrow();
        return List.of(t.target(), t.actual());
    }

    static List<Long> breakdown(List<Rollup.Breakdown> list, String labelPart, long indicatorId) {
        Rollup.Breakdown b = list.stream().filter(x -> x.label().contains(labelPart) && x.indicatorId() == indicatorId)
                .findFirst().orElseThrow();
        return List.of(b.target(), b.actual());
    }

    static List<Long> unit(Rollup r, long unitId, long indicatorId) {
        Rollup.Breakdown b = r.byUnit().stream().filter(x -> x.key() == unitId && x.indicatorId() == indicatorId)
                .findFirst().orElseThrow();
        return List.of(b.target(), b.actual());
    }

    static List<Long> period(Rollup r, ReportPeriod p, long indicatorId) {
        Rollup.PeriodTotal t = r.byPeriod().stream().filter(x -> x.period() == p && x.indicatorId() == indicatorId)
                .findFirst().orElseThrow();
        return List.of(t.target(), t.actual());
    }

    String channelName(Rollup r, int index) {
        long id = plan.channels().get(index);
        return catalog.channels(world.office()).stream().filter(c -> c.id() == id).findFirst().orElseThrow().name();
    }

    static List<Integer> completion(Rollup r, long unitId) {
        Rollup.CompletionRow c = row(r.completion(), unitId);
        return List.of(c.due(), c.dropped(), c.done());
    }

}
