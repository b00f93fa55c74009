package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.todo.ToDoKind;
import vn.parcomms.todo.ToDoService;

/**
 * ADR 0032 on the real database: a plan of 2025 issued on 10/05/2025 (the real clock is later),
 * so its Q1 deadline (March) passed before it was issued; H1 is due after the issue and overdue
 * as usual. The office decides Q1.
 */
@IntegrationTest
class PeriodExpectationTest {

    static final int YEAR = 2025;
    static final LocalDate ISSUED_IN_MAY = LocalDate.of(YEAR, 5, 10);

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    ReportListing reportListing;
    @Autowired
    PeriodExpectations expectations;
    @Autowired
    ToDoService toDos;
    @Autowired
    RollupService rollups;
    @Autowired
    PlanDetailsReader planReader;

    World world;
    IssuedPlan plan;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        plan = planFixtures.issuedPlan(world, YEAR, ISSUED_IN_MAY);
    }

    private FollowUpStatus followUp(ReportPeriod period, long unit) {
        return reportListing.followUp(world.office(), plan.id(), period, null, null).rows().stream()
                .filter(r -> r.unitNodeId() == unit).findFirst().orElseThrow().status();
    }

    private FollowUpStatus mine(ReportPeriod period) {
        return reportListing.myReports(world.unitUserA()).stream()
                .filter(r -> r.planId() == plan.id() && r.period() == period).findFirst().orElseThrow().status();
    }

    private FollowUpStatus rollupCell(ReportPeriod period, long unit) {
        Rollup rollup = rollups.rollup(world.office(), world.agency(), plan.id(), period);
        return rollup.timeliness().stream().filter(t -> t.unitId() == unit).findFirst().orElseThrow().cell(period)
                .status();
    }

    @Test
    void aPeriodDueBeforeTheIssueIsNotOverdueAnywhereUntilTheOfficeDecides() {
        assertThat(followUp(ReportPeriod.Q1, world.unitA())).isEqualTo(FollowUpStatus.AWAITING_DECISION);
        assertThat(mine(ReportPeriod.Q1)).isEqualTo(FollowUpStatus.AWAITING_DECISION);
        assertThat(rollupCell(ReportPeriod.Q1, world.unitA())).isEqualTo(FollowUpStatus.AWAITING_DECISION);
        // H1's deadline (June) came after the issue: overdue as before
        assertThat(followUp(ReportPeriod.H1, world.unitA())).isEqualTo(FollowUpStatus.OVERDUE);
        assertThat(reportListing.followUp(world.office(), plan.id(), ReportPeriod.Q1, null, null).counts()
                .get(FollowUpStatus.OVERDUE)).isZero();
    }

    @Test
    void theOfficesToDoListAsksForTheDecisionAndNoLongerOnceTaken() {
        // the office's to-do list looks at the plans of the current year, from the day Q1 was due
        int year = LocalDate.now().getYear();
        LocalDate q1 = ReportPeriod.Q1.defaultDeadline(year);
        org.junit.jupiter.api.Assumptions.assumeTrue(LocalDate.now().isAfter(q1.plusDays(1)));
        world = fixtures.newWorld();
        plan = planFixtures.issuedPlan(world, year, q1.plusDays(1));
        assertThat(toDos.of(world.office())).filteredOn(t -> t.kind() == ToDoKind.PERIOD_TO_DECIDE)
                .extracting(t -> t.period()).containsExactly("Q1");
        assertThat(toDos.of(world.office())).filteredOn(t -> t.kind() == ToDoKind.UNITS_OVERDUE)
                .extracting(t -> t.period()).doesNotContain("Q1");
        // the unit is not asked to file a period nobody expects yet
        assertThat(toDos.of(world.unitUserA())).filteredOn(t -> t.kind() == ToDoKind.REPORT_DUE)
                .extracting(t -> t.period()).doesNotContain("Q1");

        expectations.decide(world.office(), plan.id(), ReportPeriod.Q1, false, null);
        assertThat(toDos.of(world.office())).noneMatch(t -> t.kind() == ToDoKind.PERIOD_TO_DECIDE);
    }

    @Test
    void notExpectedShowsAsSuchEverywhereAndIsWrittenIntoThePlansHistory() {
        expectations.decide(world.office(), plan.id(), ReportPeriod.Q1, false, null);

        assertThat(followUp(ReportPeriod.Q1, world.unitA())).isEqualTo(FollowUpStatus.NOT_EXPECTED);
        assertThat(followUp(ReportPeriod.Q1, world.unitB())).isEqualTo(FollowUpStatus.NOT_EXPECTED);
        assertThat(mine(ReportPeriod.Q1)).isEqualTo(FollowUpStatus.NOT_EXPECTED);
        assertThat(rollupCell(ReportPeriod.Q1, world.unitA())).isEqualTo(FollowUpStatus.NOT_EXPECTED);
        assertThat(planReader.details(world.office(), plan.id()).history())
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("PERIOD_NOT_EXPECTED");
                    assertThat(e.details()).isEqualTo("Q1");
                    assertThat(e.actorName()).isEqualTo(world.office().fullName());
                });
    }

    @Test
    void expectedWithANewDeadlineCountsThatDeadlineEverywhere() {
        LocalDate newDeadline = LocalDate.now().plusDays(20);
        expectations.decide(world.office(), plan.id(), ReportPeriod.Q1, true, newDeadline);

        FollowUp followUp = reportListing.followUp(world.office(), plan.id(), ReportPeriod.Q1, null, null);
        assertThat(followUp.deadline()).isEqualTo(newDeadline);
        assertThat(followUp(ReportPeriod.Q1, world.unitA())).isEqualTo(FollowUpStatus.NOT_STARTED);
        assertThat(reportListing.myReports(world.unitUserA()).stream()
                .filter(r -> r.planId() == plan.id() && r.period() == ReportPeriod.Q1).findFirst().orElseThrow()
                .deadline()).isEqualTo(newDeadline);
        assertThat(rollupCell(ReportPeriod.Q1, world.unitA())).isEqualTo(FollowUpStatus.NOT_STARTED);
        assertThat(planReader.details(world.office(), plan.id()).history())
                .anySatisfy(e -> assertThat(e.details()).isEqualTo("Q1:" + newDeadline.format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        // the office may change its mind
        expectations.decide(world.office(), plan.id(), ReportPeriod.Q1, false, null);
        assertThat(followUp(ReportPeriod.Q1, world.unitA())).isEqualTo(FollowUpStatus.NOT_EXPECTED);
    }

    @Test
    void theDecisionIsValidatedWithMessagesForTheField() {
        assertThatThrownBy(() -> expectations.decide(world.office(), plan.id(), ReportPeriod.Q1, true, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("deadline");
                    assertThat(e.messageKey()).isEqualTo("report.error.decisionDeadlineMissing");
                });
        assertThatThrownBy(() -> expectations.decide(world.office(), plan.id(), ReportPeriod.Q1, true,
                LocalDate.now().minusDays(1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.decisionDeadlineRange"));
        // H1 was due after the issue: nothing to decide, its deadline is set on the deadlines page
        assertThatThrownBy(() -> expectations.decide(world.office(), plan.id(), ReportPeriod.H1, false, null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.error.periodNotDecidable"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"LEADER", "UNIT", "REVIEWER", "ADMIN"})
    void onlyTheIssuingOfficeDecides(Role role) {
        assertThatThrownBy(() -> expectations.decide(world.userWith(role), plan.id(), ReportPeriod.Q1, false, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(followUp(ReportPeriod.Q1, world.unitA())).isEqualTo(FollowUpStatus.AWAITING_DECISION);
    }

    @Test
    void anotherAgencysOfficeDoesNotDecide() {
        World other = fixtures.anotherAgency(world, "Sở Khác");
        assertThatThrownBy(() -> expectations.decide(other.office(), plan.id(), ReportPeriod.Q1, false, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(followUp(ReportPeriod.Q1, world.unitA())).isEqualTo(FollowUpStatus.AWAITING_DECISION);
    }
}
