package vn.parcomms.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.browser.BrowserJourney;

/**
 * The office enters a list into its plan's outline on a phone: the pasted block becomes items and
 * a heading is renamed without the page being loaded again (the editor swaps itself in place).
 */
@Import(PlanTestData.class)
class PlanOutlineBrowserTest extends BrowserJourney {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanTestData data;

    @Test
    void theOfficePastesAListAndRenamesAHeadingWithoutAReload() {
        World w = fixtures.newWorld();
        long id = data.draft(w);
        page = signedIn(w.office(), true);
        page.navigate(url("/plans/" + id + "/outline"));
        page.evaluate("() => { window.sameDocument = true; }");

        Locator solutions = page.locator(".outline-section", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Giải pháp thực hiện")).first();
        solutions.locator("textarea[name=text]").fill("1. Kiểm tra định kỳ:\n+ Quý II;\n+ Quý IV.\n2. Báo cáo đột xuất.");
        solutions.locator("button[type=submit]", new Locator.LocatorOptions().setHasText("Thêm mục")).click();
        Locator updated = page.locator(".outline-section", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Giải pháp thực hiện")).first();
        assertThat(updated.locator(".outline-item-text")).hasCount(3);
        assertThat(updated.locator(".outline-item-text").nth(1)).containsText("Kiểm tra định kỳ:");
        assertThat(updated.locator(".outline-item-text").nth(1)).containsText("+ Quý IV.");
        assertThat(updated.locator(".outline-item-text").nth(2)).hasText("Báo cáo đột xuất.");

        Locator heading = updated.locator("input[name=heading]").first();
        heading.fill("GIẢI PHÁP");
        updated.locator("button[type=submit]", new Locator.LocatorOptions().setHasText("Lưu")).first().click();
        assertThat(page.locator(".outline-heading", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("GIẢI PHÁP"))).hasCount(1);
        assertThat(page.locator(".alert-success")).containsText("Đã lưu phần.");
        assertThat(page.evaluate("() => window.sameDocument === true")).as("no reload").isEqualTo(true);
        assertFitsTheScreenWidth();
    }
}
