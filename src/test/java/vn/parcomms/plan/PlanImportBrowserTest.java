package vn.parcomms.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.document.ClerkDocx;
import vn.parcomms.document.DocumentText;
import vn.parcomms.document.SeedPlan79a;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * Issue 12's journey: the office imports a plan from a clerk's Word file, reviews what was
 * recognised, corrects a heading in the outline editor and adds a "+" sub-bullet, submits; the
 * leader issues it; the Word file and the PDF downloaded from the plan page read exactly like the
 * page's preview. On a desktop (1280 px) and on a phone (375 px).
 */
class PlanImportBrowserTest extends BrowserJourney {

    private static final String SUB_BULLET = "Trước hết là đội ngũ cán bộ, công chức của Sở.";

    @Autowired
    Fixtures fixtures;

    @ParameterizedTest(name = "phone: {0}")
    @ValueSource(booleans = {false, true})
    void theOfficeImportsAWordPlanCorrectsItAndTheLeaderIssuesWhatThePreviewShows(boolean phone) throws Exception {
        World w = fixtures.newWorld();
        Path file = Files.createTempFile("ke-hoach-79a", ".docx");
        Files.write(file, ClerkDocx.write(SeedPlan79a.document()));

        page = signedIn(w.office(), phone);
        page.navigate(url("/plans"));
        page.locator("#plan-import").click();
        page.locator("#file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc tệp")).click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/import/review$"));
        assertThat(page.locator("#import-outline .import-heading").first())
                .hasText("I. Mục tiêu, yêu cầu và đối tượng:");
        assertThat(page.locator("#import-outline")).containsText("III. GIẢI PHÁP THỰC HIỆN");
        assertThat(page.locator("#signerName")).hasValue(SeedPlan79a.FICTIONAL_SIGNER);
        assertThat(page.locator("#import-plain")).containsText("(Đã ký)");
        assertFitsTheScreenWidth();
        if (phone) {
            Screenshots.saveTop(page, "plan-import-review-phone.png", 1600);
        } else {
            Screenshots.saveTop(page, "plan-import-review.png", 1800);
        }
        page.locator("#import-confirm").click();
        assertThat(page.locator(".alert-success")).containsText("Đã tạo dự thảo kế hoạch từ tệp Word");
        String planUrl = page.url();
        assertThat(planUrl).matches(".*/plans/\\d+$");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bố cục văn bản")).click();
        Locator solutions = page.locator(".outline-section:has(.outline-heading:text-is('GIẢI PHÁP THỰC HIỆN'))");
        solutions.locator("input[name=heading][id^=heading-]").fill("GIẢI PHÁP THỰC HIỆN KẾ HOẠCH");
        solutions.locator("button[type=submit]", new Locator.LocatorOptions().setHasText("Lưu")).first().click();
        assertThat(page.locator(".outline-heading:text-is('GIẢI PHÁP THỰC HIỆN KẾ HOẠCH')")).hasCount(1);

        // The innermost section headed "Mục tiêu:" (its parent section has that heading inside it too).
        Locator purposes = page.locator(".outline-section:has(.outline-heading:text-is('Mục tiêu:'))").last();
        purposes.locator(".outline-item").first().getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Sửa")).click();
        // Only the item being edited has a form with its text.
        Locator editing = page.locator(".outline-item form:has(textarea[name=text])");
        Locator text = editing.locator("textarea[name=text]");
        text.fill(text.inputValue() + "\n+ " + SUB_BULLET);
        editing.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
        // Saved: the editor shows the sub-bullet (the preview below checks it prints with its "+").
        assertThat(page.locator(".outline-section:has(.outline-heading:text-is('Mục tiêu:'))").last())
                .containsText(SUB_BULLET);
        assertFitsTheScreenWidth();

        page.navigate(planUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trình phê duyệt")).click();
        assertThat(page.locator(".alert-success")).containsText("Đã trình phê duyệt");
        page.context().close();

        page = signedIn(w.leader(), phone);
        page.navigate(planUrl);
        // The issue page of the app: the number and date as the page proposes them.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ban hành").setExact(true)).click();
        assertThat(page.locator("h1")).containsText("Ban hành kế hoạch");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban hành").setExact(true)).click();
        assertThat(page.locator(".alert-success")).containsText("Đã ban hành");
        assertFitsTheScreenWidth();

        String previewHtml = page.locator("#document .doc-scroll").first().innerHTML();
        Element preview = Jsoup.parseBodyFragment(previewHtml).body();
        List<String> fromPage = DocumentText.html(preview);
        assertThat(fromPage).contains("III. GIẢI PHÁP THỰC HIỆN KẾ HOẠCH", "+ " + SUB_BULLET, "Số: 79a/KH-SYT");
        byte[] docx = download("Word");
        byte[] pdf = download("PDF");
        assertThat(DocumentText.docx(docx)).containsExactlyElementsOf(fromPage);
        String joined = DocumentText.joined(fromPage);
        assertThat(DocumentText.pdf(pdf, joined, DocumentText.headerRows(previewHtml))).isEqualTo(joined);
        Files.deleteIfExists(file);
    }

    private byte[] download(String button) throws Exception {
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(button).setExact(true)).first().click());
        return Files.readAllBytes(download.path());
    }
}
