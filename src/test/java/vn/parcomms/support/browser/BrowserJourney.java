package vn.parcomms.support.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.WebAppTest;

/**
 * What every browser test needs: the application on a real port, one Chromium per class (skipped,
 * or failed where a browser is required, by {@link Chromium#launch()}), a fresh context per page and
 * signing in through the real login form. A test keeps the page it works on in {@link #page}, which
 * is closed after each test.
 */
@WebAppTest
public abstract class BrowserJourney {

    /** The password of the demo accounts (admin, vanphong, giamdoc, donvi, noivu). */
    protected static final String DEMO_PASSWORD = "demo";

    protected static Chromium chromium;

    @LocalServerPort
    protected int port;

    protected Page page;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @AfterEach
    void closePage() {
        if (page != null) {
            page.context().close();
        }
    }

    /** A new page, on a phone or a desktop, signed in as a demo account. */
    protected Page signedIn(String demoUsername, boolean phone) {
        return signedIn(demoUsername, DEMO_PASSWORD, phone);
    }

    /** A new page, on a phone or a desktop, signed in as a user made by {@link Fixtures}. */
    protected Page signedIn(CurrentUser user, boolean phone) {
        return signedIn(user.username(), Fixtures.PASSWORD, phone);
    }

    private Page signedIn(String username, String password, boolean phone) {
        Page p = phone ? chromium.newPhonePage() : chromium.newDesktopPage();
        p.navigate(url("/login"));
        signIn(p, username, password);
        assertThat(p).hasURL(url("/"));
        return p;
    }

    /** Fills in and sends the login form shown on the page; where it leads is the caller's to check. */
    protected static void signIn(Page p, String username, String password) {
        p.locator("#username").fill(username);
        p.locator("#password").fill(password);
        p.locator("main form button[type=submit]").click();
        p.waitForLoadState();
    }

    /** The rule that every page works at 375 px: nothing wider than the window, so no sideways scrolling. */
    protected void assertFitsTheScreenWidth() {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(fits).as("no horizontal scrolling at " + page.viewportSize().width + " px on " + page.url())
                .isEqualTo(true);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
