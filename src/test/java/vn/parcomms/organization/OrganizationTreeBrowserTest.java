package vn.parcomms.organization;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.WebAppTest;
import vn.parcomms.support.browser.Chromium;
import vn.parcomms.support.browser.Screenshots;

/** A reviewer on a phone finds a unit in a province too large to show whole, by opening branches. */
@WebAppTest
class OrganizationTreeBrowserTest {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganizationService organizations;

    private Page page;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void theReviewerOpensTheBranchesOfALargeProvinceDownToASubUnitOnAPhone() {
        World w = fixtures.newWorld();
        for (int i = 1; i <= 210; i++) {
            organizations.create(w.admin(), new OrgNodeCommand(w.admin().username() + "-B" + i,
                    "Trạm Y tế xã số " + i, null, OrgKind.UNIT, w.agency()));
        }
        page = chromium.newPhonePage();
        page.navigate(url("/login"));
        page.locator("#username").fill(w.reviewer().username());
        page.locator("#password").fill(Fixtures.PASSWORD);
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState();

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

    private void assertFitsTheScreenWidth() {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no horizontal scrolling at " + page.viewportSize().width + " px on " + page.url())
                .isEqualTo(true);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
