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
import org.junit.jupiter.api.Test;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * The demo reviewer (noivu, Sở Nội vụ) opens the province view from the home card, sees the demo
 * health department's issued plan 79a/KH-SYT, downloads the page as a workbook and drills down to
 * the department's dashboard; the page fits a phone.
 */
class ProvinceReviewBrowserTest extends BrowserJourney {

    @Test
    void theDemoReviewerOpensTheProvinceViewAndDrillsDownToTheHealthDepartment() {
        page = signedIn("noivu", false);
        page.locator("#review-card a").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups/province$"));
        assertThat(page.locator("#year")).hasValue("2025");
        Locator health = page.locator("#agencies-table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("a.agency-link", new Page.LocatorOptions()
                        .setHasText("Sở Y tế Thành phố Hồ Chí Minh"))));
        assertThat(health).hasCount(1);
        assertThat(health.locator("td.plan-status")).containsText("79a/KH-SYT");
        assertThat(health.locator("td.plan-status")).containsText("Đã ban hành");
        assertThat(page.locator("#indicators-table tbody tr").first()).isVisible();
        assertThat(page.locator("#province-plan")).hasText("148/KH-UBND");
        Screenshots.save(page, "province-view.png");

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
            Row health79a = agencies.getRow(1 + names.indexOf(names.stream().filter(n -> n.startsWith("Sở Y tế Thành phố"))
                    .findFirst().orElseThrow()));
            assertThat(health79a.getCell(2).getStringCellValue()).isEqualTo("79a/KH-SYT");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        health.locator("a.agency-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups\\?node=\\d+$"));
        assertThat(page.locator("#node option[selected]")).containsText("Sở Y tế Thành phố Hồ Chí Minh");
        assertThat(page.locator("#timeliness-table")).isVisible();
    }

    @Test
    void theProvinceViewFitsAPhone() {
        page = signedIn("noivu", true);
        page.navigate(url("/rollups/province"));
        assertThat(page.locator("#agencies-table")).isVisible();
        assertFitsTheScreenWidth();
    }

    @Test
    void theReviewerReachesTheDeadlinesPageFromTheProvinceViewAndItFitsAPhone() {
        page = signedIn("noivu", true);
        page.navigate(url("/rollups/province?year=2025"));
        page.locator("#deadlines-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups/province/deadlines\\?year=2025$"));
        assertThat(page.locator("#deadline-Q1")).hasValue("21/03/2025");
        assertFitsTheScreenWidth();
    }
}
