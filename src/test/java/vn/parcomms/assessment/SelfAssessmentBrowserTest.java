package vn.parcomms.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * The journey of issue 16 on the demo province: the Department of Health's office (vanphong)
 * self-scores 2025 with a reason, a link and a file; its director (giamdoc) submits; Home Affairs
 * (noivu) finds it on the province overview, appraises it with a comment; the overview then shows
 * both scores. On a desktop and on a phone: the office's draft, the appraisal form, the appraised
 * sheet and the overview with its chart (screenshots of each with {@code -Dscreenshots=true}).
 */
class SelfAssessmentBrowserTest extends BrowserJourney {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void officeScoresLeaderSubmitsHomeAffairsAppraisesAndTheOverviewShowsBoth() {
        page = signedIn("vanphong", false);
        page.navigate(url("/rollups/par-index?year=2025"));
        page.locator("#self-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/rollups/par-index/self\\?node=\\d+&year=2025$"));
        assertThat(page.locator("#self-status")).hasAttribute("data-status", "NONE");
        page.locator("#self-0").fill("1");
        page.locator("#reason-0").fill("Kế hoạch 79a/KH-SYT trình ký ngày 28/01, văn thư vào sổ ngày 06/02");
        page.locator("#urls-0").fill("https://syt.example.vn/van-ban/79a-kh-syt");
        page.locator("input[name='entries[0].files']").setInputFiles(
                new FilePayload("To trinh 79a.pdf", "application/pdf", PDF));
        page.locator("#self-save").click();
        assertThat(page.locator("#self-status")).hasAttribute("data-status", "DRAFT");
        Locator first = page.locator("#self-table tr[data-criterion='1']");
        assertThat(first.locator("td.self")).hasText("1");
        assertThat(first.locator("td.computed")).hasText("0,5");
        assertThat(first.locator(".evidence li")).hasCount(2);
        assertThat(first.locator(".evidence li[data-kind=FILE] a")).hasText("To trinh 79a.pdf");
        assertThat(page.locator("#self-export-pdf")).isVisible();
        Screenshots.save(page, "par-index-self-office.png");

        // The office's draft on a phone: the form and its table within the screen.
        page.context().close();
        page = signedIn("vanphong", true);
        page.navigate(url("/rollups/par-index/self?year=2025"));
        assertThat(page.locator("#self-status")).hasAttribute("data-status", "DRAFT");
        assertThat(page.locator("#self-form")).isVisible();
        assertFitsTheScreenWidth();
        Screenshots.save(page, "par-index-self-office-phone.png");

        page.context().close();
        page = signedIn("giamdoc", false);
        page.navigate(url("/rollups/par-index/self?year=2025"));
        page.locator("#self-submit").click();
        assertThat(page.locator("#self-status")).hasAttribute("data-status", "SUBMITTED");
        assertThat(page.locator("#self-submitted")).containsText("Gửi thẩm định");

        // Home Affairs' appraisal form on a phone.
        page.context().close();
        page = signedIn("noivu", true);
        page.navigate(url("/rollups/par-index/overview?year=2025"));
        page.locator("#overview-table tbody tr[data-status=SUBMITTED] a").click();
        assertThat(page.locator("#points-0")).isVisible();
        assertFitsTheScreenWidth();
        Screenshots.save(page, "par-index-self-appraisal-phone.png");

        page.context().close();
        page = signedIn("noivu", false);
        page.navigate(url("/rollups/par-index/overview?year=2025"));
        Locator health = page.locator("#overview-table tbody tr[data-status=SUBMITTED]");
        assertThat(health).hasCount(1);
        health.locator("a").click();
        assertThat(page.locator("#self-status")).hasAttribute("data-status", "SUBMITTED");
        page.locator("#points-0").fill("0,75");
        page.locator("#comment-0").fill("Kế hoạch vào sổ sau hạn; công nhận một phần");
        Screenshots.save(page, "par-index-self-appraisal.png");
        page.locator("#appraise-save").click();
        assertThat(page.locator("#self-status")).hasAttribute("data-status", "APPRAISED");
        // A locator belongs to its page: the office's page was closed, so find the row again on this one.
        first = page.locator("#self-table tr[data-criterion='1']");
        assertThat(first.locator("td.appraised")).hasText("0,75");
        assertThat(first.locator("td.difference")).hasText("-0,25");
        assertThat(page.locator("#self-history li").first()).hasAttribute("data-action", "APPRAISED");
        Screenshots.save(page, "par-index-self-appraised.png");

        page.navigate(url("/rollups/par-index/overview?year=2025"));
        Locator appraised = page.locator("#overview-table tbody tr[data-status=APPRAISED]");
        assertThat(appraised.locator(".rank")).hasText("1");
        assertThat(appraised.locator(".appraised")).not().hasText("–");
        assertThat(appraised.locator(".self")).not().hasText("–");
        assertThat(page.locator("#overview-chart .chart-row rect.bar-appraised")).hasCount(1);
        assertThat(page.locator("#overview-axis")).containsText("điểm");
        Screenshots.save(page, "par-index-overview.png");

        // The same pages on a phone: nothing wider than the screen, names wrap above their bars.
        page.context().close();
        page = signedIn("noivu", true);
        page.navigate(url("/rollups/par-index/overview?year=2025"));
        assertThat(page.locator("#overview-chart")).isVisible();
        assertFitsTheScreenWidth();
        Screenshots.save(page, "par-index-overview-phone.png");
        page.locator("#overview-table tbody tr[data-status=APPRAISED] a").click();
        assertThat(page.locator("#self-table")).isVisible();
        assertFitsTheScreenWidth();
        Screenshots.save(page, "par-index-self-phone.png");

        page.context().close();
        page = signedIn("vanphong", true);
        page.navigate(url("/rollups/par-index/self?year=2025"));
        assertThat(page.locator("#self-status")).hasAttribute("data-status", "APPRAISED");
        assertFitsTheScreenWidth();
    }
}
