package vn.parcomms.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.FollowUp;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.report.ReportStatus;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

@IntegrationTest
class DemoReportsTest {

    @Autowired
    DemoReports demoReports;

    @Autowired
    ReportListing reportListing;
    @Autowired
    ReportDetailsReader reportReader;

    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanLifecycle planLifecycle;

    @Autowired
    CatalogService catalog;

    @Autowired
    OrganizationService organizations;

    @Autowired
    Fixtures fixtures;

    @Test
    void demoReportsAreMostlyAcceptedWithOneLateOneReturnedAndOneMissingAtFixedDatesOf2025() {
        World world = fixtures.newWorld();
        List<Long> units = new ArrayList<>(List.of(world.unitA(), world.unitB()));
        for (int i = 0; i < 3; i++) {
            units.add(organizations.create(world.admin(), new OrgNodeCommand(world.admin().username() + "-U" + i,
                    "Trung tâm Y tế " + i, null, OrgKind.UNIT, world.agency())));
        }
        long planId = plan2025(world, units);

        assertThat(demoReports.load(world.office(), planId, world.unitA())).isEqualTo(4 + 3);
        assertThat(demoReports.load(world.office(), planId, world.unitA())).as("loads once").isZero();

        FollowUp q1 = reportListing.followUp(world.office(), planId, ReportPeriod.Q1, null, null);
        assertThat(q1.counts().get(FollowUpStatus.ACCEPTED)).isEqualTo(3);
        assertThat(q1.counts().get(FollowUpStatus.RETURNED)).isEqualTo(1);
        assertThat(q1.counts().get(FollowUpStatus.OVERDUE)).isEqualTo(1);
        assertThat(q1.rows()).filteredOn(FollowUp.Row::late).hasSize(1);
        FollowUp.Row demoUnit = q1.rows().stream().filter(r -> r.unitNodeId() == world.unitA()).findFirst().orElseThrow();
        assertThat(demoUnit.status()).isEqualTo(FollowUpStatus.ACCEPTED);
        assertThat(demoUnit.late()).isFalse();
        assertThat(LocalDate.ofInstant(demoUnit.submittedAt(), java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
                .isEqualTo(LocalDate.of(2025, 3, 17));

        FollowUp.Row returned = q1.rows().stream().filter(r -> r.status() == FollowUpStatus.RETURNED).findFirst()
                .orElseThrow();
        ReportDetails details = reportReader.details(world.office(), returned.reportId());
        assertThat(details.returnReason()).isEqualTo(DemoReports.RETURN_REASON);
        assertThat(details.history()).extracting(ReportDetails.EventView::action)
                .containsExactly("CREATED", "SUBMITTED", "RETURNED");
        assertThat(details.entries()).allSatisfy(e -> assertThat(e.status()).isNotNull());

        FollowUp h1 = reportListing.followUp(world.office(), planId, ReportPeriod.H1, null, null);
        assertThat(h1.counts().get(FollowUpStatus.ACCEPTED)).isEqualTo(3);
        ReportDetails h1Report = reportReader.details(world.office(), h1.rows().stream()
                .filter(r -> r.unitNodeId() == world.unitA()).findFirst().orElseThrow().reportId());
        assertThat(h1Report.status()).isEqualTo(ReportStatus.ACCEPTED);
        ReportDetails.FigureView figure = h1Report.entries().get(0).figures().get(0);
        assertThat(figure.cumulative()).isEqualTo(figure.earlier() + figure.amount());
        assertThat(figure.earlier()).isPositive();
    }

    private long plan2025(World world, List<Long> units) {
        long indicator = catalog.indicators(world.office()).get(0).id();
        PlanHeader header = new PlanHeader(2025, null, "79a", "KH-SYT", "Bà Rịa", LocalDate.of(2025, 5, 6),
                "Kế hoạch tuyên truyền CCHC năm 2025", "UBND TỈNH", "SỞ Y TẾ", null, null, null, null, "Lưu: VT.",
                "GIÁM ĐỐC", "Trần Văn Thử");
        long id = planDrafting.create(world.office(), header);
        planDrafting.addItem(world.office(), id, planReader.details(world.office(), id).version(), ItemKind.CONTENT,
                null,
                "Tuyên truyền CCHC");
        UUID content = planReader.details(world.office(), id).items(ItemKind.CONTENT).get(0).key();
        for (long unit : units) {
            planDrafting.saveActivity(world.office(), id, planReader.details(world.office(), id).version(), null,
                    new ActivityCommand(content, "Đăng tin CCHC " + unit, unit, List.of(), null, null,
                            List.of(1, 2, 3, 4), null, List.of(), Map.of(indicator, 12)));
        }
        planLifecycle.submit(world.office(), id, planReader.details(world.office(), id).version());
        planLifecycle.issue(world.leader(), id, planReader.details(world.leader(), id).version());
        return id;
    }
}
