package vn.parcomms.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * The demo office (vanphong, Sở Y tế) reaches the PAR INDEX self-assessment from the rollup
 * dashboard, picks 2025, sees the three points with their evidence, opens the plan behind the
 * first point, comes back and downloads the workbook and the evidence pack; the page also fits a phone.
 */
class ParIndexBrowserTest extends BrowserJourney {

    @Test
    void theDemoOfficeOpensItsSelfAssessmentFollowsTheEvidenceAndDownloadsTheWorkbook() throws Exception {
        page = signedIn("vanphong", false);
        page.locator("#rollups-card a").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups$"));
        page.locator("#par-index-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups/par-index$"));
        page.locator("#year").fill("2025");
        page.locator("#par-index-filter button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups/par-index\\?year=2025$"));

        assertThat(page.locator("#par-index-total")).containsText("Sở Y tế Thành phố Hồ Chí Minh, năm 2025: ");
        assertThat(page.locator("#point-plan a")).hasText("79a/KH-SYT");
        assertThat(page.locator("#point-plan td").first()).containsText("ban hành ngày");
        assertThat(page.locator("#point-carried td").first()).containsText("nhiệm vụ đến hạn đã hoàn thành");
        assertThat(page.locator("#point-carried a")).hasAttribute("href",
                Pattern.compile("/rollups\\?node=\\d+&plan=\\d+&period=YEAR"));
        // Sở Y tế is an agency: scored on its own consolidated reports to Home Affairs, one line per period.
        assertThat(page.locator("#point-reports td").first()).containsText("báo cáo tổng hợp gửi Sở Nội vụ đúng hạn");
        assertThat(page.locator("#point-reports li")).hasCount(4);
        assertThat(page.locator("#par-index-table td.text-end")).hasCount(3);
        // Points in the user's number format, as in the total ("0,5", not "0.5").
        assertThat(page.locator("#point-plan td.text-end")).hasText("0,5");
        Screenshots.save(page, "par-index.png");

        // The first point's evidence is the plan itself.
        page.locator("#point-plan a").click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+$"));
        assertThat(page.locator("main")).containsText("79a/KH-SYT");
        page.goBack();
        assertThat(page).hasURL(Pattern.compile(".*/rollups/par-index\\?year=2025$"));

        Download download = page.waitForDownload(() -> page.locator("#export-xlsx").click());
        assertThat(download.suggestedFilename()).isEqualTo("par-index-So-Y-te-Thanh-pho-Ho-Chi-Minh-2025.xlsx");
        byte[] bytes = Files.readAllBytes(download.path());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetName(4)).isEqualTo("Tự chấm và thẩm định");
            assertThat(book.getSheetName(0)).isEqualTo("Tổng hợp điểm");
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("79a/KH-SYT");
            String total = page.locator("#par-index-total").innerText();
            double points = book.getSheetAt(0).getRow(4).getCell(3).getNumericCellValue();
            assertThat(total).as("the workbook's total is the page's")
                    .contains(": " + (points == Math.rint(points) ? String.valueOf((long) points)
                            : String.valueOf(points).replace('.', ',')) + " / ");
        }

        // The evidence pack of the node the page shows: the sheet, the plan named by its criterion, the index.
        Download pack = page.waitForDownload(() -> page.locator("#evidence-zip").click());
        assertThat(pack.suggestedFilename()).isEqualTo("ho-so-minh-chung-So-Y-te-Thanh-pho-Ho-Chi-Minh-2025.zip");
        java.util.List<String> names = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(pack.path()))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("00-bang-tu-cham-diem-2025.xlsx", "00-bang-tu-cham-diem-2025.pdf", "index.csv",
                "01-TC1-ke-hoach-79a-KH-SYT.pdf");
    }

    @Test
    void theSelfAssessmentFitsAPhone() {
        page = signedIn("vanphong", true);
        page.navigate(url("/rollups/par-index?year=2025"));
        assertThat(page.locator("#par-index-table")).isVisible();
        assertThat(page.locator("#export-xlsx")).isVisible();
        assertThat(page.locator("#evidence-zip")).isVisible();
        assertFitsTheScreenWidth();
    }

    @Test
    void theProvincesAdministratorAddsACriterionToTheYearsSetOnAPhone() {
        page = signedIn("admin", true);
        page.navigate(url("/rollups/par-index/rules/2027/edit"));
        assertThat(page.locator("#rules-table tr[data-rule]")).hasCount(3);
        assertThat(page.locator("#criteria-scope")).containsText("mặc định");
        assertFitsTheScreenWidth();

        page.locator("#add-criterion").click();
        page.locator("#code").fill("4");
        page.locator("#title").fill("Chấm tay: sáng kiến tuyên truyền");
        page.locator("#maxPoints").fill("0.5");
        page.locator("#kind").selectOption("MANUAL");
        assertFitsTheScreenWidth();
        page.locator("#rule-form button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile(".*/rollups/par-index/rules/2027/edit$"));
        assertThat(page.locator("#rules-table tr[data-rule]")).hasCount(4);
        assertThat(page.locator("#criteria-scope")).containsText("riêng của tỉnh");
        assertThat(page.locator("#rule-history li[data-action=ADDED]")).containsText("Thêm tiêu chí 4");
        assertFitsTheScreenWidth();
        Screenshots.save(page, "par-index-criteria.png");
    }
}
