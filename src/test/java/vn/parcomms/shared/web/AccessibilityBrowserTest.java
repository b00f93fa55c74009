package vn.parcomms.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.parcomms.support.browser.Axe;
import vn.parcomms.support.browser.BrowserJourney;
import vn.parcomms.support.browser.Chromium;
import vn.parcomms.support.browser.Screenshots;

/**
 * axe-core finds nothing on any page type, for every demo role, on a desktop and on a phone
 * (ADR 0030). Each role starts from the pages of its navigation and follows the links it is shown
 * to one page of each kind (a plan, its edit form, a report, a report form, a consolidated report,
 * a node, a user...), so a page type added later is checked as soon as a page links to it.
 */
class AccessibilityBrowserTest extends BrowserJourney {

    /** Where every role starts; a page the role may not open (403, 404) is left out. */
    static final List<String> START = List.of("/", "/plans", "/reports", "/reports/deadlines", "/consolidations",
            "/rollups", "/rollups/province", "/rollups/province/deadlines", "/rollups/par-index",
            "/rollups/par-index/self", "/rollups/par-index/overview", "/rollups/par-index/rules", "/register",
            "/organizations", "/users", "/catalog", "/notifications", "/notifications/reminders", "/account",
            "/account/password", "/operator");

    /** The kinds of page reached by a link: the first link of each kind is followed. */
    static final List<Pattern> KINDS = List.of(
            Pattern.compile("/plans/\\d+"), Pattern.compile("/plans/\\d+/edit"), Pattern.compile("/plans/new"),
            Pattern.compile("/plans/\\d+/outline"), Pattern.compile("/plans/\\d+/activities/new"),
            Pattern.compile("/plans/\\d+/activities/\\d+/edit"), Pattern.compile("/plans/\\d+/issue"),
            Pattern.compile("/plans/\\d+/parts/[A-Z_a-z-]+"), Pattern.compile("/plans/import"),
            Pattern.compile("/reports/\\d+"), Pattern.compile("/reports/\\d+/edit"),
            Pattern.compile("/consolidations/\\d+"), Pattern.compile("/consolidations/\\d+/edit"),
            Pattern.compile("/consolidations/new"), Pattern.compile("/rollups/added"),
            Pattern.compile("/rollups/par-index/rules/\\d+/edit"),
            Pattern.compile("/rollups/par-index/rules/\\d+/criteria/new"),
            Pattern.compile("/organizations/\\d+"), Pattern.compile("/organizations/\\d+/edit"),
            Pattern.compile("/organizations/new"), Pattern.compile("/organizations/\\d+/succession"),
            Pattern.compile("/organizations/import"), Pattern.compile("/users/\\d+"),
            Pattern.compile("/users/\\d+/edit"), Pattern.compile("/users/new"),
            Pattern.compile("/catalog/indicators/new"), Pattern.compile("/catalog/indicators/\\d+/edit"),
            Pattern.compile("/catalog/channels/new"), Pattern.compile("/operator/provinces/new"));

    /** The accounts whose home page, with its to-do list, is pictured in docs/screenshots (one per role). */
    static final Map<String, String> HOME_SCREENSHOTS = Map.of("admin", "admin", "vanphong", "office",
            "giamdoc", "leader", "donvi", "unit", "noivu", "reviewer");

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({
        "admin, 1280", "admin, 375",
        "ubnd.vanphong, 1280", "ubnd.vanphong, 375",
        "ubnd.lanhdao, 1280", "ubnd.lanhdao, 375",
        "vanphong, 1280", "vanphong, 375",
        "giamdoc, 1280", "giamdoc, 375",
        "donvi, 1280", "donvi, 375",
        "donvi.giamdoc, 1280", "donvi.giamdoc, 375",
        "noivu, 1280", "noivu, 375",
        "vanhanh, 1280", "vanhanh, 375"})
    void everyPageTypeTheRoleReachesHasNoAxeViolation(String username, int width) {
        page = chromium.newPage(width, width == Chromium.PHONE_WIDTH ? Chromium.PHONE_HEIGHT : Chromium.DESKTOP_HEIGHT);
        page.navigate(url("/login"));
        signIn(page, username, DEMO_PASSWORD);

        String role = HOME_SCREENSHOTS.get(username);
        if (role != null) {
            Screenshots.save(page, "home-" + role + "-" + width + ".png");
        }

        Map<String, List<String>> violations = new LinkedHashMap<>();
        Set<String> checked = visitAll(violations);

        assertThat(checked).as("page types checked for " + username).hasSizeGreaterThan(4);
        assertThat(report(violations)).as(username + " at " + width + " px, pages checked: " + checked).isEmpty();
    }

    @Test
    void theLoginPageAndTheClosedSetupHaveNoAxeViolationOnAPhoneOrADesktop() {
        for (int width : List.of(Chromium.DESKTOP_WIDTH, Chromium.PHONE_WIDTH)) {
            page = chromium.newPage(width, 800);
            Map<String, List<String>> violations = new LinkedHashMap<>();
            for (String path : List.of("/login", "/login?lang=en", "/setup", "/login?error=bad")) {
                page.navigate(url(path));
                check(path, violations);
            }
            assertThat(report(violations)).isEmpty();
            page.context().close();
        }
        page = null;
    }

    private Set<String> visitAll(Map<String, List<String>> violations) {
        Set<String> checked = new LinkedHashSet<>();
        Set<Pattern> kindsSeen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(START);
        while (!queue.isEmpty()) {
            String path = queue.poll();
            Response response = page.navigate(url(path));
            if (response == null || response.status() >= 400) {
                continue; // not this role's page: the route tests check who may open what
            }
            String landed = URI.create(page.url()).getPath();
            if (!checked.add(landed)) {
                continue;
            }
            check(path, violations);
            for (String link : links()) {
                for (Pattern kind : KINDS) {
                    if (kind.matcher(link).matches() && kindsSeen.add(kind)) {
                        queue.add(link);
                    }
                }
            }
        }
        return checked;
    }

    private void check(String path, Map<String, List<String>> violations) {
        List<String> found = Axe.violations(page);
        if (!found.isEmpty()) {
            violations.put(path, found);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs = (List<String>) page.evaluate("() => Array.from(document.querySelectorAll('a[href]'))"
                + ".map(a => new URL(a.href)).filter(u => u.origin === location.origin).map(u => u.pathname)");
        return new ArrayList<>(new LinkedHashSet<>(hrefs));
    }

    private static List<String> report(Map<String, List<String>> violations) {
        List<String> lines = new ArrayList<>();
        violations.forEach((path, found) -> found.forEach(v -> lines.add(path + " → " + v)));
        return lines;
    }
}
