package vn.parcomms.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.support.WebAppTest;
import vn.parcomms.support.browser.Chromium;
import vn.parcomms.support.browser.Screenshots;

/**
 * The demo reviewer (noivu, Sở Nội vụ) opens the province view from the home card, sees the demo
 * health department's issued plan 79a/KH-SYT, downloads the page as a workbook and drills down to
 * the department's dashboard; the page fits a phone.
 */
@WebAppTest
class ProvinceReviewBrowserTest {

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
    void theDemoReviewerOpensTheProvinceViewAndDrillsDownToTheHealthDepartment() {
        page = signedIn("noivu", false);
        page.locator("#review-card a").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups/province$"));
        assertThat(page.locator("#year")).hasValue("2025");
        Locator health = page.locator("#agencies-table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("a.agency-link", new Page.LocatorOptions().setHasText("Sở Y tế"))));
        assertThat(health).hasCount(1);
        assertThat(health.locator("td.plan-status")).containsText("79a/KH-SYT");
        assertThat(health.locator("td.plan-status")).containsText("Đã ban hành");
        assertThat(page.locator("#indicators-table tbody tr").first()).isVisible();
        assertThat(page.locator("#province-plan")).hasText("148/KH-UBND");
        if (Screenshots.enabled()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("docs", "screenshots",
                    "province-view.png")).setFullPage(true));
        }

        // The whole page as a workbook: one sheet per table, the agencies on the first.
        Download download = page.waitForDownload(() -> page.locator("#export-xlsx").click());
        assertThat(download.suggestedFilename()).matches("province-.*-2025-YEAR\\.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(download.path()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            Sheet agencies = book.getSheet("Các cơ quan");
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= agencies.getLastRowNum(); r++) {
                names.add(agencies.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).hasSize((int) page.locator("#agencies-table tbody tr").count());
            assertThat(names).anyMatch(n -> n.startsWith("Sở Y tế")).anyMatch(n -> n.startsWith("Sở Nội vụ"));
            Row health79a = agencies.getRow(1 + names.indexOf(names.stream().filter(n -> n.startsWith("Sở Y tế"))
                    .findFirst().orElseThrow()));
            assertThat(health79a.getCell(2).getStringCellValue()).isEqualTo("79a/KH-SYT");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        health.locator("a.agency-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups\\?node=\\d+$"));
        assertThat(page.locator("#node option[selected]")).containsText("Sở Y tế");
        assertThat(page.locator("#timeliness-table")).isVisible();
    }

    @Test
    void theProvinceViewFitsAPhone() {
        page = signedIn("noivu", true);
        page.navigate(url("/rollups/province"));
        assertThat(page.locator("#agencies-table")).isVisible();
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no horizontal scrolling at 375 px").isEqualTo(true);
    }

    @Test
    void theReviewerReachesTheDeadlinesPageFromTheProvinceViewAndItFitsAPhone() {
        page = signedIn("noivu", true);
        page.navigate(url("/rollups/province?year=2025"));
        page.locator("#deadlines-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups/province/deadlines\\?year=2025$"));
        assertThat(page.locator("#deadline-Q1")).hasValue("2025-03-21");
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
