package vn.parcomms.support.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/**
 * Pictures of the real pages for docs/screenshots, taken by the browser tests only when asked:
 * {@code ./mvnw verify -Dscreenshots=true}. An ordinary run writes nothing.
 */
public final class Screenshots {

    private static final Path FOLDER = Path.of("docs", "screenshots");

    private Screenshots() {
    }

    public static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty("screenshots"));
    }

    public static void save(Page page, String fileName) {
        if (enabled()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(FOLDER.resolve(fileName)).setFullPage(true));
        }
    }

    /** One part of a page (a form, a card), as it is shown. */
    public static void save(Locator part, String fileName) {
        if (enabled()) {
            part.screenshot(new Locator.ScreenshotOptions().setPath(FOLDER.resolve(fileName)));
        }
    }

    /** Only the top of a page too long to read whole: the full width of the window, {@code height} px down. */
    public static void saveTop(Page page, String fileName, int height) {
        if (enabled()) {
            int width = page.viewportSize() == null ? Chromium.DESKTOP_WIDTH : page.viewportSize().width;
            page.screenshot(new Page.ScreenshotOptions().setPath(FOLDER.resolve(fileName)).setFullPage(true)
                    .setClip(0, 0, width, height));
        }
    }
}
