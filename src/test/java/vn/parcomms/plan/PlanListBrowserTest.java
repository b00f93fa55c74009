package vn.parcomms.plan;

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

/** An office on a phone filters its plans and pages through them; the filters stay applied. */
@WebAppTest
class PlanListBrowserTest {

    private static Chromium chromium;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanService plans;

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
    void theOfficeFiltersItsPlansAndPagesThroughThemOnAPhone() {
        World w = fixtures.newWorld();
        for (int i = 1; i <= 55; i++) {
            plans.create(w.office(), PlanTestData.header(2025, "Kế hoạch tuyên truyền số " + i));
        }
        plans.create(w.unitUserA(), PlanTestData.header(2025, "Kế hoạch của Trung tâm Y tế A"));
        page = chromium.newPhonePage();
        page.navigate(url("/login"));
        page.locator("#username").fill(w.office().username());
        page.locator("#password").fill(Fixtures.PASSWORD);
        page.locator("main form button[type=submit]").click();
        page.waitForLoadState();

        page.navigate(url("/plans"));
        page.locator("#year").selectOption("2025");
        page.locator("#node").selectOption(String.valueOf(w.agency()));
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("p.plan-count")).hasText("Kế hoạch 1–50 trong tổng số 56");
        assertFitsTheScreenWidth();
        Screenshots.save(page, "plans-phone.png");

        page.locator("nav .pagination a[rel=next]").click();
        assertThat(page).hasURL(Pattern.compile(".*year=2025.*node=" + w.agency() + ".*page=1$"));
        assertThat(page.locator("p.plan-count")).hasText("Kế hoạch 51–56 trong tổng số 56");
        assertThat(page.locator("#year")).hasValue("2025");
        assertFitsTheScreenWidth();

        page.locator("#issuer").fill("Trung tâm Y tế A");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("table.plan-list tbody tr")).hasCount(1);
        assertThat(page.locator("table.plan-list")).containsText("Kế hoạch của Trung tâm Y tế A");
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
