package vn.parcomms.support.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a journey as a person walks it: every click (a button, a link, a box ticked, a choice
 * in a list) and every screen (a page load of the main frame). Each screen reached is checked by
 * axe-core before the next action (ADR 0030). Typing into a field is not a click and not counted.
 */
public final class JourneyMeter {

    private final Page page;
    private final List<String> screens = new ArrayList<>();
    private int clicks;
    private int loads;
    private int checkedLoads;

    public JourneyMeter(Page page) {
        this.page = page;
        page.onLoad(p -> loads++);
    }

    /** The first screen of the journey: the page as it is now (after signing in). */
    public JourneyMeter start() {
        loads = 1;
        checkedLoads = 0;
        screenReached();
        return this;
    }

    public void click(Locator target) {
        target.click();
        clicks++;
        screenReached();
    }

    public void check(Locator box) {
        box.check();
        clicks++;
    }

    public void select(Locator list, String value) {
        list.selectOption(value);
        clicks++;
    }

    public void select(Locator list, SelectOption option) {
        list.selectOption(option);
        clicks++;
    }

    /** Choosing files in the real file input: the file chooser is one click, whatever is chosen. */
    public void upload(Locator fileInput, FilePayload... files) {
        fileInput.setInputFiles(files);
        clicks++;
    }

    public void fill(Locator field, String text) {
        field.fill(text);
    }

    /** Waits for the screen a click led to and checks it once with axe. */
    private void screenReached() {
        page.waitForLoadState();
        if (loads > checkedLoads) {
            checkedLoads = loads;
            screens.add(java.net.URI.create(page.url()).getPath());
            Axe.assertNoViolations(page);
        }
    }

    public int clicks() {
        return clicks;
    }

    /** The screens seen, the first included. */
    public int screens() {
        return loads;
    }

    public List<String> paths() {
        return List.copyOf(screens);
    }

    @Override
    public String toString() {
        return clicks + " clicks, " + loads + " screens: " + screens;
    }
}
