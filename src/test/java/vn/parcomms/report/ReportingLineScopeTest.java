package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.ReportingDuty;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.RollupDataSet;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.ReportingLineFixtures;
import vn.parcomms.support.ReportingLineFixtures.Line;

/**
 * Reports follow the reporting line (ADR 0016): the commune's health station reports to the health
 * centre, not to the commune that administers it. The centre's plan assigns the station, the
 * station files, the centre's office follows up and accepts, the centre's rollups count it once;
 * the commune's office and leader see none of it; the reviewer and the department see it once.
 */
@IntegrationTest
class ReportingLineScopeTest {

    @Autowired
    ReportingLineFixtures lines;
    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganizationService organizations;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanLifecycle planLifecycle;
    @Autowired
    PlanListing planListing;
    @Autowired
    CatalogService catalog;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    ReportListing reportListing;
    @Autowired
    ReportFacts reportFacts;
    @Autowired
    RollupService rollups;
    @Autowired
    TransactionTemplate transactions;

    Line line;
    RollupDataSet data;
    RollupDataSet.Plan plan;
    long stationQ1;

    @BeforeEach
    void setUp() {
        line = lines.newLine();
        data = new RollupDataSet(planReader, planDrafting, planLifecycle, catalog, reportReader, reportDrafting,
                reportLifecycle, transactions);
        // The centre's plan: one activity for the station (target 10), one for its own sub-unit (target 5).
        plan = data.plan(line.centreWorld(), List.of("Truyền thông giáo dục sức khỏe"), List.of(
                new RollupDataSet.Activity(0, "Truyền thông phòng bệnh tại xã", line.station(), List.of(1), List.of(0),
                        Map.of(0, 10)),
                new RollupDataSet.Activity(0, "Tư vấn sức khỏe tại khoa", line.world().subUnitA(), List.of(1),
                        List.of(0), Map.of(0, 5))));
        stationQ1 = data.file(line.stationUnit(), plan, ReportPeriod.Q1,
                Map.of(plan.keys().get(0), new RollupDataSet.Entry(ActivityStatus.DONE, Map.of(0, 4))),
                LocalDateTime.of(2025, 3, 15, 9, 0));
    }

    @Test
    void theStationSeesTheCentresPlanAsOneItReportsOn() {
        assertThat(planListing.reportingDuties(line.stationUnit())).extracting(ReportingDuty::planId)
                .contains(plan.id());
        assertThat(reportReader.details(line.stationUnit(), stationQ1).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void theCentresOfficeFollowsUpAndAcceptsTheStationsReport() {
        assertThat(reportListing.followUp(line.centreOffice(), plan.id(), ReportPeriod.Q1, null, null).rows())
                .filteredOn(r -> r.unitNodeId() == line.station())
                .singleElement().satisfies(r -> {
                    assertThat(r.reportId()).isEqualTo(stationQ1);
                    assertThat(r.status()).isEqualTo(FollowUpStatus.SUBMITTED);
                });
        assertThat(reportReader.details(line.centreLeader(), stationQ1).status()).isEqualTo(ReportStatus.SUBMITTED);

        data.accept(line.centreWorld(), stationQ1);

        assertThat(reportReader.details(line.centreOffice(), stationQ1).status()).isEqualTo(ReportStatus.ACCEPTED);
    }

    @Test
    void theCommuneThatAdministersTheStationDoesNotSeeItsReportToTheCentre() {
        // Refused on the report itself, not only on the centre's plan behind it.
        assertThatThrownBy(() -> reportReader.details(line.communeOffice(), stationQ1))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("may not read report");
        assertThatThrownBy(() -> reportReader.details(line.communeLeader(), stationQ1))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("may not read report");
        assertThatThrownBy(() -> reportLifecycle.accept(line.communeOffice(), stationQ1,
                reportReader.details(line.centreOffice(), stationQ1).version()))
                .isInstanceOf(ForbiddenException.class);
        data.accept(line.centreWorld(), stationQ1);
        assertThat(reportFacts.acceptedReportIds(lineage(), organizations.pathOf(line.commune()),
                List.of(ReportPeriod.Q1))).isEmpty();
    }

    @Test
    void theReviewerAndTheDepartmentAboveTheCentreReadTheStationsReportAnotherProvinceDoesNot() {
        assertThat(reportReader.details(line.world().reviewer(), stationQ1).id()).isEqualTo(stationQ1);
        assertThat(reportReader.details(line.world().office(), stationQ1).id()).isEqualTo(stationQ1);
        assertThatThrownBy(() -> reportReader.details(fixtures.newWorld().reviewer(), stationQ1))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reportReader.details(line.world().unitUserA(), stationQ1))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theCentresRollupCountsTheStationOnceAndSoDoesTheReviewers() {
        data.accept(line.centreWorld(), stationQ1);

        Rollup office = rollups.rollup(line.centreOffice(), null, plan.id(), ReportPeriod.Q1);
        Rollup reviewer = rollups.rollup(line.world().reviewer(), line.centre(), plan.id(), ReportPeriod.Q1);
        for (Rollup r : List.of(office, reviewer)) {
            assertThat(r.timeliness()).extracting(Rollup.TimelinessRow::unitId)
                    .containsExactlyInAnyOrder(line.station(), line.world().subUnitA());
            assertThat(r.timeliness().stream().filter(t -> t.unitId() == line.station()).findFirst().orElseThrow()
                    .cell(ReportPeriod.Q1).status()).isEqualTo(FollowUpStatus.ACCEPTED);
            Rollup.IndicatorTotal total = r.indicators().stream()
                    .filter(i -> i.indicatorId() == plan.indicators().get(0)).findFirst().orElseThrow();
            assertThat(List.of(total.target(), total.actual())).containsExactly(15L, 4L);
        }
        // The province's reporting scope holds the station once, not once per line.
        assertThat(reportFacts.acceptedReportIds(lineage(), organizations.pathOf(line.world().province()),
                List.of(ReportPeriod.Q1))).containsExactly(stationQ1);
        assertThat(reportFacts.acceptedReportIds(lineage(), organizations.pathOf(line.centre()),
                List.of(ReportPeriod.Q1))).containsExactly(stationQ1);
    }

    @Test
    void theStationsOwnRollupShowsOnlyItsRow() {
        data.accept(line.centreWorld(), stationQ1);
        Rollup own = rollups.rollup(line.stationUnit(), null, plan.id(), ReportPeriod.Q1);
        assertThat(own.timeliness()).extracting(Rollup.TimelinessRow::unitId).containsExactly(line.station());
        assertThat(own.indicators().get(0).actual()).isEqualTo(4L);
    }

    @Test
    void aPlanAssignsTheUnitsThatReportToItsNodeNotTheOnesItAdministersThatReportElsewhere() {
        assertThat(organizations.reportingSubtree(line.centre())).extracting(OrgNodeView::id)
                .contains(line.centre(), line.station(), line.world().subUnitA());
        assertThat(organizations.reportingSubtree(line.commune())).extracting(OrgNodeView::id)
                .containsExactly(line.commune());
        assertThat(organizations.reportingSubtree(line.world().agency())).extracting(OrgNodeView::id)
                .contains(line.station()).doesNotContain(line.commune());

        long communePlan = planDrafting.create(line.communeOffice(), new PlanHeader(2025, null, null, null, "Xã Thử",
                null, "Kế hoạch truyền thông CCHC năm 2025", "UBND HUYỆN", "UBND XÃ", null, null, null, null,
                "Lưu: VT.", "CHỦ TỊCH", null));
        planDrafting.addItem(line.communeOffice(), communePlan, planReader.details(line.communeOffice(), communePlan)
                .version(), ItemKind.CONTENT, null, "Tuyên truyền CCHC");
        var details = planReader.details(line.communeOffice(), communePlan);
        assertThatThrownBy(() -> planDrafting.saveActivity(line.communeOffice(), communePlan, details.version(), null,
                new ActivityCommand(details.items(ItemKind.CONTENT).get(0).key(), "Giao cho trạm", line.station(),
                        List.of(), null, null, List.of(1), null, List.of(), Map.of())))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("plan.error.leadOutside"));
    }

    @Test
    void withTheLineTakenBackTheStationReportsToTheCommuneAgain() {
        lines.reportTo(line.world().admin(), line.station(), null);

        assertThat(organizations.reportingParent(line.station())).isEmpty();
        assertThat(organizations.reportsWithin(line.station(), line.commune())).isTrue();
        assertThat(organizations.reportsWithin(line.station(), line.centre())).isFalse();
        data.accept(line.centreWorld(), stationQ1);
        assertThat(reportFacts.acceptedReportIds(lineage(), organizations.pathOf(line.commune()),
                List.of(ReportPeriod.Q1))).containsExactly(stationQ1);
        assertThat(reportFacts.acceptedReportIds(lineage(), organizations.pathOf(line.centre()),
                List.of(ReportPeriod.Q1))).isEmpty();
        // The centre's office still reads what was filed on its own plan.
        assertThat(reportReader.details(line.centreOffice(), stationQ1).id()).isEqualTo(stationQ1);
    }

    private java.util.UUID lineage() {
        return planReader.details(line.centreOffice(), plan.id()).lineageId();
    }
}
