package vn.parcomms.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Screenshots;

/**
 * The main navigation at 1280 px, for every role: each entry's label on one line (none broken
 * over two), the bar no wider than the window, and the three report entries told apart.
 */
class NavigationBrowserTest extends BrowserJourney {

    /** Each navigation link's label: its text and how many lines it takes. */
    private static final String LINES = """
            () => [...document.querySelectorAll('#mainNav .nav-link')].map(a => {
                // The lines a label's words sit on: the tops of its text's boxes, a line apart or more.
                const lineHeight = parseFloat(getComputedStyle(a).lineHeight);
                const tops = [];
                const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (!node.textContent.trim()) continue;
                    const range = document.createRange();
                    range.selectNodeContents(node);
                    for (const box of range.getClientRects()) tops.push(box.top);
                }
                tops.sort((x, y) => x - y);
                let lines = tops.length ? 1 : 0;
                for (let i = 1; i < tops.length; i++) if (tops[i] - tops[i - 1] > lineHeight / 2) lines++;
                return {text: a.textContent.trim().replace(/\\s+/g, ' '), lines: lines};
            })""";


    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"vanphong", "giamdoc", "donvi", "noivu", "admin"})
    void everyLabelFitsOnOneLineAt1280(String account) {
        page = signedIn(account, false);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> links = (List<Map<String, Object>>) page.evaluate(LINES);
        assertThat(links).isNotEmpty();
        assertThat(links).allSatisfy(link -> assertThat(((Number) link.get("lines")).intValue())
                .as("lines of \"%s\" for %s", link.get("text"), account).isEqualTo(1));
        assertFitsTheScreenWidth();
        Screenshots.saveTop(page, "navigation-" + account + "-1280.png", 120);
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"vanphong"})
    void theReportEntriesAreToldApart(String account) {
        page = signedIn(account, false);
        String reports = page.locator("#mainNav a.nav-link[href='/reports']").textContent().strip();
        String consolidations = page.locator("#mainNav a.nav-link[href='/consolidations']").textContent().strip();
        String rollups = page.locator("#mainNav a.nav-link[href='/rollups']").textContent().strip();
        assertThat(List.of(reports, consolidations, rollups)).doesNotHaveDuplicates();
        assertThat(consolidations).doesNotStartWith(reports);
        assertThat(rollups).isNotEqualTo(reports);
    }
}
