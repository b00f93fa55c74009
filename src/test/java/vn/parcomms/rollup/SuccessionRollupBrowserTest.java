package vn.parcomms.rollup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * The administrator merges two district health centres into a regional centre from the first
 * centre's page, with the preview; after the regional centre's nine-month report, the
 * department's office opens the year's dashboard and sees both predecessors' figures, said so.
 */
class SuccessionRollupBrowserTest extends BrowserJourney {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    OrganizationService organizations;
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

    @Test
    void theAdminMergesTwoCentresAndTheOfficeSeesBothPredecessorsFiguresOnTheYearsDashboard() {
        world = fixtures.newWorld();
        plan = planFixtures.issuedPlan(world, 2025);
        String nameA = organizations.find(world.unitA()).name();
        String nameB = organizations.find(world.unitB()).name();
        accepted(world.unitUserA(), ReportPeriod.Q1, 4, LocalDateTime.of(2025, 4, 3, 9, 0));
        accepted(world.unitUserB(), ReportPeriod.Q1, 6, LocalDateTime.of(2025, 4, 4, 9, 0));
        accepted(world.unitUserA(), ReportPeriod.H1, 3, LocalDateTime.of(2025, 6, 16, 9, 0));
        accepted(world.unitUserB(), ReportPeriod.H1, 5, LocalDateTime.of(2025, 6, 16, 10, 0));
        String code = organizations.find(world.agency()).code();
        long regional = organizations.create(world.admin(), new OrgNodeCommand(code + ".TTKV",
                "Trung tâm Y tế khu vực Long Đất", null, OrgKind.UNIT, world.agency()));

        for (boolean phone : new boolean[] {false, true}) {
            page = signedIn(world.admin(), phone);
            page.navigate(url("/organizations/" + world.unitA()));
            page.locator("a[href$='kind=MERGE']").click();
            page.locator("#effectiveDate").fill("2025-07-01");
            page.locator("#decision").fill("2468/QĐ-UBND");
            page.locator("#targetId").selectOption(String.valueOf(regional));
            page.locator("input[name=otherIds][value='" + world.unitB() + "']").check();
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("main")).containsText("Xác nhận thay đổi");
            assertThat(page.locator("main")).containsText(nameB);
            assertFitsTheScreenWidth();
            Screenshots.save(page, phone ? "succession-merge-preview-phone.png" : "succession-merge-preview.png");
            if (phone) {
                // the phone only looks: the desktop run made the change
                page.context().close();
                page = null;
                break;
            }
            page.locator("main form button.btn-danger").click();
            assertThat(page.locator("main")).containsText("Trung tâm Y tế khu vực Long Đất");
            page.context().close();
            page = null;
        }

        // the regional centre files its nine months on the work A and B led: 2 on each of three activities
        CurrentUser centre = new CurrentUser(world.unitUserA().id(), world.unitUserA().username(),
                world.unitUserA().fullName(), Role.UNIT, regional);
        accepted(centre, ReportPeriod.M9, 2, LocalDateTime.of(2025, 9, 16, 9, 0));

        for (boolean phone : new boolean[] {false, true}) {
            page = signedIn(world.office(), phone);
            page.navigate(url("/rollups?plan=" + plan.id() + "&period=M9"));
            assertThat(page.locator("#lineage-note")).containsText("Trung tâm Y tế khu vực Long Đất gồm số liệu của");
            assertThat(page.locator("#lineage-note")).containsText(nameA + " đến 30/06/2025");
            assertThat(page.locator("#lineage-note")).containsText(nameB + " đến 30/06/2025");
            // A's 4 + 3 + 3, B's 6 + 5 and the centre's 2 + 2 + 2 under the indicator
            assertThat(page.locator("#indicators")).containsText("27");
            assertFitsTheScreenWidth();
            Screenshots.saveTop(page, phone ? "succession-dashboard-phone.png" : "succession-dashboard.png",
                    phone ? 1400 : 900);
            page.context().close();
            page = null;
        }
    }

    /** The unit files the period with {@code figure} for every indicator of every entry, and the office accepts it. */
    private void accepted(CurrentUser unit, ReportPeriod period, int figure, LocalDateTime at) {
        Clock clock = Clock.fixed(at.atZone(VIETNAM).toInstant(), VIETNAM);
        long id = transactions.execute(tx -> {
            ReportDrafting drafting = reportDrafting.withClock(clock);
            long report = drafting.open(unit, plan.id(), period);
            ReportDetails details = reportReader.details(unit, report);
            List<ReportCommand.Entry> entries = new ArrayList<>();
            for (ReportDetails.EntryView e : details.entries()) {
                Map<Long, Integer> figures = new HashMap<>();
                e.figures().forEach(f -> figures.put(f.indicatorId(), figure));
                entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.IN_PROGRESS, null,
                        "Công văn 1/TTYT", null, figures));
            }
            long version = drafting.save(unit, report, details.version(), new ReportCommand("Đã thực hiện.", null,
                    null, null, null, entries, List.of(), List.of()));
            reportLifecycle.withClock(clock).submit(unit, report, version);
            return report;
        });
        reportLifecycle.accept(world.office(), id, reportReader.details(world.office(), id).version());
    }
}
