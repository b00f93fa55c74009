package vn.parcomms.rollup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * The demo office (vanphong, Sở Y tế) opens the rollup of the demo plan 79a/KH-SYT for the first
 * six months, sees the charts drawn beside their tables, clicks a number and lands on the report
 * behind it; the page also fits a phone.
 */
class RollupBrowserTest extends BrowserJourney {

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

        // Every chart is drawn by Chart.js from the table beside it, one chart per unit of measure
        // (ADR 0031): as many indicator charts as the table has units, each with one unit only.
        Locator charts = page.locator("canvas.rollup-chart");
        int count = charts.count();
        assertThat(count).isGreaterThanOrEqualTo(4);
        for (int i = 0; i < count; i++) {
            Object drawn = charts.nth(i).evaluate("c => Chart.getChart(c) != null && c.width > 0");
            org.assertj.core.api.Assertions.assertThat(drawn).as("chart " + i).isEqualTo(true);
        }
        Object units = page.evaluate("() => new Set(Array.from(document.querySelectorAll("
                + "'#indicators-table .chart-measure')).map(td => td.textContent.trim())).size");
        assertThat(page.locator("canvas[data-table=indicators-table]")).hasCount(((Number) units).intValue());
        Object firstValue = page.evaluate("() => Chart.getChart(document.querySelector('canvas[data-table=indicators-table]'))"
                + ".data.datasets[1].data[0]");
        String tableValue = page.locator("#indicators-table tbody tr").first().locator("td").nth(2)
                .getAttribute("data-value");
        org.assertj.core.api.Assertions.assertThat(String.valueOf(((Number) firstValue).longValue()))
                .isEqualTo(tableValue);
        // The first screenful (matrix, indicators, completion): the whole page is too long to read.
        Screenshots.saveTop(page, "rollup-dashboard.png", 1600);

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
        // the year-over-year table scrolls inside its own focusable region, not the page
        page.locator("#year-over-year").scrollIntoViewIfNeeded();
        assertThat(page.locator("#year-over-year [role=region][tabindex='0']"))
                .hasAttribute("aria-label", "So sánh theo năm");
        assertThat(page.locator("#years-table tbody tr").first()).isVisible();
        assertFitsTheScreenWidth();
        // The charts at 375 px: every label drawn (none skipped), each chart inside the screen.
        page.locator("#plan").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("79a/KH-SYT"));
        page.locator("#period").selectOption("H1");
        page.locator("#rollup-filter button[type=submit]").click();
        page.waitForFunction("() => typeof Chart !== 'undefined'");
        Object fits = page.evaluate("() => Array.from(document.querySelectorAll('canvas.rollup-chart')).every(c => {"
                + " const chart = Chart.getChart(c); if (!chart) return false;"
                + " const r = c.getBoundingClientRect();"
                + " return chart.scales.x.ticks.length === chart.data.labels.length"
                + " && r.left >= 0 && r.right <= window.innerWidth + 1; })");
        org.assertj.core.api.Assertions.assertThat(fits).isEqualTo(true);
        assertFitsTheScreenWidth();
    }
}
