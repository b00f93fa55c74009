package vn.parcomms.rollup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.support.SuccessionFixtures;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Chromium;
import vn.parcomms.support.browser.Screenshots;

/**
 * Issue 13's journey: the administrator merges two health centres into a regional centre from the
 * first centre's page, checking the preview of what moves with the effective date and the
 * decision; after the regional centre's nine-month report the department's office opens the year's
 * dashboard and sees both predecessors' figures, said so. Once on a desktop, once on a phone.
 */
class SuccessionRollupBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    SuccessionFixtures story;
    @Autowired
    OrganizationService organizations;

    @Test
    void onADesktopTheAdminMergesTwoCentresAndTheOfficeSeesBothPredecessorsFigures() {
        journey(false);
    }

    @Test
    void onAPhoneTheAdminMergesTwoCentresAndTheOfficeSeesBothPredecessorsFigures() {
        journey(true);
    }

    private void journey(boolean phone) {
        int width = phone ? Chromium.PHONE_WIDTH : Chromium.DESKTOP_WIDTH;
        World world = fixtures.newWorld();
        IssuedPlan plan = planFixtures.issuedPlan(world, 2025);
        String nameA = organizations.find(world.unitA()).name();
        String nameB = organizations.find(world.unitB()).name();
        // before the date: A 4 then 3 on each of its activities, B 6 then 5
        story.accepted(world, plan.id(), world.unitUserA(), ReportPeriod.Q1, 4, LocalDateTime.of(2025, 4, 3, 9, 0));
        story.accepted(world, plan.id(), world.unitUserB(), ReportPeriod.Q1, 6, LocalDateTime.of(2025, 4, 4, 9, 0));
        story.accepted(world, plan.id(), world.unitUserA(), ReportPeriod.H1, 3, LocalDateTime.of(2025, 6, 16, 9, 0));
        story.accepted(world, plan.id(), world.unitUserB(), ReportPeriod.H1, 5, LocalDateTime.of(2025, 6, 16, 10, 0));
        long regional = story.newUnit(world, world.agency(), "Trung tâm Y tế khu vực Long Đất");
        String regionalName = organizations.find(regional).name();

        page = signedIn(world.admin(), phone);
        page.navigate(url("/organizations/" + world.unitA()));
        page.locator("a[href$='kind=MERGE']").click();
        page.locator("#effectiveDate").fill("01/07/2025");
        page.locator("#decision").fill(SuccessionFixtures.DECISION);
        page.locator("#targetId").selectOption(String.valueOf(regional));
        page.locator("input[name=otherIds][value='" + world.unitB() + "']").check();
        page.locator("main form button[type=submit]").click();
        // the preview: nothing saved yet, both centres end, their users move to the regional centre
        assertThat(page.locator("main")).containsText("Chưa có gì được lưu");
        assertThat(page.locator("main")).containsText("01/07/2025");
        assertThat(page.locator("main")).containsText(SuccessionFixtures.DECISION);
        assertThat(page.locator("main")).containsText(nameA);
        assertThat(page.locator("main")).containsText(nameB);
        assertFitsTheScreenWidth();
        Screenshots.save(page, "succession-merge-preview-" + width + ".png");
        page.locator("main form button.btn-danger").click();
        // the first centre's page now tells its history: it ended, the regional centre took over
        assertThat(page.locator("main .succession")).containsText(regionalName);
        assertThat(page.locator("main .succession")).containsText(SuccessionFixtures.DECISION);
        page.context().close();
        page = null;

        // the regional centre files its nine months on the work A and B led: 2 on each of three activities
        story.accepted(world, plan.id(), SuccessionFixtures.movedTo(world.unitUserA(), Role.UNIT, regional),
                ReportPeriod.M9, 2, LocalDateTime.of(2025, 9, 16, 9, 0));

        page = signedIn(world.office(), phone);
        page.navigate(url("/rollups?plan=" + plan.id() + "&period=M9"));
        assertThat(page.locator("#lineage-note")).containsText(regionalName + " gồm số liệu của");
        assertThat(page.locator("#lineage-note")).containsText(nameA + " đến 30/06/2025");
        assertThat(page.locator("#lineage-note")).containsText(nameB + " đến 30/06/2025");
        // A's 4 + 3 + 3, B's 6 + 5 and the centre's 2 + 2 + 2 under the indicator
        assertThat(page.locator("#indicators")).containsText("27");
        assertFitsTheScreenWidth();
        Screenshots.saveTop(page, "succession-dashboard-" + width + ".png", phone ? 1400 : 900);
    }
}
