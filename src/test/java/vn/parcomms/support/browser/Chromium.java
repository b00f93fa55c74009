package vn.parcomms.support.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A headless Chromium driven by Playwright, using the browser installed on the machine: Playwright's
 * own browser download does not work offline, so it is switched off. Without a browser the tests
 * are skipped with a message, unless {@code PARCOMMS_REQUIRE_BROWSER=true} (CI) makes that a failure.
 */
public final class Chromium implements AutoCloseable {

    public static final int PHONE_WIDTH = 375;
    public static final int PHONE_HEIGHT = 812;
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 800;

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");

    /** Without the networking switches Chromium keeps trying to reach Google and fails noisily offline. */
    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts the browser, or skips (or fails, where a browser is required) the calling test. */
    public static Chromium launch() {
        Path executable = findExecutable().orElse(null);
        if (executable == null) {
            String message = "No Chromium found (looked at $CHROMIUM_PATH and " + CANDIDATES
                    + "). Install it, e.g. apt-get install -y chromium, or set CHROMIUM_PATH.";
            if (Boolean.parseBoolean(System.getenv("PARCOMMS_REQUIRE_BROWSER"))) {
                Assertions.fail(message + " PARCOMMS_REQUIRE_BROWSER=true makes this a failure.");
            }
            Assumptions.abort(message + " Browser tests skipped.");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    static Optional<Path> findExecutable() {
        String configured = System.getenv("CHROMIUM_PATH");
        Stream<String> candidates = configured == null || configured.isBlank()
                ? CANDIDATES.stream()
                : Stream.concat(Stream.of(configured), CANDIDATES.stream());
        return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** A page in a fresh context (no cookies, no session), Vietnamese like a user's browser here. */
    public Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("vi-VN"));
        return context.newPage();
    }

    public Page newPhonePage() {
        return newPage(PHONE_WIDTH, PHONE_HEIGHT);
    }

    public Page newDesktopPage() {
        return newPage(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
