package vn.parcomms.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * The demo plan 79a/KH-SYT on its page, on a phone: the page shows the document itself (the same
 * layout as the Word file and the PDF), as A4 sheets that scroll sideways inside their frame while
 * the page keeps the phone's width.
 */
class PlanDocumentBrowserTest extends BrowserJourney {

    private static final String TITLE =
            "Thông tin, tuyên truyền công tác cải cách hành chính của Ngành Y tế tỉnh Bà Rịa - Vũng Tàu năm 2025";

    @Test
    void theOfficeReadsThePlanAsItsDocumentOnAPhone() {
        page = signedIn("vanphong", true);
        page.navigate(url("/plans?year=2025"));
        page.locator("main a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(TITLE)).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+$"));

        Locator document = page.locator("#document .doc-scroll");
        assertThat(document.locator(".doc-sheet").first()).containsText("Số: 79a/KH-SYT");
        assertThat(document).containsText("I. Mục tiêu, yêu cầu và đối tượng");
        assertThat(document).containsText("- Lưu: VT, VP.");
        assertThat(document.locator(".doc-sheet.doc-landscape")).containsText("PHỤ LỤC");
        assertFitsTheScreenWidth();
        Object scrollsInside = document.evaluate("frame => frame.scrollWidth > frame.clientWidth");
        assertThat(scrollsInside).as("the A4 sheet scrolls inside its frame").isEqualTo(true);
        Screenshots.saveTop(page, "plan-document-phone.png", 1400);
    }
}
