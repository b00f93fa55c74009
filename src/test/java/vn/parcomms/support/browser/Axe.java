package vn.parcomms.support.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core on the page as the browser shows it now (ADR 0030): WCAG 2.1 A and AA plus axe's best
 * practices. A page with a violation fails the test with one line per element: the rule, the
 * element's selector and what axe says is wrong, so the failure tells what to fix without a report.
 */
public final class Axe {

    /** WCAG 2.0 and 2.1, levels A and AA, and axe's best practices (landmarks, headings, skip links). */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private Axe() {
    }

    /** The violations on the page, one line per element; empty when the page passes. */
    public static List<String> violations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core did not run on " + page.url() + ": " + results.getErrorMessage());
        }
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                lines.add(rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + ": "
                        + node.getFailureSummary().replace('\n', ' '));
            }
        }
        return lines;
    }

    /** Fails unless axe finds nothing on the page; the message lists every violation. */
    public static void assertNoViolations(Page page) {
        List<String> found = violations(page);
        assertThat(found).as("axe-core violations on " + page.url() + " at "
                + (page.viewportSize() == null ? "?" : page.viewportSize().width) + " px:\n  "
                + String.join("\n  ", found)).isEmpty();
    }
}
