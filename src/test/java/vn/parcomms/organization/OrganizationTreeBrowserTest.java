package vn.parcomms.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/** A reviewer on a phone finds a unit in a province too large to show whole, by opening branches. */
class OrganizationTreeBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganizationService organizations;

    @Test
    void theReviewerOpensTheBranchesOfALargeProvinceDownToASubUnitOnAPhone() {
        World w = fixtures.newWorld();
        for (int i = 1; i <= 210; i++) {
            organizations.create(w.admin(), new OrgNodeCommand(w.admin().username() + "-B" + i,
                    "Trạm Y tế xã số " + i, null, OrgKind.UNIT, w.agency()));
        }
        page = signedIn(w.reviewer(), true);

        page.navigate(url("/organizations"));
        assertThat(page.locator("table.org-tree tbody tr")).hasCount(3);
        assertThat(page.locator("main")).containsText("các nhánh được thu gọn");
        assertFitsTheScreenWidth();
        Screenshots.save(page, "organizations-collapsed-phone.png");

        page.locator("#node-" + w.agency() + " a.tree-open").click();
        assertThat(page).hasURL(Pattern.compile(".*/organizations\\?open=" + w.agency() + "#node-" + w.agency()));
        assertThat(page.locator("table.org-tree tbody tr")).hasCount(3 + 212);
        assertThat(page.locator("#node-" + w.subUnitA())).hasCount(0);

        page.locator("#node-" + w.unitA() + " a.tree-open").click();
        assertThat(page.locator("#node-" + w.subUnitA())).isVisible();
        assertFitsTheScreenWidth();

        page.locator("#node-" + w.agency() + " a.tree-close").click();
        assertThat(page.locator("table.org-tree tbody tr")).hasCount(3);
    }
}
