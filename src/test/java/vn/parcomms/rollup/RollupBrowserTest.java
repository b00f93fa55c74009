package vn.parcomms.rollup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.support.WebAppTest;
import vn.parcomms.support.browser.Chromium;
import vn.parcomms.support.browser.Screenshots;

/**
 * The demo office (vanphong, Sở Y tế) opens the rollup of the demo plan 79a/KH-SYT for the first
 * six months, sees the charts drawn beside their tables, clicks a number and lands on the report
 * behind it; the page also fits a phone.
 */
@WebAppTest
class RollupBrowserTest {

    private static Chromium chromium;

    @LocalServerPort
    int port;

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
    void theDemoOfficeOpensTheDashboardAndDrillsDownFromANumberToTheReport() {
        page = signedIn("vanphong", false);
        page.locator("#rollups-card a").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups$"));
        page.locator("#plan").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("79a/KH-SYT"));
        page.locator("#period").selectOption("H1");
        page.locator("#rollup-filter button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups\\?plan=\\d+&period=H1$"));
        page.waitForLoadState();
        assertThat(page.locator("#timeliness-table tbody tr").first()).isVisible();
        page.waitForFunction("() => typeof Chart !== 'undefined'");

        // Every chart is drawn by Chart.js from the table beside it.
        Locator charts = page.locator("canvas.rollup-chart");
        assertThat(charts).hasCount(4);
        for (int i = 0; i < 4; i++) {
            Object drawn = charts.nth(i).evaluate("c => Chart.getChart(c) != null && c.width > 0");
            assertThat(drawn).as("chart " + i).isEqualTo(true);
        }
        Object firstValue = page.evaluate("() => Chart.getChart(document.querySelector('canvas[data-table=indicators-table]'))"
                + ".data.datasets[1].data[0]");
        String tableValue = page.locator("#indicators-table tbody tr").first().locator("td").nth(2).innerText().trim();
        assertThat(String.valueOf(((Number) firstValue).longValue())).isEqualTo(tableValue);
        if (Screenshots.enabled()) {
            // The first screenful (matrix, indicators, completion): the whole page is too long to read.
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("docs", "screenshots",
                    "rollup-dashboard.png")).setFullPage(true).setClip(0, 0, Chromium.DESKTOP_WIDTH, 1600));
        }

        // A number drills down to the report behind it.
        Locator accepted = page.locator("#timeliness-table a.badge[href^='/reports/']").first();
        accepted.click();
        assertThat(page).hasURL(Pattern.compile(".*/reports/\\d+$"));
        assertThat(page.locator("#report-status")).isVisible();
        page.goBack();

        // The totals drill down to the accepted reports on the follow-up page.
        page.locator("#indicators-table tbody tr").first().locator("a").click();
        assertThat(page).hasURL(Pattern.compile(".*/reports\\?plan=\\d+&period=H1&status=ACCEPTED$"));
        assertThat(page.locator("#follow-up tbody tr").first()).containsText("Đã tiếp nhận");
        page.goBack();

        Download download = page.waitForDownload(() -> page.locator("#export-xlsx").click());
        assertThat(download.suggestedFilename()).matches("rollup-79a-KH-SYT-2025-H1\\.xlsx");
    }

    @Test
    void theDashboardFitsAPhone() {
        page = signedIn("vanphong", true);
        page.navigate(url("/rollups"));
        assertThat(page.locator("#timeliness-table")).isVisible();
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no horizontal scrolling at 375 px").isEqualTo(true);
    }

    private Page signedIn(String username, boolean phone) {
        Page p = phone ? chromium.newPhonePage() : chromium.newDesktopPage();
        p.navigate(url("/login"));
        p.locator("#username").fill(username);
        p.locator("#password").fill("demo");
        p.locator("main form button[type=submit]").click();
        p.waitForLoadState();
        assertThat(p).hasURL(url("/"));
        return p;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
