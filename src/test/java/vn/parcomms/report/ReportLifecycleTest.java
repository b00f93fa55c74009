package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.todo.ToDoItem;
import vn.parcomms.todo.ToDoKind;
import vn.parcomms.todo.ToDoService;

/**
 * The report lifecycle through the report services on the real database. Plans of 2099 have
 * every deadline ahead (on time); plans of 2025 have every deadline behind (late, overdue).
 */
@IntegrationTest
class ReportLifecycleTest {

    static final int FUTURE = 2099;
    static final int PAST = 2025;

    @Autowired
    ReportListing reportListing;
    @Autowired
    ToDoService toDos;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    ReportDeadlines reportDeadlines;

    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanLifecycle planLifecycle;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    World world;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    /** Fills every entry with a status, evidence and the same figure for each indicator. */
    static ReportCommand filled(ReportDetails report, ActivityStatus status, String evidence, Integer figure) {
        List<ReportCommand.Entry> entries = new ArrayList<>();
        for (ReportDetails.EntryView e : report.entries()) {
            Map<Long, Integer> figures = new HashMap<>();
            e.figures().forEach(f -> figures.put(f.indicatorId(), figure));
            entries.add(new ReportCommand.Entry(e.activityKey(), status, null, evidence, null, figures));
        }
        return new ReportCommand("Đã đăng 5 tin bài.", null, null, null, null, entries, List.of(), List.of());
    }

    long submittedQ1(World w, IssuedPlan plan, int figure) {
        long id = reportDrafting.open(w.unitUserA(), plan.id(), ReportPeriod.Q1);
        ReportDetails report = reportReader.details(w.unitUserA(), id);
        long version = reportDrafting.save(w.unitUserA(), id, report.version(),
                filled(report, ActivityStatus.DONE, "Công văn 12/TTYT", figure));
        reportLifecycle.submit(w.unitUserA(), id, version);
        return id;
    }

    @Test
    void theUnitFilesAReportAndTheOfficeAcceptsIt() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = submittedQ1(world, plan, 5);

        ReportDetails submitted = reportReader.details(world.office(), id);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.followUp()).isEqualTo(FollowUpStatus.SUBMITTED);
        assertThat(submitted.can().accept()).isTrue();

        assertThat(reportLifecycle.accept(world.office(), id, submitted.version())).isTrue();
        ReportDetails accepted = reportReader.details(world.unitUserA(), id);
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.can().edit()).isFalse();
        assertThat(accepted.entries().get(0).figures().get(0).amount()).isEqualTo(5);
        assertThat(accepted.history()).extracting(ReportDetails.EventView::action)
                .containsExactly("CREATED", "SUBMITTED", "ACCEPTED");
        assertThat(accepted.history().get(2).actorName()).isEqualTo(world.office().fullName());
    }

    @Test
    void someoneWhoMayNotChangeAReportIsForbiddenEvenWithAStaleVersion() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        long stale = reportReader.details(world.unitUserA(), id).version() + 1;
        ReportCommand nothing = new ReportCommand(null, null, null, null, null, List.of(), List.of(), List.of());
        // The office reads the unit's report but does not file it: a 409 would tell it the report changed.
        assertThatThrownBy(() -> reportDrafting.save(world.office(), id, stale, nothing))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reportLifecycle.submit(world.office(), id, stale))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reportLifecycle.accept(world.unitUserA(), id, stale))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reportDrafting.save(world.unitUserA(), id, stale, nothing))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aReportIsPrefilledWithTheUnitsActivitiesDueByThePeriod() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        ReportDetails q1 = reportReader.details(world.unitUserA(), reportDrafting.open(world.unitUserA(), plan.id(),
                ReportPeriod.Q1));
        ReportDetails h1 = reportReader.details(world.unitUserA(), reportDrafting.open(world.unitUserA(), plan.id(),
                ReportPeriod.H1));
        ReportDetails q1b = reportReader.details(world.unitUserB(), reportDrafting.open(world.unitUserB(), plan.id(),
                ReportPeriod.Q1));

        assertThat(q1.entries()).extracting(ReportDetails.EntryView::activityKey).containsExactly(plan.unitAFirstQuarter());
        assertThat(h1.entries()).extracting(ReportDetails.EntryView::activityKey)
                .containsExactly(plan.unitAFirstQuarter(), plan.unitASecondAndThird());
        assertThat(q1b.entries()).extracting(ReportDetails.EntryView::activityKey).containsExactly(plan.unitBAllYear());
        assertThat(q1.entries().get(0).figures()).singleElement()
                .satisfies(f -> assertThat(f.target()).isEqualTo(12));
    }

    @Test
    void openingTwiceGivesTheSameReport() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long first = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        assertThat(reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1)).isEqualTo(first);
    }

    @Test
    void onlyUnitUsersOpenReports() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        for (CurrentUser user : List.of(world.office(), world.leader(), world.reviewer(), world.admin())) {
            assertThatThrownBy(() -> reportDrafting.open(user, plan.id(), ReportPeriod.Q1))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void submittingNeedsAStatusForEveryDueActivity() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        ReportDetails report = reportReader.details(world.unitUserA(), id);
        assertThatThrownBy(() -> reportLifecycle.submit(world.unitUserA(), id, report.version()))
                .isInstanceOfSatisfying(ReportIncompleteException.class, e -> assertThat(e.gaps())
                        .extracting(ReportIncompleteException.Gap::field, ReportIncompleteException.Gap::messageKey,
                                ReportIncompleteException.Gap::activityName)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("status", "report.error.statusMissing",
                                "Đăng tin về CCHC trên trang thông tin điện tử")));
        assertThat(reportReader.details(world.unitUserA(), id).status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void aDoneActivityNeedsEvidenceOrANoteAndADroppedOneAReason() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        ReportDetails report = reportReader.details(world.unitUserA(), id);
        long v1 = reportDrafting.save(world.unitUserA(), id, report.version(), filled(report, ActivityStatus.DONE,
                null, 3));
        assertThatThrownBy(() -> reportLifecycle.submit(world.unitUserA(), id, v1))
                .isInstanceOfSatisfying(ReportIncompleteException.class, e -> assertThat(e.gaps())
                        .extracting(ReportIncompleteException.Gap::messageKey)
                        .containsOnly("report.error.evidenceMissing"));
        long v2 = reportDrafting.save(world.unitUserA(), id, v1, filled(report, ActivityStatus.DROPPED, null, null));
        assertThatThrownBy(() -> reportLifecycle.submit(world.unitUserA(), id, v2))
                .isInstanceOfSatisfying(ReportIncompleteException.class, e -> assertThat(e.gaps())
                        .extracting(ReportIncompleteException.Gap::messageKey)
                        .containsOnly("report.error.dropReasonMissing"));
        assertThat(reportReader.details(world.unitUserA(), id).status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void negativeFiguresAreRefusedAndNothingIsSaved() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        ReportDetails report = reportReader.details(world.unitUserA(), id);
        assertThatThrownBy(() -> reportDrafting.save(world.unitUserA(), id, report.version(),
                filled(report, ActivityStatus.DONE, "x", -1)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field())
                        .isEqualTo("entries[0].figures[" + plan.indicatorId() + "]"));
        assertThat(reportReader.details(world.unitUserA(), id).resultsSummary()).isNull();
    }

    @Test
    void aReturnedReportIsCorrectedAndSubmittedAgain() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = submittedQ1(world, plan, 5);
        long version = reportReader.details(world.office(), id).version();
        assertThatThrownBy(() -> reportLifecycle.returnForRevision(world.office(), id, version, "  "))
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("report.error.reasonMissing"));

        reportLifecycle.returnForRevision(world.office(), id, version, "Thiếu số liệu tháng 3.");
        ReportDetails returned = reportReader.details(world.unitUserA(), id);
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Thiếu số liệu tháng 3.");
        assertThat(returned.can().edit()).isTrue();

        long saved = reportDrafting.save(world.unitUserA(), id, returned.version(),
                filled(returned, ActivityStatus.DONE, "Công văn 15/TTYT", 7));
        assertThat(reportLifecycle.submit(world.unitUserA(), id, saved)).isTrue();
        ReportDetails resubmitted = reportReader.details(world.office(), id);
        assertThat(resubmitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(resubmitted.history()).extracting(ReportDetails.EventView::action)
                .containsExactly("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED");
        assertThat(resubmitted.history().get(2).reason()).isEqualTo("Thiếu số liệu tháng 3.");
    }

    @Test
    void anAcceptedReportIsReadOnly() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = submittedQ1(world, plan, 5);
        reportLifecycle.accept(world.office(), id, reportReader.details(world.office(), id).version());
        ReportDetails accepted = reportReader.details(world.unitUserA(), id);
        assertThatThrownBy(() -> reportDrafting.save(world.unitUserA(), id, accepted.version(),
                filled(accepted, ActivityStatus.DONE, "x", 1)))
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("report.error.notEditable"));
        assertThatThrownBy(() -> reportLifecycle.returnForRevision(world.office(), id, accepted.version(), "muộn"))
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("report.error.notSubmitted"));
    }

    @Test
    void transitionsOutOfOrderAreRefusedWithAMessage() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        long draft = reportReader.details(world.office(), id).version();
        assertThatThrownBy(() -> reportLifecycle.accept(world.office(), id, draft))
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("report.error.notSubmitted"));
        assertThatThrownBy(() -> reportLifecycle.returnForRevision(world.office(), id, draft, "x"))
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("report.error.notSubmitted"));

        submittedQ1(world, plan, 1);
        long submitted = reportReader.details(world.office(), id).version();
        assertThatThrownBy(() -> reportLifecycle.submit(world.unitUserA(), id, submitted))
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("report.error.notSubmittable"));
        ReportDetails report = reportReader.details(world.unitUserA(), id);
        assertThatThrownBy(() -> reportDrafting.save(world.unitUserA(), id, submitted,
                filled(report, ActivityStatus.DONE, "x", 1)))
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("report.error.notEditable"));
        assertThat(reportReader.details(world.office(), id).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void onlyTheOfficeOfThePlansNodeAcceptsOrReturns() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = submittedQ1(world, plan, 5);
        long version = reportReader.details(world.office(), id).version();
        for (CurrentUser user : List.of(world.leader(), world.reviewer(), world.unitUserA(), world.unitUserB(),
                world.admin())) {
            assertThatThrownBy(() -> reportLifecycle.accept(user, id, version)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> reportLifecycle.returnForRevision(user, id, version, "x"))
                    .isInstanceOf(ForbiddenException.class);
        }
        World other = fixtures.newWorld();
        assertThatThrownBy(() -> reportLifecycle.accept(other.office(), id,
                version)).isInstanceOf(ForbiddenException.class);
        assertThat(reportReader.details(world.office(), id).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void onlyTheUnitItselfSubmits() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        ReportDetails report = reportReader.details(world.unitUserA(), id);
        long version = reportDrafting.save(world.unitUserA(), id, report.version(), filled(report,
                ActivityStatus.DONE, "x", 1));
        for (CurrentUser user : List.of(world.office(), world.leader(), world.reviewer(), world.unitUserB())) {
            assertThatThrownBy(() -> reportLifecycle.submit(user, id, version)).isInstanceOf(ForbiddenException.class);
        }
        assertThat(reportReader.details(world.unitUserA(), id).status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void cumulativeFiguresAddTheIncrementsOfEarlierPeriods() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        submittedQ1(world, plan, 5);
        long h1 = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.H1);
        ReportDetails report = reportReader.details(world.unitUserA(), h1);
        reportDrafting.save(world.unitUserA(), h1, report.version(), filled(report, ActivityStatus.IN_PROGRESS, null,
                3));

        ReportDetails saved = reportReader.details(world.office(), h1);
        ReportDetails.FigureView carried = saved.entries().get(0).figures().get(0);
        assertThat(carried.amount()).isEqualTo(3);
        assertThat(carried.earlier()).isEqualTo(5);
        assertThat(carried.cumulative()).isEqualTo(8);
        ReportDetails.FigureView fresh = saved.entries().get(1).figures().get(0);
        assertThat(fresh.earlier()).isZero();
        assertThat(fresh.cumulative()).isEqualTo(3);
    }

    @Test
    void anAcceptedReportKeepsTheCumulativeFiguresItWasAcceptedWith() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long q1 = submittedQ1(world, plan, 5);
        reportLifecycle.returnForRevision(world.office(), q1, reportReader.details(world.office(), q1).version(),
                "Thiếu minh chứng");
        long h1 = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.H1);
        ReportDetails report = reportReader.details(world.unitUserA(), h1);
        long version = reportDrafting.save(world.unitUserA(), h1, report.version(),
                filled(report, ActivityStatus.DONE, "Công văn 20/TTYT", 3));
        reportLifecycle.submit(world.unitUserA(), h1, version);
        reportLifecycle.accept(world.office(), h1, reportReader.details(world.office(), h1).version());
        assertThat(reportReader.details(world.office(),
                h1).entries().get(0).figures().get(0).cumulative()).isEqualTo(8);

        // Q1 is corrected to 9 and accepted after the 6 months: the accepted 6 months stay as accepted.
        ReportDetails returned = reportReader.details(world.unitUserA(), q1);
        long saved = reportDrafting.save(world.unitUserA(), q1, returned.version(),
                filled(returned, ActivityStatus.DONE, "Công văn 15/TTYT", 9));
        reportLifecycle.submit(world.unitUserA(), q1, saved);
        reportLifecycle.accept(world.office(), q1, reportReader.details(world.office(), q1).version());
        ReportDetails.FigureView accepted = reportReader.details(world.office(), h1).entries().get(0).figures().get(0);
        assertThat(accepted.amount()).isEqualTo(3);
        assertThat(accepted.cumulative()).as("as accepted, not 9 + 3").isEqualTo(8);
        assertThat(accepted.earlier()).isEqualTo(5);
    }

    @Test
    void aReportSubmittedAfterTheDeadlineIsLateAndAMissingOneOverdue() {
        IssuedPlan plan = planFixtures.issuedPlan(world, PAST);
        long id = submittedQ1(world, plan, 5);

        ReportDetails late = reportReader.details(world.office(), id);
        assertThat(late.followUp()).isEqualTo(FollowUpStatus.LATE);
        assertThat(late.late()).isTrue();
        FollowUp followUp = reportListing.followUp(world.office(), plan.id(), ReportPeriod.Q1, null, null);
        assertThat(followUp.rows()).extracting(FollowUp.Row::unitNodeId, FollowUp.Row::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(world.unitA(), FollowUpStatus.LATE),
                        org.assertj.core.groups.Tuple.tuple(world.unitB(), FollowUpStatus.OVERDUE));

        reportLifecycle.accept(world.office(), id, late.version());
        ReportDetails accepted = reportReader.details(world.office(), id);
        assertThat(accepted.followUp()).isEqualTo(FollowUpStatus.ACCEPTED);
        assertThat(accepted.late()).as("accepting does not erase lateness").isTrue();
    }

    @Test
    void reportsSubmittedBeforeTheDeadlineAreOnTime() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        submittedQ1(world, plan, 5);
        FollowUp followUp = reportListing.followUp(world.office(), plan.id(), ReportPeriod.Q1, null, null);
        assertThat(followUp.counts().get(FollowUpStatus.SUBMITTED)).isEqualTo(1);
        assertThat(followUp.counts().get(FollowUpStatus.NOT_STARTED)).isEqualTo(1);
        assertThat(followUp.rows()).allSatisfy(r -> assertThat(r.late()).isFalse());
        assertThat(reportListing.followUp(world.office(), plan.id(), ReportPeriod.Q1, FollowUpStatus.SUBMITTED,
                null).rows())
                .extracting(FollowUp.Row::unitNodeId).containsExactly(world.unitA());
    }

    @Test
    void unitsOwingAReportPastOrNearItsDeadlineHaveItOnTheirToDoList() {
        IssuedPlan plan = planFixtures.issuedPlan(world, PAST);
        assertThat(dueOnToDoList(world.unitUserA()))
                .containsExactly("Q1", "H1", "M9", "YEAR");

        submittedQ1(world, plan, 5);
        assertThat(dueOnToDoList(world.unitUserA())).containsExactly("H1", "M9", "YEAR");
        assertThat(toDos.of(world.office())).noneMatch(t -> t.kind() == ToDoKind.REPORT_DUE);
    }

    /** The periods the user's to-do list (the home page's) says a report is due for: the test's one plan. */
    private List<String> dueOnToDoList(CurrentUser user) {
        return toDos.of(user).stream().filter(t -> t.kind() == ToDoKind.REPORT_DUE).map(ToDoItem::period).toList();
    }

    @Test
    void aSecondSubmitWithTheSameVersionSubmitsOnce() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        ReportDetails report = reportReader.details(world.unitUserA(), id);
        long version = reportDrafting.save(world.unitUserA(), id, report.version(), filled(report,
                ActivityStatus.DONE, "x", 1));

        assertThat(reportLifecycle.submit(world.unitUserA(), id, version)).isTrue();
        assertThat(reportLifecycle.submit(world.unitUserA(), id, version)).isFalse();
        assertThat(reportReader.details(world.unitUserA(), id).history()).extracting(ReportDetails.EventView::action)
                .containsExactly("CREATED", "SUBMITTED");
    }

    @Test
    void concurrentEditsOfOneReportConflict() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        long id = reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
        ReportDetails opened = reportReader.details(world.unitUserA(), id);
        reportDrafting.save(world.unitUserA(), id, opened.version(), filled(opened, ActivityStatus.DONE, "first", 1));
        assertThatThrownBy(() -> reportDrafting.save(world.unitUserA(), id, opened.version(),
                filled(opened, ActivityStatus.DONE, "second", 2)))
                .isInstanceOf(ConflictException.class);
        assertThat(reportReader.details(world.unitUserA(), id).entries().get(0).evidence()).isEqualTo("first");
    }

    @Test
    void theOfficeMovesADeadlineWithinSixtyDaysAfterTheCutOff() {
        reportDeadlines.setDeadline(world.office(), FUTURE, ReportPeriod.Q1, LocalDate.of(FUTURE, 3, 25));
        assertThat(reportDeadlines.deadlines(world.leader(), FUTURE).get(0).deadline()).isEqualTo(LocalDate.of(FUTURE,
                3, 25));
        assertThat(reportDeadlines.deadlines(world.leader(), FUTURE).get(0).custom()).isTrue();
        assertThatThrownBy(() -> reportDeadlines.setDeadline(world.office(), FUTURE, ReportPeriod.Q1,
                LocalDate.of(FUTURE, 3, 10)))
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("deadline"));
        assertThatThrownBy(() -> reportDeadlines.setDeadline(world.leader(), FUTURE, ReportPeriod.Q1,
                LocalDate.of(FUTURE, 3, 20)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reportDeadlines.deadlines(world.unitUserA(),
                FUTURE)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aUnitWithItsOwnIssuedPlanReportsOnThatPlansActivities() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        CurrentUser unit = world.unitUserA();
        long own = planDrafting.startImplementingPlan(unit, plan.id());
        PlanDetails draft = planReader.details(unit, own);
        PlanHeader h = draft.header();
        planDrafting.updateHeader(unit, own, draft.version(), new PlanHeader(h.year(), h.parentPlanId(), "05",
                "KH-TTYT",
                h.place(), LocalDate.of(FUTURE, 2, 20), h.title(), h.parentBody(), h.issuingBody(), null, null, null,
                null, h.archiveLine(), h.signerAuthority(), "Lê Văn Đơn"));
        draft = planReader.details(unit, own);
        planDrafting.saveActivity(unit, own, draft.version(), null, new ActivityCommand(
                draft.items(ItemKind.CONTENT).get(0).key(), "Tuyên truyền tại Khoa Khám bệnh", world.subUnitA(),
                List.of(), null, null, List.of(1), null, List.of(), Map.of()));
        planLifecycle.submit(unit, own, planReader.details(unit, own).version());
        planLifecycle.issue(fixtures.leaderAt(unit.orgNodeId()), own, planReader.details(unit, own).version());

        ReportDetails q1 = reportReader.details(unit, reportDrafting.open(unit, plan.id(), ReportPeriod.Q1));
        assertThat(q1.entries()).extracting(ReportDetails.EntryView::activityName)
                .containsExactly("Đăng tin về CCHC trên trang thông tin điện tử", "Tuyên truyền tại Khoa Khám bệnh");

        // An amendment in draft does not change what the unit reports on: the issued version does.
        planLifecycle.amend(unit, own, planReader.details(unit, own).version());
        ReportDetails h1 = reportReader.details(unit, reportDrafting.open(unit, plan.id(), ReportPeriod.H1));
        assertThat(h1.entries()).extracting(ReportDetails.EntryView::activityName)
                .contains("Tuyên truyền tại Khoa Khám bệnh");
    }

    @Test
    void theReportListOfAUnitWithItsOwnPlanFollowsTheVersionOfThatPlanInForce() {
        IssuedPlan plan = planFixtures.issuedPlan(world, FUTURE);
        CurrentUser unit = world.unitUserA();
        // Assigned a first-quarter activity and one of the second and third quarters.
        assertThat(periodsListed(unit, plan.id())).containsExactly(ReportPeriod.Q1, ReportPeriod.H1, ReportPeriod.M9,
                ReportPeriod.YEAR);

        long own = planDrafting.startImplementingPlan(unit, plan.id());
        PlanDetails draft = planReader.details(unit, own);
        PlanHeader h = draft.header();
        planDrafting.updateHeader(unit, own, draft.version(), new PlanHeader(h.year(), h.parentPlanId(), "07",
                "KH-TTYT",
                h.place(), LocalDate.of(FUTURE, 2, 20), h.title(), h.parentBody(), h.issuingBody(), null, null, null,
                null, h.archiveLine(), h.signerAuthority(), "Lê Văn Đơn"));
        moveEveryActivityTo(unit, own, 4);
        planLifecycle.submit(unit, own, planReader.details(unit, own).version());
        planLifecycle.issue(fixtures.leaderAt(unit.orgNodeId()), own, planReader.details(unit, own).version());
        // The unit's own issued plan holds the work in the fourth quarter only.
        assertThat(periodsListed(unit, plan.id())).containsExactly(ReportPeriod.YEAR);

        long amendment = planLifecycle.amend(unit, own, planReader.details(unit, own).version());
        moveEveryActivityTo(unit, amendment, 1);
        // An amendment in draft is not in force yet.
        assertThat(periodsListed(unit, plan.id())).containsExactly(ReportPeriod.YEAR);
        assertThat(reportListing.myReports(world.unitUserB())).extracting(UnitReportRow::period).containsExactly(
                ReportPeriod.Q1, ReportPeriod.H1, ReportPeriod.M9, ReportPeriod.YEAR);
    }

    private List<ReportPeriod> periodsListed(CurrentUser unit, long planId) {
        return reportListing.myReports(unit).stream().filter(r -> r.planId() == planId).map(UnitReportRow::period).toList();
    }

    private void moveEveryActivityTo(CurrentUser unit, long planId, int quarter) {
        for (var a : planReader.details(unit, planId).activities()) {
            Map<Long, Integer> targets = new HashMap<>();
            a.targets().forEach(t -> targets.put(t.indicatorId(), t.target()));
            planDrafting.saveActivity(unit, planId, planReader.details(unit, planId).version(), a.id(),
                    new ActivityCommand(
                    a.contentItemKey(), a.name(), a.leadNodeId(), List.of(), a.audience(), a.outputProduct(),
                    List.of(quarter), null, a.channels().stream().map(c -> c.id()).toList(), targets));
        }
    }
}
