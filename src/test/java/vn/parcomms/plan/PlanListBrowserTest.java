package vn.parcomms.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/** An office on a phone filters its plans and pages through them; the filters stay applied. */
class PlanListBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanDrafting planDrafting;

    @Test
    void theOfficeFiltersItsPlansAndPagesThroughThemOnAPhone() {
        World w = fixtures.newWorld();
        for (int i = 1; i <= 55; i++) {
            planDrafting.create(w.office(), PlanTestData.header(2025, "Kế hoạch tuyên truyền số " + i));
        }
        planDrafting.create(w.unitUserA(), PlanTestData.header(2025, "Kế hoạch của Trung tâm Y tế A"));
        page = signedIn(w.office(), true);

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
}
